/**
 * A slide for the lecturer's own deck: the current view as a 1920 × 1080 PNG (projector
 * resolution) drawn on a canvas from parts that are already vector data: the still map and
 * timeline (SVG → image), the step's words, an excerpt of the record with its lit words
 * highlighted, and the citation. No screenshot, no library, no request.
 */
import type { ExcerptRun } from '../../layout/excerpt.ts';
import { svgImage } from './svg-file.ts';

export const SLIDE = { width: 1920, height: 1080 } as const;
/** where the map and the timeline go; their SVGs are rendered at exactly these sizes */
export const SLIDE_MAP = { x: 760, y: 150, width: 1100, height: 560 } as const;
export const SLIDE_TIMELINE = { x: 760, y: 730, width: 1100, height: 250 } as const;

export interface SlideParts {
  /** the line over the title: "Step 3 of 7 · tour title", or the record's title */
  kicker: string;
  title: string;
  narration: string | null;
  excerpt: { label: string; runs: ExcerptRun[] } | null;
  caption: string;
  map: SVGSVGElement;
  timeline: SVGSVGElement;
}

const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const SERIF = "Georgia, 'Noto Serif', 'DejaVu Serif', serif";
const INK = '#111111';
const MUTED = '#4a4a4f';
const LIT = '#ffd23f';

interface Piece {
  text: string;
  lit: boolean;
  x: number;
}

/** Runs of text broken into lines no wider than `width`, at spaces (a long word gets a line of its own). */
function wrap(ctx: CanvasRenderingContext2D, runs: readonly ExcerptRun[], width: number): Piece[][] {
  const lines: Piece[][] = [[]];
  let x = 0;
  for (const run of runs) {
    for (const word of run.text.split(/(?<=\s)/)) {
      const w = ctx.measureText(word).width;
      const bare = ctx.measureText(word.trimEnd()).width;
      if (x > 0 && x + bare > width) {
        lines.push([]);
        x = 0;
        if (!word.trim()) continue;
      }
      lines[lines.length - 1]!.push({ text: word, lit: run.lit, x });
      x += w;
    }
  }
  return lines.filter((l) => l.length);
}

/** Draw wrapped runs from (x, y) downwards, at most `maxLines` (the last cut with "…"); returns the y below. */
function paragraph(
  ctx: CanvasRenderingContext2D, runs: readonly ExcerptRun[], x: number, y: number, width: number, lineHeight: number, maxLines: number,
): number {
  const lines = wrap(ctx, runs, width);
  const shown = lines.slice(0, maxLines);
  const last = shown[shown.length - 1];
  if (lines.length > maxLines && last) {
    // the cut is marked right after the last word that fits, dropping words to make room for it
    const end = () => {
      const p = last[last.length - 1]!;
      return p.x + ctx.measureText(p.text.trimEnd()).width;
    };
    while (last.length > 1 && end() + ctx.measureText(' …').width > width) last.pop();
    last.push({ text: ' …', lit: false, x: end() });
  }
  for (const line of shown) {
    line.forEach((p, i) => {
      if (!p.lit) return;
      // one band across lit words in a row: the space joins them when the next word is lit too
      const joined = line[i + 1]?.lit ?? false;
      const w = ctx.measureText(joined ? p.text : p.text.trimEnd()).width;
      ctx.fillStyle = LIT;
      ctx.fillRect(x + p.x - (i > 0 && line[i - 1]!.lit ? 0 : 2), y - lineHeight * 0.78, w + (joined ? 0 : 2) + (i > 0 && line[i - 1]!.lit ? 0 : 2), lineHeight * 0.98);
    });
    ctx.fillStyle = INK;
    for (const p of line) ctx.fillText(p.text, x + p.x, y);
    y += lineHeight;
  }
  return y;
}

export async function slidePng(parts: SlideParts): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE.width;
  canvas.height = SLIDE.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in this browser');
  const [map, timeline] = await Promise.all([svgImage(parts.map), svgImage(parts.timeline)]);

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, SLIDE.width, SLIDE.height);
  ctx.textBaseline = 'alphabetic';

  // heading
  ctx.fillStyle = MUTED;
  ctx.font = `600 24px ${SANS}`;
  ctx.fillText(parts.kicker, 60, 52, SLIDE.width - 120);
  ctx.fillStyle = INK;
  ctx.font = `700 46px ${SANS}`;
  ctx.fillText(parts.title, 60, 110, SLIDE.width - 120);

  // words: the step's narration, then the record's own
  const left = { x: 60, width: 670 };
  let y = 190;
  if (parts.narration) {
    ctx.font = `400 27px ${SANS}`;
    y = paragraph(ctx, [{ text: parts.narration, lit: false }], left.x, y, left.width, 37, 12) + 24;
  }
  if (parts.excerpt) {
    ctx.fillStyle = MUTED;
    ctx.font = `700 19px ${SANS}`;
    ctx.fillText(parts.excerpt.label.toUpperCase(), left.x, y);
    y += 40;
    ctx.font = `400 25px ${SERIF}`;
    const room = Math.max(1, Math.floor((960 - y) / 36));
    paragraph(ctx, parts.excerpt.runs, left.x, y, left.width, 36, room);
  }

  // pictures, framed
  ctx.drawImage(map, SLIDE_MAP.x, SLIDE_MAP.y, SLIDE_MAP.width, SLIDE_MAP.height);
  ctx.drawImage(timeline, SLIDE_TIMELINE.x, SLIDE_TIMELINE.y, SLIDE_TIMELINE.width, SLIDE_TIMELINE.height);
  ctx.strokeStyle = '#9a968c';
  ctx.lineWidth = 1;
  ctx.strokeRect(SLIDE_MAP.x + 0.5, SLIDE_MAP.y + 0.5, SLIDE_MAP.width - 1, SLIDE_MAP.height - 1);
  ctx.strokeRect(SLIDE_TIMELINE.x + 0.5, SLIDE_TIMELINE.y + 0.5, SLIDE_TIMELINE.width - 1, SLIDE_TIMELINE.height - 1);

  // caption with the citation
  ctx.fillStyle = '#f1efe9';
  ctx.fillRect(0, 1000, SLIDE.width, 80);
  ctx.fillStyle = INK;
  ctx.font = `400 20px ${SANS}`;
  paragraph(ctx, [{ text: parts.caption, lit: false }], 60, 1032, SLIDE.width - 120, 28, 2);

  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas could not be encoded as PNG'))), 'image/png'),
  );
}
