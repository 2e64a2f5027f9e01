/**
 * The worker that builds a collection's cluster index (cluster-index.ts) off the main thread:
 * places in, the index packed out, its buffers moved rather than copied. One job, then it is
 * stopped (prebuild-clusters.ts).
 */
import { buildIndex, packIndex, type ClusterPoint } from './cluster-index.ts';

self.onmessage = (e: MessageEvent<ClusterPoint[]>) => {
  const p = packIndex(buildIndex(e.data));
  // null: this supercluster is not laid out as packIndex expects, and the map builds its own
  self.postMessage(p?.packed ?? null, { transfer: p?.transfer ?? [] });
};
