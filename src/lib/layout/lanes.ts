/**
 * Lane assignment for a timeline: every mark and its label gets a horizontal slot in a lane
 * (row) so that nothing in one lane overlaps. Pure: pixels in, lanes out; no DOM, no fonts
 * (label widths are given, or estimated by estimateLabelWidth).
 *
 * Greedy interval packing in a fixed order (mark start, then id), so the same input always
 * gives the same lanes, whatever order the items arrive in.
 */

export interface LaneItem {
  id: string;
  /** mark start in px */
  x0: number;
  /** mark end in px; equal to x0 (or close) for a point */
  x1: number;
  /** the label's width in px (see estimateLabelWidth); 0 for no label */
  labelWidth: number;
  /** a point (drawn as a symbol centred on x0…x1) rather than a bar */
  point?: boolean;
  /**
   * Which end of a bar an inside label keeps to (default 'start'): 'end' for a bar whose start
   * is open or unknown, so the label sits by the end that is known.
   */
  insideAlign?: 'start' | 'end';
}

/**
 * Where the label sits relative to its mark, along the time axis:
 * 'inside' within the mark's extent (in the bar, or over it); 'right' running on past the mark
 * (beside it, or over it from its start); 'left' ending at the mark's end (near the right edge);
 * 'none' no label (no room).
 */
export type LabelSide = 'inside' | 'right' | 'left' | 'none';

/**
 * 'beside': label on the mark's line, in a bar when it fits, else after the mark.
 * 'above': label on its own line over the mark, starting where the mark starts (a thin-bar
 * timeline); 'inside' then means the label is no wider than the bar.
 */
export type LabelPlacement = 'beside' | 'above';

export interface LaneSlot {
  id: string;
  /** 0 is the top lane */
  lane: number;
  label: LabelSide;
  /** left edge of the label in px (meaningless when label is 'none') */
  labelX: number;
  /** drawn mark extent in px, after the minimum size is applied */
  markX0: number;
  markX1: number;
  /** the whole occupied extent (mark and label) in px */
  left: number;
  right: number;
}

export interface LaneOptions {
  /** default 'beside' */
  placement?: LabelPlacement;
  /** half the width of a point symbol, px */
  pointRadius?: number;
  /** the narrowest a bar is drawn, px */
  minBarWidth?: number;
  /** space between a mark and a label beside it, px */
  labelGap?: number;
  /** space kept on each side of a label drawn inside its bar, px */
  insidePad?: number;
  /** least space between two neighbours in one lane, px */
  gap?: number;
  /**
   * The visible range [left, right] in px: a label that would run off the right edge goes to
   * the left of its mark when there is room there.
   */
  bounds?: readonly [number, number];
  /**
   * Lanes available before labels are dropped: an item that fits in none of these lanes with
   * its label is placed without one (its mark alone) when the mark fits, and only then opens
   * a lane beyond the limit. Default: no limit.
   */
  maxLanes?: number;
}

export interface LaneLayout {
  /** in packing order: by mark start, then id */
  slots: LaneSlot[];
  /** how many lanes are used */
  lanes: number;
}

const DEFAULTS = {
  placement: 'beside' as LabelPlacement,
  pointRadius: 6,
  minBarWidth: 4,
  labelGap: 5,
  insidePad: 6,
  gap: 6,
  bounds: [-Infinity, Infinity] as readonly [number, number],
  maxLanes: Infinity,
};

/** Order used for packing and for reading: earlier start first, then id (code-unit order, no locale). */
export function compareItems(a: Pick<LaneItem, 'id' | 'x0'>, b: Pick<LaneItem, 'id' | 'x0'>): number {
  return a.x0 - b.x0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

interface Candidate {
  label: LabelSide;
  labelX: number;
  left: number;
  right: number;
}

/** The ways one item can be laid out with its label, best first; empty when it has none. */
function candidates(markX0: number, markX1: number, w: number, align: 'start' | 'end', o: typeof DEFAULTS): Candidate[] {
  if (w <= 0) return [];
  const out: Candidate[] = [];
  const [lo, hi] = o.bounds;
  // Only the visible part of a mark counts for its label, so a bar running off an edge keeps
  // its label in view.
  const v0 = Math.max(markX0, lo);
  const v1 = Math.min(markX1, hi);
  if (o.placement === 'above') {
    if (v1 - v0 >= w) {
      out.push({ label: 'inside', labelX: align === 'end' ? v1 - w : v0, left: markX0, right: markX1 });
    }
    const rx = v0;
    const lx = v1 - w;
    const rightFits = rx + w <= hi;
    const leftFits = lx >= lo;
    const right: Candidate = { label: 'right', labelX: rx, left: markX0, right: Math.max(markX1, rx + w) };
    const left: Candidate = { label: 'left', labelX: lx, left: Math.min(markX0, lx), right: markX1 };
    // a bar whose known end is its end keeps its label there when it can
    if (align === 'end' && leftFits) out.push(left);
    if (rightFits || !leftFits) out.push(right);
    if (leftFits && !rightFits && align !== 'end') out.push(left);
    return out;
  }
  if (v1 - v0 >= w + 2 * o.insidePad) {
    const labelX = align === 'end' ? v1 - o.insidePad - w : v0 + o.insidePad;
    out.push({ label: 'inside', labelX, left: markX0, right: markX1 });
  }
  const rx = markX1 + o.labelGap;
  const lx = markX0 - o.labelGap - w;
  const rightFits = rx + w <= hi;
  const leftFits = lx >= lo;
  if (rightFits || !leftFits) out.push({ label: 'right', labelX: rx, left: markX0, right: rx + w });
  if (leftFits && !rightFits) out.push({ label: 'left', labelX: lx, left: lx, right: markX1 });
  return out;
}

/**
 * Assign lanes so that no two marks, and no two labels, and no mark and label overlap in a lane
 * (neighbours keep `gap` px apart). Labels go inside (or over) a bar when they fit, otherwise to
 * the right of the mark's start (to the left near the right edge).
 */
export function assignLanes(items: readonly LaneItem[], options: LaneOptions = {}): LaneLayout {
  const o = { ...DEFAULTS, ...options };
  const sorted = [...items].sort(compareItems);
  /** rightmost occupied px of each lane */
  const ends: number[] = [];
  /** index in `slots` of the last item placed in each lane: the rightmost one */
  const last: number[] = [];
  const slots: LaneSlot[] = [];
  const fits = (lane: number, left: number) => (ends[lane] ?? -Infinity) + o.gap <= left;

  for (const item of sorted) {
    let markX0: number;
    let markX1: number;
    if (item.point) {
      const c = (item.x0 + item.x1) / 2;
      markX0 = c - o.pointRadius;
      markX1 = c + o.pointRadius;
    } else {
      markX0 = item.x0;
      markX1 = Math.max(item.x1, item.x0 + o.minBarWidth);
    }
    const bare: Candidate = { label: 'none', labelX: markX1, left: markX0, right: markX1 };
    const withLabel = candidates(markX0, markX1, item.labelWidth, item.insideAlign ?? 'start', o);
    const labelled = withLabel.length ? withLabel : [bare];

    let lane = -1;
    let pick: Candidate = bare;
    const limit = Math.min(o.maxLanes, ends.length);
    const firstFit = (l: number, list: Candidate[]) => list.find((c) => fits(l, c.left));
    // 1. with its label, in a lane within the limit
    for (let l = 0; l < limit && lane < 0; l++) {
      const c = firstFit(l, labelled);
      if (c) [lane, pick] = [l, c];
    }
    // 2. a new lane within the limit, with the label
    if (lane < 0 && ends.length < o.maxLanes) [lane, pick] = [ends.length, labelled[0]!];
    // 3. the mark alone, in a lane within the limit
    for (let l = 0; l < limit && lane < 0 && withLabel.length > 0; l++) {
      if (fits(l, bare.left)) [lane, pick] = [l, bare];
    }
    // 4. within the limit, by dropping the label of the item before it in a lane: in a dense
    //    cluster each lane's last item keeps its label, and the marks all stay in view
    for (let l = 0; l < limit && lane < 0; l++) {
      const prev = slots[last[l]!]!;
      if (prev.label !== 'right' && prev.label !== 'left') continue;
      const end = prev.markX1;
      const c = [...labelled, bare].find((c) => end + o.gap <= c.left);
      if (c) {
        slots[last[l]!] = { ...prev, label: 'none', labelX: prev.markX1, left: prev.markX0, right: prev.markX1 };
        ends[l] = end;
        [lane, pick] = [l, c];
      }
    }
    // 5. overflow: a lane beyond the limit, with the label
    for (let l = limit; l < ends.length && lane < 0; l++) {
      const c = firstFit(l, labelled);
      if (c) [lane, pick] = [l, c];
    }
    if (lane < 0) [lane, pick] = [ends.length, labelled[0]!];

    ends[lane] = Math.max(ends[lane] ?? -Infinity, pick.right);
    last[lane] = slots.length;
    slots.push({ id: item.id, lane, label: pick.label, labelX: pick.labelX, markX0, markX1, left: pick.left, right: pick.right });
  }
  return { slots, lanes: ends.length };
}

// Advance widths in em of a humanist sans (system-ui, Roboto, Segoe UI), rounded up a little:
// an estimate that errs wide keeps labels apart without measuring text in a browser.
const NARROW = "iljI.,;:'!|()[]{}ftr -\u2019\u2018`";
const WIDE = 'MWmw@%';
/**
 * em per UTF-16 code up to U+2E80, looked up rather than tested: a collection's timeline
 * estimates thousands of labels in its first render.
 */
const EM = new Float64Array(0x2e81).fill(0.55);
for (let c = 65; c <= 90; c++) EM[c] = 0.68; // A–Z
for (let c = 48; c <= 57; c++) EM[c] = 0.58; // 0–9
for (const ch of WIDE) EM[ch.charCodeAt(0)] = 0.86;
for (const ch of NARROW) EM[ch.charCodeAt(0)] = 0.3;

/**
 * Estimate the rendered width of a label in px from its characters, for a font of `fontPx`
 * (13 px by default) and `weight` (600 is about 6 % wider than 400). Pure and deterministic.
 */
export function estimateLabelWidth(text: string, fontPx = 13, weight: 400 | 600 = 400): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x2e80) em += EM[c]!;
    else {
      em += 1; // CJK: full width; any character past U+2E80 (a surrogate pair counts once)
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
  }
  return Math.ceil(em * fontPx * (weight === 600 ? 1.06 : 1));
}
