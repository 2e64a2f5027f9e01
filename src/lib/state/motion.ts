/** The reader's wish for less motion: fly, ease and smooth scrolling turn into jumps. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
