/**
 * Split a paragraph into runs of text for the reader. Mentions may nest (an event's clause
 * round a place name) or overlap; each run knows every mention covering it, and its `primary`
 * is the innermost one: what a click on those words selects.
 */
import type { MentionRef } from '../model/record-index.ts';

export interface TextRun {
  text: string;
  start: number;
  end: number;
  /** every mention covering this run, outermost first */
  covering: MentionRef[];
  /** the shortest covering mention, or null for plain text */
  primary: MentionRef | null;
}

export function textRuns(text: string, mentions: readonly MentionRef[]): TextRun[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of mentions) {
    cuts.add(Math.max(0, Math.min(text.length, m.mention.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.mention.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = mentions
      .filter((m) => m.mention.start <= start && m.mention.end >= end)
      .sort((a, b) => len(b) - len(a) || a.key.localeCompare(b.key));
    const primary = covering.length ? covering[covering.length - 1]! : null;
    const prev = runs[runs.length - 1];
    // Adjacent pieces with the same mentions read as one run (one link, one highlight).
    if (prev && sameKeys(prev.covering, covering)) {
      prev.text += text.slice(start, end);
      prev.end = end;
    } else {
      runs.push({ text: text.slice(start, end), start, end, covering, primary });
    }
  }
  return runs;
}

function len(m: MentionRef): number {
  return m.mention.end - m.mention.start;
}

function sameKeys(a: MentionRef[], b: MentionRef[]): boolean {
  return a.length === b.length && a.every((m, i) => m.key === b[i]!.key);
}
