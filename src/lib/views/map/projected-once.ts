/**
 * Basemap paths projected once. At every new zoom Leaflet projects each vertex again (a sine and
 * a logarithm a vertex, in Web Mercator): the 1:50m basemap has about 160,000, so a jump to a
 * selection, the end of a flight or a wheel zoom spent tens of milliseconds on it in the frame
 * that shows the new view. The projection does not depend on the zoom, only its scale does:
 * each ring keeps its points projected and transformed at scale 1, and a zoom only scales them.
 * The pixels are Leaflet's own (the same arithmetic, rounded the same way).
 */
import L from 'leaflet';

/** Leaflet's (undocumented, stable since 1.0) projection step this replaces. */
interface PathInternals {
  _map: L.Map;
  _projectLatlngs(latlngs: unknown[], result: L.Point[][], projectedBounds: L.Bounds): void;
}

/** A CRS as Leaflet's are made (typed loosely in @types/leaflet): a projection, then a transformation at a zoom's scale. */
export interface ProjectingCrs {
  projection: L.Projection;
  /** coefficients (a, b, c, d): a point at scale s is s·(a·x + b), s·(c·y + d) */
  transformation: { _a: number; _b: number; _c: number; _d: number };
  scale(zoom: number): number;
}

/** Each flat ring's points at scale 1, interleaved x, y; rings are never edited (the basemap is drawn, not edited). */
const unitRings = new WeakMap<L.LatLng[], Float64Array>();

function unitRing(crs: ProjectingCrs, ring: L.LatLng[]): Float64Array {
  let u = unitRings.get(ring);
  if (u) return u;
  const t = crs.transformation;
  u = new Float64Array(ring.length * 2);
  for (let i = 0; i < ring.length; i++) {
    const p = crs.projection.project(ring[i]!);
    u[2 * i] = t._a * p.x + t._b;
    u[2 * i + 1] = t._c * p.y + t._d;
  }
  unitRings.set(ring, u);
  return u;
}

function projectLatlngs(this: PathInternals, latlngs: unknown[], result: L.Point[][], projectedBounds: L.Bounds) {
  if (!(latlngs[0] instanceof L.LatLng)) {
    for (const inner of latlngs) projectLatlngs.call(this, inner as unknown[], result, projectedBounds);
    return;
  }
  const map = this._map;
  const crs = map.options.crs as unknown as ProjectingCrs;
  const u = unitRing(crs, latlngs as L.LatLng[]);
  const scale = crs.scale(map.getZoom());
  const origin = map.getPixelOrigin();
  const ring: L.Point[] = new Array(latlngs.length);
  for (let i = 0; i < ring.length; i++) {
    // as map.latLngToLayerPoint: projected, scaled, rounded, less the pixel origin
    const p = new L.Point(Math.round(scale * u[2 * i]!) - origin.x, Math.round(scale * u[2 * i + 1]!) - origin.y);
    ring[i] = p;
    projectedBounds.extend(p);
  }
  result.push(ring);
}

export class ProjectedOncePolyline extends L.Polyline {}
export class ProjectedOncePolygon extends L.Polygon {}
for (const C of [ProjectedOncePolyline, ProjectedOncePolygon]) (C.prototype as unknown as PathInternals)._projectLatlngs = projectLatlngs;

export const projectedOncePolyline = (latlngs: L.LatLngExpression[] | L.LatLngExpression[][], options?: L.PolylineOptions) => new ProjectedOncePolyline(latlngs, options);
export const projectedOncePolygon = (latlngs: L.LatLngExpression[] | L.LatLngExpression[][] | L.LatLngExpression[][][], options?: L.PolylineOptions) => new ProjectedOncePolygon(latlngs, options);
