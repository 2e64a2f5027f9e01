/**
 * Where each event's mark and label go on the zoomed timeline: pixel extents from its TimeSpan,
 * how each end is drawn (sharp, vague, open, unknown), and lanes so nothing overlaps. Pure.
 */
import { drawBounds, type TimeSpan } from '../model/time-span.ts';
import { assignLanes, compareItems, estimateLabelWidth, type LabelPlacement, type LabelSide } from './lanes.ts';
import { qualifierMarks } from './span-label.ts';

/**
 * How one end of a mark is drawn:
 * sharp: known; vague: approximate or uncertain (fades over a short run);
 * open: EDTF ".." — goes on, drawn to the edge with an arrow; unknown: EDTF "" — fades out.
 */
export type EndStyle = 'sharp' | 'vague' | 'open' | 'unknown';

export interface EventInput {
  id: string;
  title: string;
  span: TimeSpan;
}

export interface EventMark {
  id: string;
  point: boolean;
  /** mark extent in px on the zoomed scale (for a point, its centre ± radius) */
  x0: number;
  x1: number;
  /** centre of a point, px */
  cx: number;
  start: EndStyle;
  end: EndStyle;
  /** "~", "?", "~?" or "" */
  marks: string;
  lane: number;
  label: LabelSide;
  labelX: number;
  labelWidth: number;
  /** entirely outside the visible range: not drawn, but kept reachable by keyboard */
  offscreen: boolean;
}

export interface EventLayoutOptions {
  /** visible width, px: the range of the zoomed scale */
  width: number;
  /** lanes before labels are dropped (see assignLanes) */
  maxLanes?: number;
  fontPx?: number;
  /** label width in px; default estimateLabelWidth (a view may measure text instead) */
  measure?: (text: string) => number;
  /** labels beside their marks, or on a line above them (see assignLanes) */
  placement?: LabelPlacement;
  /** how far an unknown end fades out, px */
  fadePx?: number;
  pointRadius?: number;
}

export interface EventLayout {
  /** in reading order: by start, then id */
  marks: EventMark[];
  lanes: number;
  /** events drawn without their label for want of room */
  unlabelled: number;
}

/** How one end of a span is drawn (also used by the dense layout). */
export function endStyle(end: TimeSpan['start']): EndStyle {
  if (end.open) return 'open';
  if (end.unknown) return 'unknown';
  if (end.approximate || end.uncertain) return 'vague';
  return 'sharp';
}

/** The span's extent in px: open ends reach the domain's edge, unknown ends fade over `fadePx`. */
export function markExtent(span: TimeSpan, x: (t: number) => number, domain: readonly [number, number], fadePx: number): { point: boolean; x0: number; x1: number } {
  if (span.point) {
    const c = x((span.start.t + span.end.t) / 2);
    return { point: true, x0: c, x1: c };
  }
  const [a, b] = drawBounds(span, [domain[0], domain[1]]);
  let x0 = x(a);
  let x1 = x(b);
  if (span.start.unknown) x0 = x1 - fadePx;
  if (span.end.unknown) x1 = x0 + fadePx;
  if (span.start.unknown && span.end.unknown) x1 = x0 + fadePx;
  return { point: false, x0, x1 };
}

/** Lay out the given (visible) events on the zoomed scale `x`. */
export function layoutEvents(
  events: readonly EventInput[],
  x: (t: number) => number,
  domain: readonly [number, number],
  options: EventLayoutOptions,
): EventLayout {
  const { width, maxLanes = Infinity, fontPx = 13, fadePx = 48, pointRadius = 7, placement = 'beside' } = options;
  const measure = options.measure ?? ((text: string) => estimateLabelWidth(text, fontPx, 600));
  const geo = events.map((e) => {
    const g = markExtent(e.span, x, domain, fadePx);
    const marks = qualifierMarks(e.span);
    const text = marks ? `${e.title} ${marks}` : e.title;
    const r = g.point ? pointRadius : 0;
    const offscreen = g.x1 + r < 0 || g.x0 - r > width;
    return { e, g, marks, labelWidth: Math.ceil(measure(text)), offscreen };
  });
  const onscreen = geo.filter((d) => !d.offscreen);
  const items = onscreen.map((d) => ({
    id: d.e.id,
    x0: d.g.x0,
    x1: d.g.x1,
    point: d.g.point,
    labelWidth: d.labelWidth,
    // a bar whose start is open or unknown keeps its label by the known end
    insideAlign: !Number.isFinite(d.e.span.start.t) && Number.isFinite(d.e.span.end.t) ? ('end' as const) : ('start' as const),
  }));
  const lanesOptions = { bounds: [0, width] as const, pointRadius, placement };
  // Labels are dropped only to save scrolling: when the marks alone fit the lanes the height
  // allows. When events at the same time need more lanes than that anyway, the lanes scroll
  // and every label is kept.
  const needed = assignLanes(items.map((i) => ({ ...i, labelWidth: 0 })), lanesOptions).lanes;
  const { slots, lanes } = assignLanes(items, { ...lanesOptions, maxLanes: needed > maxLanes ? Infinity : maxLanes });
  const byId = new Map(slots.map((s) => [s.id, s]));
  let unlabelled = 0;
  const marks = geo.map(({ e, g, marks, labelWidth, offscreen }): EventMark => {
    const slot = byId.get(e.id);
    if (slot?.label === 'none') unlabelled++;
    return {
      id: e.id,
      point: g.point,
      x0: slot ? slot.markX0 : g.x0,
      x1: slot ? slot.markX1 : g.x1,
      cx: (g.x0 + g.x1) / 2,
      start: endStyle(e.span.start),
      end: endStyle(e.span.end),
      marks,
      lane: slot?.lane ?? 0,
      label: slot?.label ?? 'none',
      labelX: slot?.labelX ?? 0,
      labelWidth,
      offscreen,
    };
  });
  marks.sort((a, b) => compareItems({ id: a.id, x0: a.point ? a.cx : a.x0 }, { id: b.id, x0: b.point ? b.cx : b.x0 }));
  return { marks, lanes, unlabelled };
}

/**
 * The marks wholly out of view left (`earlier`) or right (`later`), in reading order: the edge
 * button's count and what pressing it brings, by one test. A point whose circle crosses the edge
 * is drawn, so it is in neither.
 */
export function marksOutOfView<M extends Pick<EventMark, 'offscreen' | 'x0' | 'x1'>>(marks: readonly M[], width: number, side: 'earlier' | 'later'): M[] {
  return marks.filter((m) => m.offscreen && (side === 'earlier' ? m.x1 < 0 : m.x1 >= 0 && m.x0 > width));
}
