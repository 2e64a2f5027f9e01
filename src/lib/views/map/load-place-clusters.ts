/**
 * Clustering is a chunk of its own: a single record never needs it. A collection's loader starts
 * fetching it beside the data (see App), so the first render draws the map's places straight
 * away instead of a frame or more of an empty map.
 */
import { lazyChunk } from '../lazy-chunk.ts';

const chunk = lazyChunk(() => import('./place-clusters.ts'));
export const loadPlaceClusters = chunk.load;
/** The module, if its chunk has arrived. */
export const placeClusters = chunk.ready;
