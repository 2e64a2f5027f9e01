/**
 * A window onto a long list of fixed-height rows: only the rows in view (and a few either side)
 * are rendered, so a collection's 10,000 events list as fast as a record's 40. Pure range
 * arithmetic plus the one DOM helper that finds the element that scrolls.
 */

/** [first, end) of the rows to render, for a list whose top is `listTop` px into the scrolled content. */
export function visibleRows(scrollTop: number, viewHeight: number, listTop: number, rowHeight: number, count: number, overscan = 8): [number, number] {
  const from = Math.floor((scrollTop - listTop) / rowHeight) - overscan;
  const to = Math.ceil((scrollTop + viewHeight - listTop) / rowHeight) + overscan;
  const first = Math.max(0, Math.min(count, from));
  return [first, Math.max(first, Math.min(count, to))];
}

/** The nearest ancestor that scrolls vertically (the page's scroller if none does). */
export function scrollParent(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if ((y === 'auto' || y === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}
