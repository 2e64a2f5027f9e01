/**
 * How many paragraphs, from the top, fill a reader of this size: an estimate from their lengths,
 * made before the browser has laid them out. Pure.
 *
 * It errs towards too many: it counts lines at a narrow average glyph (more words a line, so
 * fewer lines and shorter paragraphs than drawn) and fills a box taller than the one given.
 */
export interface ScreenBox {
  /** the text column's width, px (wider than the real column is the safe side) */
  width: number;
  /** the reader's visible height, px (taller is the safe side) */
  height: number;
}

export interface TextMetrics {
  /** px from one line to the next */
  line: number;
  /** an average glyph's advance, px: a low guess */
  glyph: number;
  /** px a paragraph takes beyond its lines (margins, padding) */
  gap: number;
}

/** The reader's serif at ~16 px with line-height 1.65: ~27 px lines, glyphs ~7.5 px (6 is the low guess). */
export const READER_METRICS: TextMetrics = { line: 26, glyph: 6, gap: 20 };

/** Fill a little more than the box: the estimate is of lines, not of how they break. */
const MARGIN = 1.2;

export function firstScreen(parts: readonly { text: string }[], box: ScreenBox, m: TextMetrics = READER_METRICS): number {
  if (!(box.width > 0) || !(box.height > 0)) return parts.length;
  const perLine = Math.max(1, Math.floor(box.width / m.glyph));
  const fill = box.height * MARGIN;
  let y = 0;
  for (let i = 0; i < parts.length; i++) {
    y += Math.ceil(parts[i]!.text.length / perLine) * m.line + m.gap;
    if (y >= fill) return i + 1;
  }
  return parts.length;
}
