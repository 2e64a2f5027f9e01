/**
 * The words selected in the reader as a span of one text part: which part (`data-part`), and the
 * UTF-16 offsets in that part's text. Labels and paragraph-number buttons are not text of the
 * record: their characters are counted out. Null when the selection is empty, spans two parts,
 * or does not lie in the reader.
 */
import type { Span } from '../../edit/record-edits.ts';

const SKIP = '.part-label, button, .pn';

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.parentElement?.closest(SKIP) && root.contains(n.parentElement.closest(SKIP)))) out.push(n as Text);
  }
  return out;
}

export function selectionSpan(sel: Selection | null, partText: (id: string) => string | undefined): Span | null {
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const elOf = (n: Node) => (n.nodeType === 1 ? (n as Element) : n.parentElement);
  const a = elOf(range.startContainer)?.closest('[data-part]');
  const b = elOf(range.endContainer)?.closest('[data-part]');
  if (!a || a !== b) return null;
  const id = a.getAttribute('data-part')!;
  const text = partText(id);
  if (text === undefined) return null;
  const nodes = textNodes(a);
  const all = nodes.map((n) => n.data).join('');
  // whatever stands before the record's words in the element (a label and a space) is counted out
  const lead = all.length - text.length;
  if (lead < 0 || all.slice(lead) !== text) return null;
  // characters of the record's text between the part's start and a boundary point
  const offsetOf = (container: Node, offset: number): number => {
    const r = a.ownerDocument.createRange();
    r.setStart(a, 0);
    r.setEnd(container, offset);
    let acc = 0;
    for (const n of nodes) if (r.intersectsNode(n)) acc += n === r.endContainer ? r.endOffset : n.data.length;
    return acc;
  };
  let start = Math.max(0, offsetOf(range.startContainer, range.startOffset) - lead);
  let end = offsetOf(range.endContainer, range.endOffset);
  end = Math.min(text.length, end - lead);
  // selections by double-click or drag often take a space at either end
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { part: id, start, end } : null;
}
