/**
 * A collection's cluster index, built in a worker while the main thread merges the records and
 * draws the header and the text: on a machine of two cores, the map's heaviest first step (about
 * 50–70 ms at 5,000 places, its code still cold) then costs the first render nothing.
 *
 * The worker is started before the records are requested: started later, its script would queue
 * behind hundreds of record downloads, and start up only as the data is ready. `build` hands it
 * the places once they are merged. This module is small and in the entry chunk; unpacking the
 * index takes the clustering code (place-clusters.ts, `adoptIndex`).
 *
 * Whatever goes wrong (no Worker, a policy that forbids it, a failed script, no answer in time)
 * ends the same way: no prebuilt index, and the map builds its own on the main thread.
 */
import type { Place } from '../../model/types.ts';
import type { ClusterPoint, PackedIndex } from './cluster-index.ts';

/** The places that are clustered, in a form a worker takes: continents are labels, not points. */
export function clusterPoints(places: Iterable<Place>): ClusterPoint[] {
  const out: ClusterPoint[] = [];
  for (const p of places) if (p.kind !== 'continent') out.push({ id: p.id, lon: p.lon, lat: p.lat });
  return out;
}

export interface ClusterWorker {
  /** The index for `points`, packed; null once given up on (it never rejects). */
  build(points: ClusterPoint[]): Promise<PackedIndex | null>;
  /** Not needed after all (few places, or the data failed to load). */
  stop(): void;
}

/** Start the worker; null where there are no workers (a test's DOM, an old browser). */
export function startClusterWorker(timeoutMs = 3000): ClusterWorker | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  let stopped = false;
  /** settles a build in progress; a failure before any build (a script the policy refuses) just stops */
  let settle: ((packed: PackedIndex | null) => void) | null = null;
  const stop = () => {
    stopped = true;
    worker.terminate();
    settle?.(null);
  };
  const failed = (e: Event) => {
    e.preventDefault();
    stop();
  };
  worker.onerror = failed;
  worker.onmessageerror = failed;
  return {
    stop,
    build: (points) =>
      new Promise<PackedIndex | null>((resolve) => {
        if (stopped) return resolve(null);
        const timer = setTimeout(stop, timeoutMs);
        settle = (packed) => {
          clearTimeout(timer);
          settle = null;
          resolve(packed);
        };
        worker.onmessage = (e: MessageEvent<PackedIndex | null>) => {
          settle?.(e.data);
          stop();
        };
        worker.postMessage(points);
      }),
  };
}
