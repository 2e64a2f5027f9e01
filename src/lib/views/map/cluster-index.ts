/**
 * The map's cluster index (supercluster) as data that can cross to and from a worker: built off
 * the main thread while it draws the text and the timeline, then handed back without copying.
 * Supercluster has no serialisation of its own, so packing reads its internals (pinned version,
 * package-lock); `unpackIndex` checks their shape and returns null, never a broken index, when a
 * new version has changed them (the map then builds its index in place, as it always could).
 * Pure: no DOM.
 */
import Supercluster, { type PointFeature } from 'supercluster';
import KDBush from 'kdbush';

export interface ClusterProps {
  id: string;
}

export type ClusterIndex = Supercluster<ClusterProps, ClusterProps>;

/** How the map clusters: one set of options for the index however it is built. */
export const CLUSTER_OPTIONS = { radius: 56, maxZoom: 9, minPoints: 3 } as const;

/** A place to cluster: continents are labels across a region, not points, and are left out by the caller. */
export interface ClusterPoint {
  id: string;
  lon: number;
  lat: number;
}

export function buildIndex(points: readonly ClusterPoint[]): ClusterIndex {
  const features: PointFeature<ClusterProps>[] = points.map((p) => ({ type: 'Feature', properties: { id: p.id }, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } }));
  return new Supercluster<ClusterProps, ClusterProps>(CLUSTER_OPTIONS).load(features);
}

/** An index as arrays and buffers (structured-cloneable; `transfer` lists what can move, not copy). */
export interface PackedIndex {
  ids: string[];
  numPoints: number;
  stride: number;
  coords: Float64Array;
  /** per zoom, an index into `trees` (zooms with no new clusters share their parent's tree) */
  zoomTree: number[];
  trees: { kdbush: ArrayBuffer; data: Int32Array }[];
}

/** What supercluster 9 keeps, as read here. */
interface Internals {
  trees: (KDBush & { data: unknown })[];
  numPoints: number;
  stride: number;
  props: (ClusterProps | undefined)[];
  coords: Float64Array;
  ids: unknown;
  clusterProps: unknown[];
}

const internals = (index: ClusterIndex) => index as unknown as Internals;

/** Null when the index is not laid out as this code expects (another supercluster version). */
export function packIndex(index: ClusterIndex): { packed: PackedIndex; transfer: ArrayBuffer[] } | null {
  const s = internals(index);
  if (!Array.isArray(s.trees) || !(s.coords instanceof Float64Array) || !Array.isArray(s.props) || s.ids != null) return null;
  const trees: PackedIndex['trees'] = [];
  const seen = new Map<unknown, number>();
  const zoomTree: number[] = [];
  for (const tree of s.trees) {
    if (!(tree instanceof KDBush) || !(tree.data instanceof Int32Array) || !(tree.coords.buffer instanceof ArrayBuffer)) return null;
    let i = seen.get(tree);
    if (i === undefined) {
      seen.set(tree, (i = trees.length));
      trees.push({ kdbush: tree.coords.buffer, data: tree.data });
    }
    zoomTree.push(i);
  }
  const ids = s.props.map((p) => p?.id ?? '');
  // a zoom's data may be a view on a larger slab: transfer each buffer once
  const transfer = [...new Set<ArrayBuffer>([s.coords.buffer as ArrayBuffer, ...trees.flatMap((t) => [t.kdbush, t.data.buffer as ArrayBuffer])])];
  return { packed: { ids, numPoints: s.numPoints, stride: s.stride, coords: s.coords, zoomTree, trees }, transfer };
}

/** The index again, ready for getClusters and the rest; null if the package does not fit this supercluster. */
export function unpackIndex(p: PackedIndex): ClusterIndex | null {
  const index = new Supercluster<ClusterProps, ClusterProps>(CLUSTER_OPTIONS);
  const s = internals(index);
  // a loaded index has a tree for each zoom from 0 to maxZoom + 1 (its input points)
  if (!Array.isArray(s.trees) || p.zoomTree.length !== CLUSTER_OPTIONS.maxZoom + 2 || s.stride !== p.stride || p.ids.length !== p.numPoints) return null;
  try {
    const trees = p.trees.map((t) => Object.assign(KDBush.from(t.kdbush), { data: t.data }));
    s.trees = p.zoomTree.map((i) => trees[i]!);
  } catch {
    return null;
  }
  s.numPoints = p.numPoints;
  s.coords = p.coords;
  s.props = p.ids.map((id) => ({ id }));
  s.ids = null;
  s.clusterProps = [];
  return index;
}
