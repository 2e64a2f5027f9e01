/**
 * Everything a still map draws, in picture pixels: basemap paths, place outlines and areas, the
 * 1965 lines, a symbol per place and the labels that fit. Pure: the still map component (print,
 * slide images) renders it as SVG, so the picture is vector data and never a screenshot.
 */
import type { MultiPolygon } from 'geojson';
import type { DemarcationLine, Place, PlaceKind } from '../model/types.ts';
import { borderLines, landGeometry, outlineFor, type WorldTopology } from './basemap.ts';
import { graticule } from './graticule.ts';
import { wrapLon } from './antimeridian.ts';
import { areaBounds, geometryBounds, pointBounds, unionBounds, type Bounds } from './bounds.ts';
import { placeLabels, labelBox, type LabelItem } from './label-placement.ts';
import { estimateLabelWidth } from '../layout/lanes.ts';
import { fitFrame, linePath, polygonPath, project, radiusPx, type Frame } from './static-map.ts';

export interface StillMapInput {
  width: number;
  height: number;
  places: readonly Place[];
  lines: readonly DemarcationLine[];
  /** places shown (the filters) */
  visible: ReadonlySet<string>;
  /** places lit by the selection or tour step; the others are drawn faint when any is lit */
  lit: ReadonlySet<string>;
  selected: string | null;
  /** the box to show, in map longitudes; default: the lit places, else every place but the continents */
  bounds?: Bounds | null;
  topology: WorldTopology | null;
  fontPx?: number;
  /** label width in px (bold or not); default estimateLabelWidth */
  measure?: (text: string, bold: boolean) => number;
}

export interface StillMark {
  id: string;
  kind: PlaceKind;
  x: number;
  y: number;
  lit: boolean;
  selected: boolean;
}

export interface StillLabel {
  id: string;
  text: string;
  /** left end of the text's baseline */
  x: number;
  y: number;
  lit: boolean;
}

export interface StillMapScene {
  frame: Frame;
  graticule: string;
  land: string;
  borders: string;
  outlines: { id: string; d: string; lit: boolean }[];
  areas: { id: string; x: number; y: number; r: number; lit: boolean }[];
  lines: { id: string; d: string }[];
  marks: StillMark[];
  labels: StillLabel[];
}

/** symbol half-size by kind, px (as the live map's KIND_STYLE radius) */
const RADIUS: Record<PlaceKind, number> = { city: 5, country: 6, region: 6, district: 4, continent: 0 };
const PRIORITY: Record<PlaceKind, number> = { city: 50, country: 40, region: 30, district: 20, continent: 10 };

/** The smallest box a still shows: a city alone is drawn with its surroundings. */
function atLeast(b: Bounds, degrees: number): Bounds {
  const [[s, w], [n, e]] = b;
  const dLat = Math.max(0, degrees - (n - s)) / 2;
  const dLon = Math.max(0, degrees - (e - w)) / 2;
  return [[s - dLat, w - dLon], [n + dLat, e + dLon]];
}

function placeBounds(p: Place, outline: MultiPolygon | null): Bounds {
  const lon = wrapLon(p.lon);
  if (outline) return geometryBounds(outline) ?? pointBounds(p.lat, lon);
  if (p.shape.type === 'area') return areaBounds(p.lat, lon, p.shape.radiusKm);
  return pointBounds(p.lat, lon);
}

/** Land and borders are the same for every still of one topology: made once. */
const basemaps = new WeakMap<WorldTopology, { land: MultiPolygon; borders: ReturnType<typeof borderLines> }>();
function basemapOf(t: WorldTopology) {
  let b = basemaps.get(t);
  if (!b) basemaps.set(t, (b = { land: landGeometry(t), borders: borderLines(t) }));
  return b;
}

export function stillMapScene(input: StillMapInput): StillMapScene {
  const { width, height, topology, visible, lit, selected } = input;
  const fontPx = input.fontPx ?? 14;
  const shown = input.places.filter((p) => visible.has(p.id));
  const outlines = new Map(shown.map((p) => [p.id, topology ? outlineFor(p.shape, topology) : null] as const));
  const dimming = lit.size > 0;

  const litBounds = unionBounds(shown.filter((p) => lit.has(p.id)).map((p) => placeBounds(p, outlines.get(p.id) ?? null)));
  const home = unionBounds(shown.filter((p) => p.kind !== 'continent').map((p) => pointBounds(p.lat, wrapLon(p.lon))));
  const bounds = atLeast(input.bounds ?? litBounds ?? home ?? [[20, 100], [50, 140]], 3);
  const frame = fitFrame(bounds, width, height, 28, 9);

  const outlineList = shown.flatMap((p) => {
    const g = outlines.get(p.id);
    const d = g ? polygonPath(g, frame) : '';
    return d ? [{ id: p.id, d, lit: lit.has(p.id) }] : [];
  });
  const areas = shown.flatMap((p) => {
    if (p.shape.type !== 'area') return [];
    // an area only when it is lit: a still says one thing, and circles crowd it
    if (!lit.has(p.id)) return [];
    const [x, y] = project(frame, p.lat, wrapLon(p.lon));
    return [{ id: p.id, x, y, r: radiusPx(frame, p.lat, p.shape.radiusKm), lit: lit.has(p.id) }];
  });
  const lines = input.lines.flatMap((l) => {
    const d = linePath([l.coords.map(([lat, lon]) => [wrapLon(lon), lat])], frame);
    return d ? [{ id: l.id, d }] : [];
  });

  const inside = (x: number, y: number) => x >= 0 && y >= 0 && x <= width && y <= height;
  const marks: StillMark[] = [];
  const items: LabelItem[] = [];
  for (const p of shown) {
    const [x, y] = project(frame, p.lat, wrapLon(p.lon));
    if (!inside(x, y)) continue;
    const isLit = lit.has(p.id);
    marks.push({ id: p.id, kind: p.kind, x, y, lit: isLit, selected: p.id === selected });
    // with something lit, only what is lit is named: a slide says one thing
    if (dimming && !isLit) continue;
    items.push({
      id: p.id, x, y,
      width: (input.measure ? input.measure(p.name, isLit) : estimateLabelWidth(p.name, fontPx, isLit ? 600 : 400)) + 4,
      height: Math.round(fontPx * 1.3),
      radius: RADIUS[p.kind],
      priority: PRIORITY[p.kind] + (isLit ? 200 : 0),
      force: p.id === selected,
      ...(p.kind === 'continent' ? { sides: ['c', 'n', 's'] as const } : {}),
    });
  }
  const sides = placeLabels(items, [], { x0: 0, y0: 0, x1: width, y1: height });
  const names = new Map(shown.map((p) => [p.id, p.name]));
  const labels = items.flatMap((item): StillLabel[] => {
    const side = sides.get(item.id);
    if (!side) return [];
    const box = labelBox(item, side);
    return [{ id: item.id, text: names.get(item.id)!, x: box.x0 + 2, y: box.y0 + fontPx * 0.98, lit: lit.has(item.id) }];
  });

  return {
    frame,
    graticule: linePath(graticule(), frame),
    land: topology ? polygonPath(basemapOf(topology).land, frame) : '',
    borders: topology ? linePath(basemapOf(topology).borders, frame) : '',
    outlines: outlineList,
    areas,
    lines,
    marks,
    labels,
  };
}
