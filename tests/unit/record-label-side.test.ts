import { describe, expect, it } from 'vitest';
import { recordLabelSide } from '../../src/lib/layout/record-label-side.ts';

describe('recordLabelSide', () => {
  it('puts the label right of its line when it fits before the "later" button', () => {
    expect(recordLabelSide(300, 120, 96, 900)).toBe('right');
    expect(recordLabelSide(780, 120, 96, 900)).toBe('right'); // ends exactly at the button
  });

  it('puts it left of the line when the right has no room', () => {
    expect(recordLabelSide(850, 120, 96, 900)).toBe('left');
  });

  it('draws no label when neither side has room', () => {
    expect(recordLabelSide(150, 120, 96, 230)).toBe(null);
  });

  it('draws no label for a line under an edge button, though the label would fit beside it', () => {
    // the case seen at 1440 × 900: the line at 50 px, under "‹ 681 earlier" (0–96 px)
    expect(recordLabelSide(50, 140, 96, 1344)).toBe(null);
    expect(recordLabelSide(1400, 140, 0, 1344)).toBe(null);
    // with no edge buttons (lo 0, hi the width), a line near the left edge still gets its label
    expect(recordLabelSide(50, 140, 0, 1440)).toBe('right');
  });
});
