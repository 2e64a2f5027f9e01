/**
 * Lanes for thousands of events (a collection's timeline, drawn on a canvas). assignLanes scans
 * every lane for every item, O(n × lanes): at 10,000 events that is hundreds of milliseconds.
 * Here the same greedy first-fit (mark start, then id) finds each item's lane in O(log n) with
 * a segment tree of lane ends, and labels never add lanes: an event keeps its label where it
 * fits in the lanes its mark needs anyway, else it is drawn bare. Pure: pixels in, lanes out.
 */
import { estimateLabelWidth, type LabelSide } from './lanes.ts';
import { endStyle, markExtent, type EventInput, type EventMark } from './event-layout.ts';
import { qualifierMarks } from './span-label.ts';

/** The same mark as the accessible layout's, plus the room it takes in its lane. */
export interface DenseMark extends Omit<EventMark, 'offscreen'> {
  /** what the item occupies in its lane, mark and label: items in one lane never overlap */
  left: number;
  right: number;
}

export interface DenseLayout {
  /** in reading order: by start, then id */
  marks: DenseMark[];
  /** each lane's marks, left to right (disjoint, so sorted by `right` too) */
  byLane: DenseMark[][];
  lanes: number;
  unlabelled: number;
}

export interface DenseOptions {
  fontPx?: number;
  pointRadius?: number;
  minBarWidth?: number;
  /** least space between neighbours in a lane, px */
  gap?: number;
  /** fade length of an unknown end, px */
  fadePx?: number;
  /** label width, px (default estimateLabelWidth) */
  measure?: (text: string) => number;
}

/** Min-end segment tree over lanes: the lowest lane whose last item ends at or before `x`. */
class LaneEnds {
  private readonly size: number;
  private readonly tree: Float64Array;
  count = 0;

  constructor(capacity: number) {
    let size = 1;
    while (size < Math.max(1, capacity)) size *= 2;
    this.size = size;
    this.tree = new Float64Array(2 * size).fill(-Infinity);
  }

  /** lowest lane with end ≤ x (an unused lane's end is -∞, so there is always one) */
  first(x: number): number {
    if (this.tree[1]! > x) return -1;
    let i = 1;
    while (i < this.size) i = this.tree[2 * i]! <= x ? 2 * i : 2 * i + 1;
    return i - this.size;
  }

  end(lane: number): number {
    return this.tree[this.size + lane]!;
  }

  set(lane: number, end: number) {
    let i = this.size + lane;
    this.tree[i] = end;
    for (i >>= 1; i >= 1; i >>= 1) this.tree[i] = Math.min(this.tree[2 * i]!, this.tree[2 * i + 1]!);
    if (lane >= this.count) this.count = lane + 1;
  }
}

export function layoutDense(
  events: readonly EventInput[],
  x: (t: number) => number,
  domain: readonly [number, number],
  options: DenseOptions = {},
): DenseLayout {
  const { fontPx = 13, pointRadius = 6, minBarWidth = 4, gap = 6, fadePx = 48 } = options;
  const measure = options.measure ?? ((text: string) => estimateLabelWidth(text, fontPx, 600));
  // Ten thousand events: their extents go in typed arrays and are sorted as indices, so the only
  // objects made are the marks themselves (an object per item, a Map of titles and the garbage
  // they leave were a third of this function's time).
  const n = events.length;
  const x0 = new Float64Array(n);
  const x1 = new Float64Array(n);
  const cx = new Float64Array(n);
  const order = new Float64Array(n);
  const point = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const g = markExtent(events[i]!.span, x, domain, fadePx);
    point[i] = g.point ? 1 : 0;
    x0[i] = g.point ? g.x0 - pointRadius : g.x0;
    x1[i] = g.point ? g.x1 + pointRadius : Math.max(g.x1, g.x0 + minBarWidth);
    cx[i] = (g.x0 + g.x1) / 2;
    order[i] = g.point ? cx[i]! : g.x0;
  }
  // compareItems' order (start, then id), inline
  const sorted = Array.from({ length: n }, (_, i) => i);
  sorted.sort((a, b) => {
    const d = order[a]! - order[b]!;
    if (d) return d;
    const ia = events[a]!.id;
    const ib = events[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });

  // lanes for the marks alone (the fewest first-fit gives); labels then take only the room left
  const ends = new LaneEnds(n);
  const byLane: DenseMark[][] = [];
  /** each lane's events, by index: the same order as byLane's marks */
  const laneEvents: number[][] = [];
  const marks: DenseMark[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const i = sorted[k]!;
    const lane = ends.first(x0[i]! - gap);
    ends.set(lane, x1[i]!);
    const span = events[i]!.span;
    const m: DenseMark = {
      id: events[i]!.id,
      point: point[i] === 1,
      x0: x0[i]!,
      x1: x1[i]!,
      cx: cx[i]!,
      start: endStyle(span.start),
      end: endStyle(span.end),
      marks: qualifierMarks(span),
      lane,
      label: 'none',
      labelX: x0[i]!,
      labelWidth: 0,
      left: x0[i]!,
      right: x1[i]!,
    };
    marks[k] = m;
    // first-fit opens lanes in order: a new lane is always the next one
    if (lane === byLane.length) {
      byLane.push([]);
      laneEvents.push([]);
    }
    byLane[lane]!.push(m);
    laneEvents[lane]!.push(i);
  }
  // No text is narrower than a quarter em a character: where even that does not fit, the label
  // is not measured at all (most of 10,000 marks, zoomed out).
  const least = fontPx / 4;
  let unlabelled = 0;
  for (let l = 0; l < byLane.length; l++) {
    const lane = byLane[l]!;
    const ids = laneEvents[l]!;
    for (let j = 0; j < lane.length; j++) {
      const m = lane[j]!;
      const next = lane[j + 1];
      const room = next ? next.x0 - gap : Infinity;
      const name = events[ids[j]!]!.title;
      const floor = least * (name.length + (m.marks ? m.marks.length + 1 : 0));
      if ((m.point || m.x1 - m.x0 < floor) && m.x0 + floor > room) {
        unlabelled++;
        continue;
      }
      const title = m.marks ? `${name} ${m.marks}` : name;
      const w = Math.ceil(measure(title));
      m.labelWidth = w;
      if (!m.point && m.x1 - m.x0 >= w) m.label = 'inside';
      else if (m.x0 + w <= room) {
        m.label = 'right';
        m.right = Math.max(m.x1, m.x0 + w);
      } else unlabelled++;
    }
  }
  return { marks, byLane, lanes: ends.count, unlabelled };
}

/**
 * Index of the first mark in a lane whose mark reaches `x` on screen, at `scale` and shifted by
 * `offset`. Marks in a lane are disjoint and in order, and stay in order at any scale: a binary
 * search finds it. (A mark wholly off screen is not drawn, label and all, as in the SVG view.)
 */
export function firstReaching(lane: readonly DenseMark[], x: number, scale: number, offset: number): number {
  let lo = 0;
  let hi = lane.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lane[mid]!.x1 * scale + offset < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many marks lie left of and right of the visible width, and in lanes scrolled above or below. */
export interface DenseCounts {
  earlier: number;
  later: number;
  above: number;
  below: number;
}

/**
 * The dense marks out of view, counted in one pass with no arrays: this runs on every pan and
 * zoom frame over 10,000 marks. Screen x = layout x × `scale` + `offset`; lanes `firstLane` to
 * `lastLane` are the ones scrolled into view.
 */
export function countOutOfView(marks: readonly DenseMark[], scale: number, offset: number, width: number, firstLane: number, lastLane: number): DenseCounts {
  const c: DenseCounts = { earlier: 0, later: 0, above: 0, below: 0 };
  for (const m of marks) {
    if (m.x1 * scale + offset < 0) c.earlier++;
    else if (m.x0 * scale + offset > width) c.later++;
    else if (m.lane > lastLane) c.below++;
    else if (m.lane < firstLane) c.above++;
  }
  return c;
}

/** The ids of the dense marks wholly left (`earlier`) or right (`later`) of the visible width, in reading order (the SVG timeline: marksOutOfView). */
export function outOfViewIds(marks: readonly Pick<DenseMark, 'id' | 'x0' | 'x1'>[], scale: number, offset: number, width: number, side: 'earlier' | 'later'): string[] {
  return marks.filter((m) => (side === 'earlier' ? m.x1 * scale + offset < 0 : m.x1 * scale + offset >= 0 && m.x0 * scale + offset > width)).map((m) => m.id);
}
