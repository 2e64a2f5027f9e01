/**
 * A lazy chunk's export as reactive state, for a view that draws it: at hand in the first render
 * if the chunk has already arrived (see mode-chunks.ts), else drawn once it does. `wanted` false
 * leaves the chunk unfetched (a mode that never shows it).
 */
import type { LazyChunk } from './lazy-chunk.ts';

export function chunkState<T>(chunk: LazyChunk<T>, wanted = true): { readonly current: T | null } {
  const first = chunk.ready();
  let value = $state.raw(first);
  if (first === null && wanted) chunk.load().then((v) => (value = v));
  return {
    get current() {
      return value;
    },
  };
}
