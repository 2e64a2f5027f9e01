/**
 * V8's explicit compile hint (Chromium 136 and later): a script that starts with the comment
 * below is compiled whole as it streams in, on a background thread, instead of one function at
 * a time on the main thread as each is first called.
 *
 * Worth it only for code that comes while the page waits for something else: the canvas
 * timeline and the map's clustering, which a collection fetches beside its data (App). Their
 * compiling then overlaps the download instead of the first render. The entry chunk gets none:
 * compiled whole it starts later, and the bundled record's data with it (measured 2026-11-28:
 * data ready 105 ms later, first render 44 ms sooner).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** the modules whose chunks are fetched beside a collection's data */
const BESIDE_DATA = [/\/views\/timeline\/TimelineCanvas\.svelte$/, /\/views\/map\/place-clusters\.ts$/];

/** Rolldown's `output.postBanner` (after minifying, which would drop a comment): the hint or nothing. */
export function compileHint(chunk: { facadeModuleId: string | null }): string {
  const id = chunk.facadeModuleId?.replaceAll('\\', '/');
  return id && BESIDE_DATA.some((re) => re.test(id)) ? COMPILE_HINT : '';
}
