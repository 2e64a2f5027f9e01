import { describe, expect, it } from 'vitest';
import { median, p95, quantile } from '../../scripts/bench/stats.ts';

describe('the bench statistics', () => {
  it('interpolates between the ranks, whatever the order of the samples', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(quantile([0, 100], 0.95)).toBeCloseTo(95);
    expect(p95(Array.from({ length: 21 }, (_, i) => 20 - i))).toBe(19);
  });

  it('is NaN with no samples, and the sample itself with one', () => {
    expect(median([])).toBeNaN();
    expect(p95([7])).toBe(7);
  });
});
