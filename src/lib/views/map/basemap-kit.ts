/**
 * What the map needs to read and draw a basemap (topojson-client, the land, border and outline
 * geometry, the canvas layer): a chunk of its own, fetched with the basemap's data after first
 * paint (see load-basemap), so none of it is in the JavaScript the first screen waits for.
 */
export { asWorldTopology, outlineFor } from '../../geo/basemap.ts';
export { basemapLayers } from './basemap-layer.ts';
