/**
 * Draws a dense timeline's marks on a canvas: the same visual language as TimelineMark's SVG
 * (bars and diamonds, modality by fill and outline, vague and open ends by fades and arrows,
 * the selection's halo, the rest dimmed) for the lanes and times in view only. Used when a
 * collection has too many events for one DOM node each.
 *
 * Two layers: `drawDense` draws every mark in view, and `drawRaised` draws only the raised ones
 * (selected, focused, previewed) on a canvas above it. Each raised mark covers its own
 * unraised drawing below (an opaque halo, the same mark and words on top), so a selection or a
 * hover redraws a few marks on the top layer, not the thousands in view on the bottom one.
 */
import { firstReaching, type DenseLayout, type DenseMark } from '../../layout/dense-layout.ts';
import type { EndStyle } from '../../layout/event-layout.ts';
import type { Modality } from '../../model/types.ts';

export type MarkState = 'selected' | 'focus' | 'preview' | 'dim' | 'plain';

/** drawn last, above their neighbours, and on the top layer */
export const isRaised = (s: MarkState) => s === 'selected' || s === 'focus' || s === 'preview';

export interface Palette {
  event: string;
  /** the event colour as "r, g, b", for fades */
  eventRgb: string;
  bg: string;
  sel: string;
  fg: string;
  muted: string;
  accent: string;
}

export interface LaneGeometry {
  /** band above the first lane, px */
  top: number;
  row: number;
  labelH: number;
  barH: number;
  radius: number;
  font: string;
}

export interface DenseDraw {
  layout: DenseLayout;
  /** screen x = layout x × scale + offset */
  scale: number;
  offset: number;
  width: number;
  height: number;
  scrollTop: number;
  g: LaneGeometry;
  palette: Palette;
  hatch: CanvasPattern | null;
  modality: (id: string) => Modality;
  context: (id: string) => boolean;
  title: (id: string) => string;
  state: (id: string) => MarkState;
  /** the time window in px, or null */
  veil: readonly [number, number] | null;
}

/** drawn margin beyond the visible range, so cut ends never show (as TimelineMark) */
const MARGIN = 24;
const VAGUE_FADE = 22;
const OPEN_FADE = 120;

/** The visible lanes, [first, last]. */
export function visibleLanes(d: Pick<DenseDraw, 'layout' | 'scrollTop' | 'height' | 'g'>): [number, number] {
  const first = Math.max(0, Math.floor((d.scrollTop - d.g.top) / d.g.row));
  const last = Math.min(d.layout.lanes - 1, Math.floor((d.scrollTop + d.height - d.g.top) / d.g.row));
  return [first, last];
}

/** Each visible mark, with its screen geometry; stops early if `visit` returns true. */
export function eachVisible(d: Pick<DenseDraw, 'layout' | 'scale' | 'offset' | 'width' | 'scrollTop' | 'height' | 'g'>, visit: (m: DenseMark, x0: number, x1: number, laneTop: number) => boolean | void) {
  const [first, last] = visibleLanes(d);
  for (let l = first; l <= last; l++) {
    const lane = d.layout.byLane[l]!;
    const laneTop = d.g.top + l * d.g.row - d.scrollTop;
    for (let i = firstReaching(lane, -MARGIN, d.scale, d.offset); i < lane.length; i++) {
      const m = lane[i]!;
      const x0 = m.x0 * d.scale + d.offset;
      if (x0 > d.width + MARGIN) break;
      if (visit(m, x0, m.x1 * d.scale + d.offset, laneTop)) return;
    }
  }
}

function diamond(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number) {
  ctx.beginPath();
  ctx.moveTo(cx, cy - r);
  ctx.lineTo(cx + r, cy);
  ctx.lineTo(cx, cy + r);
  ctx.lineTo(cx - r, cy);
  ctx.closePath();
}

/** Fill and outline by modality, as TimelineMark's CSS does. */
function paint(ctx: CanvasRenderingContext2D, modality: Modality, d: DenseDraw, fill: string | CanvasGradient | CanvasPattern) {
  ctx.setLineDash([]);
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'round';
  if (modality === 'expected') {
    ctx.fillStyle = d.hatch ?? d.palette.bg;
    ctx.fill();
    ctx.setLineDash([4, 2.5]);
    ctx.lineWidth = 1.25;
    ctx.strokeStyle = fill;
    ctx.stroke();
  } else if (modality === 'hypothetical') {
    ctx.fillStyle = d.palette.bg;
    ctx.fill();
    ctx.setLineDash([0.1, 3]);
    ctx.lineCap = 'round';
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = fill;
    ctx.stroke();
  } else {
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = fill;
    ctx.stroke();
  }
}

/** Opacity ramps along a bar (see TimelineMark's `fade`), as a gradient of the event colour. */
function fadeOf(ctx: CanvasRenderingContext2D, d: DenseDraw, x0: number, x1: number, tipL: number, tipR: number, start: EndStyle, end: EndStyle): string | CanvasGradient {
  if ((start === 'sharp' && end === 'sharp') || tipR - tipL <= 0) return d.palette.event;
  const w = x1 - x0;
  const drawn = tipR - tipL;
  const ramps: { a: number; b: number; from: number }[] = [];
  const add = (s: EndStyle, side: 'start' | 'end') => {
    const dir = side === 'start' ? 1 : -1;
    const trueEnd = side === 'start' ? x0 : x1;
    const cut = side === 'start' ? tipL : tipR;
    if (s === 'vague') ramps.push({ a: trueEnd, b: trueEnd + dir * Math.min(VAGUE_FADE, w * 0.35), from: 0.15 });
    else if (s === 'unknown') ramps.push({ a: trueEnd, b: side === 'start' ? x1 : x0, from: 0 });
    else if (s === 'open') ramps.push({ a: cut, b: cut + dir * Math.min(OPEN_FADE, drawn * 0.4), from: 0.4 });
  };
  add(start, 'start');
  add(end, 'end');
  const value = (x: number) =>
    Math.min(1, ...ramps.map(({ a, b, from }) => {
      const t = (x - a) / (b - a || 1);
      return t <= 0 ? from : t >= 1 ? 1 : from + (1 - from) * t;
    }));
  const gradient = ctx.createLinearGradient(tipL, 0, tipR, 0);
  const xs = [tipL, tipR, ...ramps.flatMap((r) => [r.a, r.b])].filter((x) => x >= tipL && x <= tipR).sort((p, q) => p - q);
  for (const x of xs) gradient.addColorStop((x - tipL) / drawn, `rgba(${d.palette.eventRgb}, ${value(x)})`);
  return gradient;
}

function drawMark(ctx: CanvasRenderingContext2D, d: DenseDraw, m: DenseMark, x0: number, x1: number, laneTop: number, state: MarkState) {
  const { g } = d;
  const y = laneTop + g.labelH + 1 + g.barH / 2;
  const modality = d.modality(m.id);
  const halo = isRaised(state);
  ctx.globalAlpha = state === 'dim' ? 0.25 : modality === 'hypothetical' ? 0.8 : 1;
  if (m.point) {
    const cx = m.cx * d.scale + d.offset;
    if (halo) {
      diamond(ctx, cx, y, g.radius + 3);
      ctx.setLineDash([]);
      ctx.fillStyle = d.palette.sel;
      ctx.strokeStyle = d.palette.sel;
      ctx.lineWidth = state === 'preview' ? 4 : 6;
      ctx.globalAlpha = state === 'preview' ? 0.6 : 1;
      ctx.fill();
      ctx.stroke();
      ctx.globalAlpha = modality === 'hypothetical' ? 0.8 : 1;
    }
    if (m.start === 'vague' || m.end === 'vague') {
      ctx.beginPath();
      ctx.arc(cx, y, g.radius + 4, 0, 2 * Math.PI);
      ctx.setLineDash([2, 2.5]);
      ctx.lineWidth = 1;
      ctx.strokeStyle = d.palette.event;
      ctx.stroke();
    }
    diamond(ctx, cx, y, g.radius);
    paint(ctx, modality, d, d.palette.event);
    if (modality === 'ongoing') {
      ctx.beginPath();
      ctx.moveTo(cx + g.radius + 3, y - 4);
      ctx.lineTo(cx + g.radius + 7, y);
      ctx.lineTo(cx + g.radius + 3, y + 4);
      ctx.setLineDash([]);
      ctx.lineWidth = 1.8;
      ctx.lineCap = 'round';
      ctx.strokeStyle = d.palette.event;
      ctx.stroke();
    }
    return;
  }
  const arrowRight = m.end === 'open' || (modality === 'ongoing' && m.end === 'sharp');
  const arrowLeft = m.start === 'open';
  const tipR = arrowRight ? Math.min(x1, d.width) : Math.min(x1, d.width + MARGIN);
  const tipL = arrowLeft ? Math.max(x0, 0) : Math.max(x0, -MARGIN);
  const room = Math.max(0, tipR - tipL);
  const h = g.barH;
  const head = { w: h * 0.8 + 3, h: h / 2 + 3 };
  const headW = Math.min(head.w, room / ((arrowLeft ? 1 : 0) + (arrowRight ? 1 : 0) + 1));
  const bx0 = arrowLeft ? tipL + headW - 0.5 : tipL;
  const bx1 = arrowRight ? tipR - headW + 0.5 : tipR;
  if (halo) {
    ctx.setLineDash([]);
    ctx.fillStyle = d.palette.sel;
    ctx.globalAlpha = state === 'preview' ? 0.6 : 1;
    ctx.fillRect(tipL - 1 - 3, y - h / 2 - 1 - 3, room + 2 + 6, h + 2 + 6);
    ctx.globalAlpha = modality === 'hypothetical' ? 0.8 : 1;
  }
  const colour = fadeOf(ctx, d, x0, x1, tipL, tipR, m.start, m.end);
  ctx.beginPath();
  ctx.rect(bx0, y - h / 2, Math.max(0.5, bx1 - bx0), h);
  paint(ctx, modality, d, colour);
  for (const [on, tip, dir] of [[arrowRight, tipR, -1], [arrowLeft, tipL, 1]] as const) {
    if (!on) continue;
    ctx.beginPath();
    ctx.moveTo(tip + dir * headW, y - head.h);
    ctx.lineTo(tip, y);
    ctx.lineTo(tip + dir * headW, y + head.h);
    ctx.closePath();
    if (modality === 'expected') {
      ctx.setLineDash([]);
      ctx.fillStyle = d.palette.bg;
      ctx.fill();
      ctx.lineWidth = 1.25;
      ctx.strokeStyle = colour;
      ctx.stroke();
    } else paint(ctx, modality, d, colour);
  }
}

function drawLabel(ctx: CanvasRenderingContext2D, d: DenseDraw, m: DenseMark, laneTop: number, state: MarkState) {
  if (m.label === 'none') return;
  const x = Math.max(0, m.labelX * d.scale + d.offset);
  // a label keeps to its room in the lane: up to the next mark (or its bar, inside)
  const w = m.label === 'inside' ? Math.min(m.labelWidth, (m.x1 - m.x0) * d.scale) : m.labelWidth;
  if (x > d.width || w <= 0) return;
  ctx.globalAlpha = state === 'dim' ? 0.35 : 1;
  ctx.fillStyle = state === 'selected' ? d.palette.sel : state === 'focus' ? d.palette.sel : d.palette.bg;
  ctx.globalAlpha *= state === 'focus' ? 0.55 : state === 'selected' ? 1 : 0.85;
  ctx.fillRect(x, laneTop, w, 16);
  ctx.globalAlpha = state === 'dim' ? 0.35 : 1;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, laneTop, w, 16);
  ctx.clip();
  // the font is drawDense's, set once a draw; the selection's bolder one ends with restore()
  if (state === 'selected') ctx.font = d.g.font.replace(/^\d+/, '650');
  ctx.fillStyle = d.context(m.id) && state !== 'selected' && state !== 'focus' ? d.palette.muted : d.palette.fg;
  const title = d.title(m.id);
  ctx.fillText(title, x + 3, laneTop + 8.5);
  if (m.marks) {
    const tw = ctx.measureText(title).width;
    ctx.fillStyle = state === 'selected' || state === 'focus' ? d.palette.fg : d.palette.event;
    ctx.fillText(`\u200a${m.marks}`, x + 3 + tw, laneTop + 8.5);
  }
  if (state === 'preview') {
    ctx.fillStyle = d.palette.sel;
    ctx.fillRect(x + 3, laneTop + 14, Math.min(w - 6, ctx.measureText(title).width), 3);
  }
  ctx.restore();
}

/** Draw what is in view; returns how many marks were drawn. */
export function drawDense(ctx: CanvasRenderingContext2D, d: DenseDraw): number {
  begin(ctx, d);
  let n = 0;
  // the selection's marks last, so their halos sit on top of their neighbours
  const late: Late[] = [];
  eachVisible(d, (m, x0, x1, laneTop) => {
    const state = d.state(m.id);
    if (isRaised(state)) late.push([m, x0, x1, laneTop, state]);
    else {
      drawMark(ctx, d, m, x0, x1, laneTop, state);
      drawLabel(ctx, d, m, laneTop, state);
    }
    n++;
  });
  for (const [m, x0, x1, laneTop, state] of late) {
    drawMark(ctx, d, m, x0, x1, laneTop, state);
    drawLabel(ctx, d, m, laneTop, state);
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  if (d.veil) veil(ctx, d, d.veil);
  return n;
}

/**
 * The top layer: only the raised marks in view, on a clear canvas; returns how many. The veil
 * outside the time window is laid over what this layer drew (source-atop), not again over the
 * layer below, which has its own.
 */
export function drawRaised(ctx: CanvasRenderingContext2D, d: DenseDraw): number {
  begin(ctx, d);
  const raised: Late[] = [];
  eachVisible(d, (m, x0, x1, laneTop) => {
    const state = d.state(m.id);
    if (isRaised(state)) raised.push([m, x0, x1, laneTop, state]);
  });
  for (const [m, x0, x1, laneTop, state] of raised) {
    drawMark(ctx, d, m, x0, x1, laneTop, state);
    drawLabel(ctx, d, m, laneTop, state);
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  if (d.veil && raised.length) veil(ctx, d, d.veil, 'source-atop');
  return raised.length;
}

type Late = [DenseMark, number, number, number, MarkState];

function begin(ctx: CanvasRenderingContext2D, d: DenseDraw) {
  ctx.clearRect(0, 0, d.width, d.height);
  // once, not once a label: setting a canvas font parses it (and may restyle the canvas)
  ctx.font = d.g.font;
  ctx.textBaseline = 'middle';
}

/** The time window: what lies outside it faded to the background, and its two edges. */
function veil(ctx: CanvasRenderingContext2D, d: DenseDraw, [a, b]: readonly [number, number], op: GlobalCompositeOperation = 'source-over') {
  ctx.globalAlpha = 0.72;
  ctx.globalCompositeOperation = op;
  ctx.fillStyle = d.palette.bg;
  if (a > 0) ctx.fillRect(0, 0, Math.min(d.width, a), d.height);
  if (b < d.width) ctx.fillRect(Math.max(0, b), 0, d.width - Math.max(0, b), d.height);
  ctx.globalCompositeOperation = 'source-over';
  ctx.globalAlpha = 1;
  ctx.strokeStyle = d.palette.accent;
  ctx.lineWidth = 1.5;
  for (const x of [a, b]) {
    if (x < 0 || x > d.width) continue;
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x, d.height);
    ctx.stroke();
  }
}

/** The mark under a point of the canvas, or null. */
export function markAt(d: Pick<DenseDraw, 'layout' | 'scale' | 'offset' | 'width' | 'scrollTop' | 'height' | 'g'>, px: number, py: number): DenseMark | null {
  const l = Math.floor((py + d.scrollTop - d.g.top) / d.g.row);
  const lane = d.layout.byLane[l];
  if (!lane) return null;
  let hit: DenseMark | null = null;
  // one before: its label may run on over the point
  for (let i = Math.max(0, firstReaching(lane, px - 12, d.scale, d.offset) - 1); i < lane.length; i++) {
    const m = lane[i]!;
    const x0 = m.x0 * d.scale + d.offset;
    const x1 = m.x1 * d.scale + d.offset;
    if (x0 > px + 12) break;
    const right = m.label === 'none' ? x1 : Math.max(x1, m.labelX * d.scale + d.offset + m.labelWidth);
    const grow = m.point ? 3 : Math.max(0, (12 - (x1 - x0)) / 2);
    if (px >= x0 - grow && px <= right + grow) {
      hit = m;
      break;
    }
  }
  return hit;
}
