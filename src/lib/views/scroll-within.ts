/**
 * Centre an element inside its nearest scrolling ancestor, and only there. scrollIntoView would
 * also scroll the page, which on a phone carries the map the reader just tapped out of sight.
 */
export function scrollWithin(el: Element, smooth: boolean) {
  let box = el.parentElement;
  while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
  if (!box) return;
  const r = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const top = box.scrollTop + (r.top - b.top) - (box.clientHeight - r.height) / 2;
  box.scrollTo?.({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'auto' });
}
