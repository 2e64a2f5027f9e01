import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { staticData } from './scripts/vite-plugin-static-data.ts';
import { compileHint } from './scripts/compile-hints.ts';
import { preloadData } from './scripts/vite-plugin-preload-data.ts';

export default defineConfig({
  // Relative asset URLs so the build works from any static server under any sub-path.
  base: './',
  // data/collections and data/records ship as static files: collections load them by path
  // (and the bundled record is fetched beside the code that shows it: preloadData)
  plugins: [svelte(), staticData(import.meta.dirname), preloadData((f) => f.endsWith('data/records/prc-fma-106-01479-08/record.json'))],
  build: {
    target: 'es2022',
    sourcemap: false,
    // One stylesheet, loaded with the page: a view loaded later (presentation, editor, lists)
    // must not insert a stylesheet of its own as it appears (a style recalculation of the whole
    // page, and a flash of unstyled content that shifts the layout). ~90 KB raw, ~18 KB gzip.
    cssCodeSplit: false,
    // Record and basemap data stay separate files: fetched after first paint, cached apart from code.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    // the chunks a collection fetches beside its data are compiled while the data downloads
    rolldownOptions: { output: { postBanner: compileHint } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
        },
      },
    ],
  },
});
