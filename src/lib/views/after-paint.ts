/**
 * Run `fn` once the next frame has been painted (a frame callback's next task). What reads the
 * layout there reads the layout the paint just made, instead of forcing one of its own in the
 * middle of an update (which would hold the frame up: the selection shows a frame later).
 * Returns a cancel function.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
