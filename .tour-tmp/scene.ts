import { readFileSync } from 'node:fs';
import { stillMapScene } from '../src/lib/geo/still-map-scene.ts';
import { asWorldTopology } from '../src/lib/geo/basemap.ts';
const r = JSON.parse(readFileSync('data/records/prc-fma-106-01479-08/record.json', 'utf8'));
const t = asWorldTopology(JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')));
const s = stillMapScene({ width: 1000, height: 520, places: r.places, lines: r.lines, visible: new Set(r.places.map((p: any) => p.id)), lit: new Set(['south-korea']), selected: null, topology: t, bounds: null });
console.log(s.graticule.length, s.land.length, s.borders.length, s.outlines.length, s.frame);
