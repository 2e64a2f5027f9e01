/**
 * A chunk of code fetched once: on first need, or ahead of it beside the data (see App), and
 * then at hand in the same frame, so a view need not draw a frame without it.
 */
export interface LazyChunk<T> {
  /** fetch it (once), and its export */
  load(): Promise<T>;
  /** its export if it has arrived, else null */
  ready(): T | null;
}

export function lazyChunk<T>(fetch: () => Promise<T>): LazyChunk<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    // a fetch that failed (a dropped connection) is forgotten, so the next need tries again
    load: () =>
      (loading ??= fetch().then(
        (m) => (loaded = m),
        (e: unknown) => {
          loading = null;
          throw e;
        },
      )),
    ready: () => loaded,
  };
}
