/**
 * Copies the collections and records under data/ into the build (dist/data/…), so the built app
 * can load a collection manifest and the record files it lists as plain static files:
 * `?collection=data/collections/<id>/collection.json`. The dev server serves data/ as it is.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

function files(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    out = statSync(path).isDirectory() ? out.concat(files(path)) : out.concat(path);
  }
  return out;
}

export function staticData(root: string, dirs: readonly string[] = ['data/collections', 'data/records']): Plugin {
  return {
    name: 'record-explorer:static-data',
    apply: 'build',
    generateBundle() {
      for (const dir of dirs) {
        let found: string[];
        try {
          found = files(join(root, dir));
        } catch {
          continue; // no such folder: nothing to copy
        }
        for (const file of found.filter((f) => f.endsWith('.json'))) {
          this.emitFile({ type: 'asset', fileName: relative(root, file).split(sep).join('/'), source: readFileSync(file) });
        }
      }
    },
  };
}
