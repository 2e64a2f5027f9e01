/**
 * Greedy label placement for point symbols, in screen pixels: the most important label goes
 * first, at the first position round its symbol (east, then the diagonals, west, north, south:
 * the cartographer's order) where it overlaps no placed label and no other symbol; a label with
 * no free position is hidden. Enough for the score of
 * places a record names, and fast enough to run on every zoom. Pure.
 */
/** where a label sits round its symbol; 'c' is centred on it (a continent's name is its own symbol) */
export type LabelSide = 'e' | 'ne' | 'se' | 'w' | 'nw' | 'sw' | 'n' | 's' | 'c';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelItem {
  id: string;
  /** symbol centre, in layer pixels (pan-invariant) */
  x: number;
  y: number;
  /** label size in pixels */
  width: number;
  height: number;
  /** half the symbol's size: the label keeps clear of it */
  radius: number;
  /** higher goes first */
  priority: number;
  /** shown even where it collides (the selection) */
  force?: boolean;
  /** positions to try, in order; default SIDES */
  sides?: readonly LabelSide[];
}

export const SIDES: readonly LabelSide[] = ['e', 'ne', 'se', 'w', 'nw', 'sw', 'n', 's'];

/** `sides` with `first` tried first, where it is one of them: a label that can stay where it is, does. */
export function preferSide(sides: readonly LabelSide[], first: LabelSide | null): readonly LabelSide[] {
  if (!first || sides[0] === first || !sides.includes(first)) return sides;
  return [first, ...sides.filter((s) => s !== first)];
}

/** gap between symbol and label; the CSS that draws labels uses the same numbers */
export const GAP = 3;
/** how far a diagonal label is tucked in towards its symbol, as a share of the radius */
export const DIAGONAL = 0.7;

export function labelBox(item: LabelItem, side: LabelSide): Box {
  const { x, y, width: w, height: h, radius: r } = item;
  const d = r * DIAGONAL;
  switch (side) {
    case 'ne': return { x0: x + d + GAP, y0: y - d - h, x1: x + d + GAP + w, y1: y - d };
    case 'se': return { x0: x + d + GAP, y0: y + d, x1: x + d + GAP + w, y1: y + d + h };
    case 'nw': return { x0: x - d - GAP - w, y0: y - d - h, x1: x - d - GAP, y1: y - d };
    case 'sw': return { x0: x - d - GAP - w, y0: y + d, x1: x - d - GAP, y1: y + d + h };
    case 'c': return { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
    case 'e': return { x0: x + r + GAP, y0: y - h / 2, x1: x + r + GAP + w, y1: y + h / 2 };
    case 'w': return { x0: x - r - GAP - w, y0: y - h / 2, x1: x - r - GAP, y1: y + h / 2 };
    case 'n': return { x0: x - w / 2, y0: y - r - GAP - h, x1: x + w / 2, y1: y - r - GAP };
    case 's': return { x0: x - w / 2, y0: y + r + GAP, x1: x + w / 2, y1: y + r + GAP + h };
  }
}

export function glyphBox(item: Pick<LabelItem, 'x' | 'y' | 'radius'>): Box {
  return { x0: item.x - item.radius, y0: item.y - item.radius, x1: item.x + item.radius, y1: item.y + item.radius };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function byPriority(items: readonly LabelItem[]): LabelItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => Number(!!b.item.force) - Number(!!a.item.force) || b.item.priority - a.item.priority || a.i - b.i)
    .map((x) => x.item);
}

function inside(frame: Box, b: Box): boolean {
  return b.x0 >= frame.x0 && b.y0 >= frame.y0 && b.x1 <= frame.x1 && b.y1 <= frame.y1;
}

/**
 * Side for each label, or null where it is hidden. `obstacles` are boxes no label may cover
 * (the map's controls); with a `frame` (the visible map), a label must also lie within it.
 */
export function placeLabels(
  items: readonly LabelItem[],
  obstacles: readonly Box[] = [],
  frame: Box | null = null,
): Map<string, LabelSide | null> {
  const result = new Map<string, LabelSide | null>();
  const placed: Box[] = [];
  const glyphs = items.filter((i) => i.radius > 0).map((i) => ({ id: i.id, box: glyphBox(i) }));
  for (const item of byPriority(items)) {
    const sides = item.sides ?? SIDES;
    let chosen: LabelSide | null = null;
    for (const side of sides) {
      const box = labelBox(item, side);
      const clear = (!frame || inside(frame, box)) &&
        !placed.some((p) => overlaps(p, box)) &&
        !obstacles.some((o) => overlaps(o, box)) &&
        !glyphs.some((g) => g.id !== item.id && overlaps(g.box, box));
      if (clear) {
        chosen = side;
        break;
      }
    }
    if (!chosen && item.force) chosen = sides[0] ?? 'e';
    result.set(item.id, chosen);
    if (chosen) placed.push(labelBox(item, chosen));
  }
  return result;
}

/**
 * Symbols that sit on a more important symbol at this zoom (East Pyongyang on Pyongyang at a
 * world view): the view draws them smaller and lets clicks fall through to the one beneath.
 */
export function crowdedGlyphs(items: readonly LabelItem[]): Set<string> {
  const crowded = new Set<string>();
  const kept: Box[] = [];
  for (const item of byPriority(items)) {
    if (item.radius <= 0) continue;
    const box = glyphBox(item);
    if (!item.force && kept.some((k) => overlaps(k, box))) crowded.add(item.id);
    else kept.push(box);
  }
  return crowded;
}
