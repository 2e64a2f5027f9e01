/**
 * The canvas timeline is a chunk of its own: a single record never needs it. A collection's
 * loader starts fetching it beside the data (see App), so the first render draws the canvas
 * straight away instead of a frame with an empty timeline.
 */
import { lazyChunk } from '../lazy-chunk.ts';

const chunk = lazyChunk(() => import('./TimelineCanvas.svelte').then((m) => m.default));
export const loadTimelineCanvas = chunk.load;
/** The component, if its chunk has arrived. */
export const timelineCanvas = chunk.ready;
