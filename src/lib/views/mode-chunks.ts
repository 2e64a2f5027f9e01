/**
 * The views each mode draws in its first render, where they are chunks of their own, fetched
 * beside the data (see App) so that first render has them:
 *
 * - the full explorer's header tools (the image exports, the embed dialog). Arriving after the
 *   first render, they wrapped a phone's header onto two more lines and pushed the map and the
 *   timeline down (a layout shift of 0.07–0.13 in Chromium at 412 × 823; tests/e2e/explorer.spec.ts).
 * - an embed's or a kiosk's whole view, which was fetched only once the data had come: one more
 *   round trip before anything of the record showed.
 */
import { lazyChunk } from './lazy-chunk.ts';
import type { AppMode } from '../embed/app-mode.ts';

export const exportMenu = lazyChunk(() => import('./present/ExportMenu.svelte').then((m) => m.default));
export const embedDialog = lazyChunk(() => import('./embed/EmbedDialog.svelte').then((m) => m.default));
export const embedView = lazyChunk(() => import('./embed/EmbedView.svelte').then((m) => m.default));
export const kioskView = lazyChunk(() => import('./kiosk/KioskView.svelte').then((m) => m.default));

/** This mode's chunks; a failed fetch leaves them to be fetched when needed (and tried again) rather than holding the views up. */
export function loadModeChunks(mode: AppMode): Promise<unknown> {
  const chunks = mode.kind === 'embed' ? [embedView] : mode.kind === 'kiosk' ? [kioskView] : [exportMenu, embedDialog];
  return Promise.all(chunks.map((c) => c.load())).catch(() => null);
}
