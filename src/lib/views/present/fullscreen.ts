/**
 * The Fullscreen API, asked politely: where it is missing or refused (headless browsers, iframes
 * without permission, iPhone Safari) the presentation simply runs in the window.
 */
export function enterFullscreen() {
  const el = document.documentElement;
  if (!document.fullscreenEnabled || document.fullscreenElement || typeof el.requestFullscreen !== 'function') return;
  el.requestFullscreen().catch(() => {});
}

export function exitFullscreen() {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') document.exitFullscreen().catch(() => {});
}
