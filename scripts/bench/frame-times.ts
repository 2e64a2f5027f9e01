/**
 * Frame time and latency from the frames the page's probe recorded during a gesture (see
 * probes.ts). Pure, so the arithmetic is tested without a browser.
 */

/** One frame as the probe records it. */
export interface ProbeFrame {
  /** input event (or frame start) → after this frame's paint, ms */
  ms: number;
  /** whether this frame handled an input event */
  input: boolean;
  /** this frame's rAF timestamp → the next one's, ms */
  interval: number;
}

/** The frames that handled an input during a gesture. */
export interface Frames {
  /** the display's frame period, ms: the median time of the frames that handled no input */
  vsync: number;
  /** each frame's time in whole vsyncs (a frame is shown only at one): 1 = on time, 2 = one dropped */
  vsyncs: number[];
  /** the input event's timestamp → after that frame's paint, ms */
  latency: number[];
}

export function frameTimes(all: readonly ProbeFrame[]): Frames {
  // timer jitter (16.6, 16.8 ms) is not a dropped frame: count whole periods of the display
  const idle = all.filter((f) => !f.input && f.interval > 0).map((f) => f.interval).sort((a, b) => a - b);
  const vsync = idle.length ? idle[idle.length >> 1]! : 1000 / 60;
  const input = all.filter((f) => f.input);
  return { vsync, vsyncs: input.map((f) => Math.max(1, Math.round(f.interval / vsync))), latency: input.map((f) => f.ms) };
}
