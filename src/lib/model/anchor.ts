/**
 * W3C Web Annotation anchoring: a TextQuoteSelector (exact + prefix/suffix context) and a
 * TextPositionSelector (start/end in UTF-16 code units, end exclusive) for the same words.
 */
import type { Mention } from './types.ts';

/** How many characters of context a selector keeps on each side. */
export const CONTEXT = 32;

export interface AnchorOptions {
  /** 0-based occurrence of `exact` in the text to use (default: the first) */
  occurrence?: number;
  /** only occurrences at or after this offset count */
  from?: number;
  context?: number;
}

/** Build the full selector for `exact` in `text`; throws when the words are not there. */
export function anchor(paragraph: string, text: string, exact: string, opts: AnchorOptions = {}): Mention {
  const context = opts.context ?? CONTEXT;
  let at = text.indexOf(exact, opts.from ?? 0);
  for (let i = 0; i < (opts.occurrence ?? 0) && at >= 0; i++) at = text.indexOf(exact, at + 1);
  if (at < 0) throw new Error(`"${exact}" does not occur in ${paragraph} (occurrence ${opts.occurrence ?? 0})`);
  const end = at + exact.length;
  return {
    paragraph,
    exact,
    prefix: text.slice(Math.max(0, at - context), at),
    suffix: text.slice(end, end + context),
    start: at,
    end,
  };
}

/** Does the position selector hold exactly the quoted words, with the quoted context round them? */
export function checkAnchor(m: Mention, text: string): string | null {
  if (m.end <= m.start) return `end (${m.end}) must be greater than start (${m.start})`;
  if (m.end > text.length) return `end (${m.end}) is past the end of the text (${text.length})`;
  const got = text.slice(m.start, m.end);
  if (got !== m.exact) return `the text at ${m.start}–${m.end} is "${got}", not "${m.exact}"`;
  if (!text.slice(0, m.start).endsWith(m.prefix)) return `prefix "${m.prefix}" does not stand before the words`;
  if (!text.slice(m.end).startsWith(m.suffix)) return `suffix "${m.suffix}" does not follow the words`;
  return null;
}

/**
 * Re-find a quote whose offsets have gone stale (the text was edited): the occurrence whose
 * prefix and suffix match best wins. Returns null when the words are gone.
 */
export function reanchor(m: Mention, text: string): Mention | null {
  // empty words are found everywhere: indexOf('', n) stops at text.length and the loop never ends
  // (and a file's `"exact": []` reads as ''): only real words can be re-found
  if (typeof m.exact !== 'string' || m.exact === '') return null;
  const prefix = typeof m.prefix === 'string' ? m.prefix : '';
  const suffix = typeof m.suffix === 'string' ? m.suffix : '';
  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(m.exact); at >= 0; at = text.indexOf(m.exact, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + m.exact.length);
    let score = 0;
    while (score < prefix.length && before[before.length - 1 - score] === prefix[prefix.length - 1 - score]) score++;
    let s2 = 0;
    while (s2 < suffix.length && after[s2] === suffix[s2]) s2++;
    score += s2 - Math.abs(at - m.start) / 1e6;
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  return anchor(m.paragraph, text, m.exact, { from: best.at, context: Math.max(prefix.length, suffix.length) });
}
