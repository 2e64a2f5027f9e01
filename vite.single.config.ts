/**
 * `npm run build:single`: the whole app, the bundled record and both Natural Earth basemaps in
 * one HTML file that works opened from disk (file://) with no network. The normal config, minus
 * the static data/ copy (a single file has nowhere to put it) and the record's preload, plus
 * vite-plugin-singlefile.
 */
import { defineConfig, type PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';
import { inlineJsonUrls, singleFileCsp } from './scripts/single-file-plugins.ts';

const OUT = process.env.SINGLE_OUT ?? 'dist-single';
const FILE = 'record-explorer.html';

const named = (p: PluginOption): p is { name: string } => !!p && typeof p === 'object' && 'name' in p;

export default defineConfig({
  ...base,
  plugins: [
    inlineJsonUrls(),
    // (nor a preload: the record is inside the file)
    ...(base.plugins ?? []).filter((p) => !(named(p) && ['record-explorer:static-data', 'record-explorer:preload-data'].includes(p.name))),
    viteSingleFile({ outputFileName: FILE }),
    singleFileCsp(OUT, FILE),
  ],
  // robots.txt and friends: a file on disk needs none
  publicDir: false,
  build: {
    ...base.build,
    outDir: OUT,
    emptyOutDir: true,
    assetsInlineLimit: () => true,
  },
});
