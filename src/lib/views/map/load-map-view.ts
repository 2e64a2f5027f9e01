/**
 * The map (MapView, with Leaflet) is a chunk of its own, about a third of the first screen's
 * script. A single record's explorer fetches it once the header is painted, so the record's
 * title and text do not share a slow connection with it; a collection's loader fetches it beside
 * the data (see App), so its first render has the map.
 */
import { lazyChunk } from '../lazy-chunk.ts';

const chunk = lazyChunk(() => import('./MapView.svelte').then((m) => m.default));
export const loadMapView = chunk.load;
/** The component, if its chunk has arrived. */
export const mapView = chunk.ready;
