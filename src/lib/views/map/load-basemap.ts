/**
 * Fetches a Natural Earth topology from this app's own origin after first paint (a separate
 * asset, not part of the JS bundle): 1:110m for the world view, 1:50m only once the reader zooms
 * in far enough to see the difference. Failure-tolerant: the map works without either.
 */
import coarseUrl from 'world-atlas/countries-110m.json?url';
import fineUrl from 'world-atlas/countries-50m.json?url';
import type { WorldTopology } from '../../geo/basemap.ts';
import { lazyChunk } from '../lazy-chunk.ts';

export type Detail = 'coarse' | 'fine';

const URLS: Record<Detail, string> = { coarse: coarseUrl, fine: fineUrl };
const cache = new Map<Detail, Promise<WorldTopology | null>>();

/** The code that reads and draws a topology comes with the first one fetched (basemap-kit). */
const kit = lazyChunk(() => import('./basemap-kit.ts'));
/** That code, at hand once any loadBasemap has resolved to a topology. */
export const basemapKit = kit.ready;

/** The topology, or null when it cannot be had (file missing, no fetch). Fetched once per detail. */
export function loadBasemap(detail: Detail = 'coarse'): Promise<WorldTopology | null> {
  let p = cache.get(detail);
  if (!p) {
    const url = URLS[detail];
    const json = fetch(new URL(url, document.baseURI)).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))));
    p = Promise.all([json, kit.load()])
      .then(([data, k]) => k.asWorldTopology(data, url))
      .catch((e: unknown) => {
        // The places still show without the basemap; say why once, quietly, and try again next time.
        if (import.meta.env.MODE !== 'test') console.warn('Basemap not loaded:', e);
        cache.delete(detail);
        return null;
      });
    cache.set(detail, p);
  }
  return p;
}
