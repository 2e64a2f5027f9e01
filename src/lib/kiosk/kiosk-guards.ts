/**
 * What a public touch screen must not let a visitor do: open a context menu (long press), select
 * or drag text and images, or follow a link out of the app (a visitor could not come back).
 * Also reports every touch, move, wheel or key as activity, for the idle timer.
 * Returns the teardown: every listener added here is removed there.
 */

/** A link that would leave this page: another origin, another window, or a download. */
export function leavesApp(a: HTMLAnchorElement, here: Location): boolean {
  if (a.target && a.target !== '_self') return true;
  if (a.hasAttribute('download')) return true;
  const href = a.getAttribute('href');
  if (href === null || href.startsWith('#')) return false;
  try {
    const url = new URL(href, here.href);
    return url.origin !== here.origin || url.pathname !== here.pathname || url.search !== here.search;
  } catch {
    return true;
  }
}

export function guardKiosk(win: Window, onactivity: () => void): () => void {
  const doc = win.document;
  const block = (e: Event) => e.preventDefault();
  const onclick = (e: MouseEvent) => {
    const a = (e.target as Element | null)?.closest?.('a');
    if (a instanceof HTMLAnchorElement && leavesApp(a, win.location)) e.preventDefault();
  };
  const blocked = ['contextmenu', 'selectstart', 'dragstart'] as const;
  const activity = ['pointerdown', 'touchstart', 'wheel', 'keydown'] as const;
  // a finger still dragging the map is still someone there; a move with nothing pressed is not
  // (browsers send those by themselves after a scroll, to update hover)
  const onmove = (e: PointerEvent) => {
    if (e.buttons !== 0) onactivity();
  };
  for (const t of blocked) doc.addEventListener(t, block, { capture: true });
  doc.addEventListener('click', onclick, { capture: true });
  doc.addEventListener('auxclick', block, { capture: true });
  for (const t of activity) win.addEventListener(t, onactivity, { capture: true, passive: true });
  win.addEventListener('pointermove', onmove, { capture: true, passive: true });
  return () => {
    win.removeEventListener('pointermove', onmove, { capture: true });
    for (const t of blocked) doc.removeEventListener(t, block, { capture: true });
    doc.removeEventListener('click', onclick, { capture: true });
    doc.removeEventListener('auxclick', block, { capture: true });
    for (const t of activity) win.removeEventListener(t, onactivity, { capture: true });
  };
}
