/**
 * The paper the map is drawn on: land, country borders and a faint graticule, on one Canvas
 * renderer (thousands of vertices, nothing to click, each projected once: projected-once.ts).
 * Colours come from CSS custom properties on the map's element, since a canvas cannot read CSS.
 */
import L from 'leaflet';
import type { MultiLineString, MultiPolygon } from 'geojson';
import { borderLines, landGeometry, type WorldTopology } from '../../geo/basemap.ts';
import { graticule } from '../../geo/graticule.ts';
import { BASEMAP_VARS } from './map-styles.ts';
import { coveringCanvas } from './covering-canvas.ts';
import { projectedOncePolygon, projectedOncePolyline } from './projected-once.ts';

function cssColour(style: CSSStyleDeclaration, [name, fallback]: readonly [string, string]): string {
  return style.getPropertyValue(name).trim() || fallback;
}

function lineLatLngs(lines: MultiLineString): L.LatLngTuple[][] {
  return lines.coordinates.map((l) => l.map((p) => [p[1]!, p[0]!] as L.LatLngTuple));
}

function polygonLatLngs(g: MultiPolygon): L.LatLngTuple[][][] {
  return g.coordinates.map((poly) => poly.map((ring) => ring.map((p) => [p[1]!, p[0]!] as L.LatLngTuple)));
}

/**
 * The basemap's layers, each made when called: the canvas first, then the graticule, the land
 * and the borders. The map adds them a task apart (on a slow phone, made and drawn together they
 * were one 30 ms task, ×4 at Lighthouse's CPU). Remove the canvas, and the rest goes with it from
 * sight; remove them all to take the basemap away.
 */
export function basemapLayers(topology: WorldTopology, el: HTMLElement): (() => L.Layer)[] {
  // a pan within the drawn margin redraws nothing (see CoveringCanvas)
  const renderer = coveringCanvas({ pane: 'basemap', padding: 0.5 });
  const common = { renderer, pane: 'basemap', interactive: false } as const;
  // the colours are read now, together: read in each layer's own task, each read could style the page again
  const style = getComputedStyle(el);
  const [graticuleColour, land, border] = [BASEMAP_VARS.graticule, BASEMAP_VARS.land, BASEMAP_VARS.border].map((v) => cssColour(style, v));
  return [
    // a layer of its own, so that removing the basemap (coarse giving way to fine) removes its canvas too
    () => renderer,
    () => projectedOncePolyline(lineLatLngs(graticule(15)), { ...common, color: graticuleColour, weight: 0.6 }),
    () => projectedOncePolygon(polygonLatLngs(landGeometry(topology)), {
      ...common, stroke: false, fillColor: land, fillOpacity: 1, smoothFactor: 0.5,
    }),
    () => projectedOncePolyline(lineLatLngs(borderLines(topology)), {
      ...common, color: border, weight: 0.7, smoothFactor: 0.5,
    }),
  ];
}
