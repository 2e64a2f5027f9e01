/**
 * A passage for a slide: about `max` characters of a text round its first lit words, cut at a
 * sentence start where it can be and at word ends otherwise, "…" marking each cut, split into
 * runs so the lit words can be highlighted. Pure.
 */
export interface ExcerptRun {
  text: string;
  lit: boolean;
}

/** lit ranges are [start, end) in UTF-16 code units, as mentions give them */
export function excerpt(text: string, lit: readonly (readonly [number, number])[], max = 600): ExcerptRun[] {
  const ranges = [...lit].filter(([a, b]) => b > a).sort((p, q) => p[0] - q[0]);
  const first = ranges[0]?.[0] ?? 0;
  let start = 0;
  if (text.length > max) {
    // back to the start of the sentence the first lit words are in
    const before = text.slice(0, first);
    const m = [...before.matchAll(/[.!?;][”’"\]]*\s+/g)].pop();
    start = m ? m.index! + m[0].length : 0;
    if (first - start > max / 2) {
      const cut = text.lastIndexOf(' ', Math.max(0, first - Math.floor(max / 4)));
      start = cut > 0 ? cut + 1 : 0;
    }
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const window = text.slice(start, end);
    const stop = [...window.matchAll(/[.!?][”’"\]]*(?=\s)/g)].pop();
    if (stop && stop.index! + stop[0].length > max * 0.6) end = start + stop.index! + stop[0].length;
    else {
      const space = window.lastIndexOf(' ');
      if (space > 0) end = start + space;
    }
  }
  const runs: ExcerptRun[] = [];
  const push = (a: number, b: number, on: boolean) => {
    if (b <= a) return;
    const last = runs[runs.length - 1];
    if (last && last.lit === on) last.text += text.slice(a, b);
    else runs.push({ text: text.slice(a, b), lit: on });
  };
  let at = start;
  for (const [a, b] of ranges) {
    const s = Math.max(a, at);
    const e = Math.min(b, end);
    if (e <= s) continue;
    push(at, s, false);
    push(s, e, true);
    at = e;
  }
  push(at, end, false);
  if (start > 0) runs.unshift({ text: '…', lit: false });
  if (end < text.length) runs.push({ text: '…', lit: false });
  return runs;
}
