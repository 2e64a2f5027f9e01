/**
 * Clustering is a chunk of its own: a single record never needs it. A collection's loader starts
 * fetching it beside the data (see App), so the first render draws the map's places straight
 * away instead of a frame or more of an empty map.
 */

type ClustersModule = typeof import('./place-clusters.ts');
let loaded: ClustersModule | null = null;
let loading: Promise<ClustersModule> | null = null;

export function loadPlaceClusters(): Promise<ClustersModule> {
  loading ??= import('./place-clusters.ts').then((m) => (loaded = m));
  return loading;
}

/** The module, if its chunk has arrived. */
export function placeClusters(): ClustersModule | null {
  return loaded;
}
