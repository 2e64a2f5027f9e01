/** The sentence round some words, cut to a title's length. */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const s = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const rest = text.slice(end);
  const e = rest.search(/[.;?!](?:\s|$)/);
  const sentence = text.slice(s < 0 ? 0 : s + 2, e < 0 ? text.length : end + e + 1).trim();
  return sentence.length > 120 ? `${sentence.slice(0, 117).trimEnd()}…` : sentence;
}
