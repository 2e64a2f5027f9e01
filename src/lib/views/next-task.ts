/**
 * Run `fn` in a task of its own, once the browser has handled what is waiting (input, a frame
 * that is due): a long piece of work split in two, without waiting a whole frame between the
 * halves as afterPaint does. Returns a cancel function.
 */
export function nextTask(fn: () => void): () => void {
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
}
