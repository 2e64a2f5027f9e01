import { describe, expect, it } from 'vitest';
import { frameTimes, type ProbeFrame } from '../../scripts/bench/frame-times.ts';

const idle = (interval: number): ProbeFrame => ({ ms: 0, input: false, interval });
const input = (interval: number, ms: number): ProbeFrame => ({ ms, input: true, interval });

describe('frameTimes', () => {
  it('takes the vsync from the frames without input and counts each input frame in whole vsyncs', () => {
    const f = frameTimes([idle(16.6), idle(16.7), idle(16.8), input(16.9, 21), input(33.2, 40), input(16.5, 19), input(50.1, 60)]);
    expect(f.vsync).toBe(16.7);
    expect(f.vsyncs).toEqual([1, 2, 1, 3]);
    expect(f.latency).toEqual([21, 40, 19, 60]);
  });

  it('reads a 120 Hz display as 120 Hz: 16.7 ms there is a dropped frame', () => {
    const f = frameTimes([idle(8.3), idle(8.4), input(8.3, 10), input(16.7, 20)]);
    expect(f.vsync).toBe(8.4);
    expect(f.vsyncs).toEqual([1, 2]);
  });

  it('assumes 60 Hz when every frame handled input, and never counts less than one vsync', () => {
    const f = frameTimes([input(16.7, 18), input(4, 5), input(34, 36)]);
    expect(f.vsync).toBeCloseTo(1000 / 60);
    expect(f.vsyncs).toEqual([1, 1, 2]);
  });

  it('has no frames when the gesture handled no input', () => {
    expect(frameTimes([idle(16.7), idle(16.7)])).toEqual({ vsync: 16.7, vsyncs: [], latency: [] });
  });
});
