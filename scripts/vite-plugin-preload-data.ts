/**
 * A preload in index.html for the bundled record, so the page fetches it beside its JavaScript
 * instead of once the JavaScript has run. Measured with Lighthouse's phone profile (2026-11-29,
 * three runs each): largest paint 2.63–2.79 s without it, 2.36–2.39 s with it (and the first
 * screen's chunks alone). The request is the one loadRecord makes (a plain fetch: as=fetch with
 * crossorigin), so the fetch takes the preloaded response. A page opened on another record or on a
 * collection (?record=, ?collection=) fetches ~20 KB it does not use, and Chromium notes the
 * unused preload in the console.
 */
import type { Plugin } from 'vite';

export function preloadData(matches: (originalFile: string) => boolean): Plugin {
  return {
    name: 'record-explorer:preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find((f) => f.type === 'asset' && f.originalFileNames.some(matches));
        if (!asset) return;
        // crossorigin: without it the preload does not match fetch()'s request, and the record is fetched twice
        return [{ tag: 'link', attrs: { rel: 'preload', href: `./${asset.fileName}`, as: 'fetch', crossorigin: '' }, injectTo: 'head' }];
      },
    },
  };
}
