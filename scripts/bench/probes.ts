/**
 * Code that runs inside the page under test, as source text (a compiled function's text may
 * carry the compiler's helpers, which the page does not have). For each frame it records two
 * things: its time (from its requestAnimationFrame timestamp to the next one's: one vsync when
 * the frame's work fits, two or more when a frame was dropped), and its latency (from the input
 * event it handled, or without one the frame's start, to the task after that frame's paint). A
 * click is timed to the same point. "After paint" is a requestAnimationFrame callback's
 * setTimeout(0): it runs once the frame it was queued in has been rendered.
 *
 * window.__bench.start() / stop() → [{ms, input, interval}] (the last frame, still open, left
 * out); window.__bench.armClick(), then .clicked() → ms of that click.
 */
export const PROBES = `(() => {
  const state = { on: false, pending: 0, frames: [] };
  const mark = (e) => { if (state.on && !state.pending) state.pending = e.timeStamp || performance.now(); };
  for (const type of ['mousemove', 'mousedown', 'mouseup', 'wheel', 'pointermove', 'keydown']) {
    addEventListener(type, mark, { capture: true, passive: true });
  }
  const loop = (now) => {
    if (!state.on) return;
    const input = state.pending > 0;
    const start = input ? state.pending : performance.now();
    state.pending = 0;
    // this frame's time is from its start to the next frame's start: over 16.7 ms, a frame was dropped
    const previous = state.frames[state.frames.length - 1];
    if (previous) previous.interval = now - previous.begin;
    const f = { ms: 0, input, begin: now, interval: NaN };
    state.frames.push(f);
    setTimeout(() => { f.ms = performance.now() - start; }, 0);
    requestAnimationFrame(loop);
  };
  window.__bench = {
    start() { state.frames = []; state.pending = 0; state.on = true; requestAnimationFrame(loop); },
    stop() { state.on = false; return state.frames.filter((f) => Number.isFinite(f.interval)); },
    /** arm before the click (and await the arming), then await clicked() */
    armClick() {
      this.pending = new Promise((resolve) => {
        addEventListener('click', (e) => {
          const t0 = e.timeStamp;
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        }, { capture: true, once: true });
      });
    },
    clicked() { return this.pending; },
  };
})();`;

/** Resolves in the page after the next frame has painted. */
export const NEXT_FRAME = '() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))';
