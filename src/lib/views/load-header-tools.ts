/**
 * The header's tools (the image exports, the embed dialog) are chunks of their own, fetched
 * beside the data (see App) so the first render draws them. Arriving after it, they wrapped a
 * phone's header onto two more lines and pushed the map and the timeline down (a layout shift
 * of 0.07–0.13 under Lighthouse's phone profile).
 */
import { lazyChunk } from './lazy-chunk.ts';

export const exportMenu = lazyChunk(() => import('./present/ExportMenu.svelte').then((m) => m.default));
export const embedDialog = lazyChunk(() => import('./embed/EmbedDialog.svelte').then((m) => m.default));

/** Both tools; a failed fetch leaves them out (the next need tries again) rather than holding the views up. */
export const loadHeaderTools = () => Promise.all([exportMenu.load(), embedDialog.load()]).catch(() => null);
