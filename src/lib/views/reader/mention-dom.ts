/**
 * A text part's runs as DOM, made by hand: text nodes, and a link (or, on paper, a span) per
 * mentioned run. The reader swaps a record's whole text on a selection in another record; made
 * by hand, its hundreds of links cost one loop, not hundreds of components' worth of effects.
 * Record text only ever becomes text nodes and attribute values, never markup.
 */
import type { MentionRef } from '../../model/record-index.ts';
import type { TextRun } from '../../layout/text-runs.ts';

/** What a link says about what it names (its href and its tooltip). */
export interface MentionLabels {
  href(m: MentionRef): string;
  title(m: MentionRef): string;
}

/** One drawn run: its element and every mention covering it (what lights it). */
export interface DrawnMention {
  el: HTMLElement;
  run: TextRun;
}

/**
 * Replace `host`'s children with `runs`. `labels` null draws paper: spans with no link meaning.
 * Returns the elements drawn for mentions, for `paintMentions` and for event delegation.
 */
export function drawRuns(host: HTMLElement, runs: readonly TextRun[], labels: MentionLabels | null): DrawnMention[] {
  const doc = host.ownerDocument;
  const frag = doc.createDocumentFragment();
  const drawn: DrawnMention[] = [];
  for (const run of runs) {
    const m = run.primary;
    if (!m) {
      frag.append(run.text);
      continue;
    }
    const el = doc.createElement(labels ? 'a' : 'span');
    el.className = baseClass(run);
    el.dataset.mention = m.key;
    if (labels) {
      el.setAttribute('href', labels.href(m));
      el.title = labels.title(m);
    }
    el.textContent = run.text;
    frag.append(el);
    drawn.push({ el, run });
  }
  host.replaceChildren(frag);
  return drawn;
}

/** What lights the text now: the selection's focus, the hover's preview, the one selected. */
export interface MentionState {
  lit: ReadonlySet<string>;
  preview: ReadonlySet<string>;
  current(m: MentionRef): boolean;
}

/** Whether any mention covering `run` is among `keys` (lit, or previewed). */
export const runIn = (run: TextRun, keys: ReadonlySet<string>) => run.covering.some((m) => keys.has(m.key));

/** Mark lit, previewed and current runs; touches only what changed (a class write restyles). */
export function paintMentions(drawn: readonly DrawnMention[], state: MentionState): void {
  for (const { el, run } of drawn) {
    const lit = runIn(run, state.lit);
    const preview = runIn(run, state.preview);
    if (el.classList.contains('lit') !== lit) el.classList.toggle('lit', lit);
    if (el.classList.contains('preview') !== preview) el.classList.toggle('preview', preview);
    if (el.tagName !== 'A') continue;
    const current = state.current(run.primary!);
    if (el.hasAttribute('aria-current') !== current) {
      if (current) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
    }
  }
}

/** "mention place in-event in-place": the primary's kind, then every covering kind (nesting shows). */
function baseClass(run: TextRun): string {
  const kinds = new Set(run.covering.map((m) => `in-${m.kind}`));
  return `mention ${run.primary!.kind} ${[...kinds].join(' ')}`;
}
