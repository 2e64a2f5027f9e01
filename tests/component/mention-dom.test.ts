import { describe, expect, it } from 'vitest';
import { textRuns } from '../../src/lib/layout/text-runs.ts';
import { drawRuns, paintMentions } from '../../src/lib/views/reader/mention-dom.ts';
import type { MentionRef } from '../../src/lib/model/record-index.ts';

const text = 'tunnels underneath Pyongyang and <b>more</b>';
const ref = (key: string, exact: string): MentionRef => {
  const start = text.indexOf(exact);
  const [kind, id] = key.split('/') as ['place' | 'event', string];
  return { key, kind, id, mention: { paragraph: 'p', exact, prefix: '', suffix: '', start, end: start + exact.length } };
};
const runs = textRuns(text, [ref('event/tunnels/0', 'tunnels underneath Pyongyang'), ref('place/pyongyang/0', 'Pyongyang')]);
const labels = { href: (m: MentionRef) => `#${m.kind}=${m.id}`, title: (m: MentionRef) => `${m.kind}: ${m.id}` };

describe('drawRuns', () => {
  it('draws the text verbatim as text, each mentioned run a link naming its innermost mention', () => {
    const host = document.createElement('span');
    const drawn = drawRuns(host, runs, labels);
    expect(host.textContent).toBe(text);
    expect(host.querySelector('b')).toBeNull();
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.dataset.mention, a.getAttribute('href'), a.title])).toEqual([
      ['tunnels underneath ', 'event/tunnels/0', '#event=tunnels', 'event: tunnels'],
      ['Pyongyang', 'place/pyongyang/0', '#place=pyongyang', 'place: pyongyang'],
    ]);
    // the place inside the event clause shows both: its own kind, and the clause round it
    expect(links[1]!.className).toBe('mention place in-event in-place');
    expect(drawn.map((d) => d.el)).toEqual(links);
  });

  it('draws paper (no labels) as spans without link meaning, and replaces what was there', () => {
    const host = document.createElement('span');
    host.textContent = 'old';
    drawRuns(host, runs, null);
    expect(host.textContent).toBe(text);
    expect(host.querySelectorAll('a')).toHaveLength(0);
    expect([...host.querySelectorAll('span[data-mention]')].map((s) => s.getAttribute('href'))).toEqual([null, null]);
  });
});

describe('paintMentions', () => {
  it('lights every run a lit mention covers, marks the selected one current, and clears both', () => {
    const host = document.createElement('span');
    const drawn = drawRuns(host, runs, labels);
    const [clause, place] = drawn.map((d) => d.el);
    paintMentions(drawn, { lit: new Set(['event/tunnels/0']), preview: new Set(), current: (m) => m.id === 'tunnels' });
    // the event lights its whole clause, the place name inside it too
    expect([clause!.classList.contains('lit'), place!.classList.contains('lit')]).toEqual([true, true]);
    expect([clause!.getAttribute('aria-current'), place!.getAttribute('aria-current')]).toEqual(['true', null]);
    paintMentions(drawn, { lit: new Set(), preview: new Set(['place/pyongyang/0']), current: () => false });
    expect([clause!.className, place!.className]).toEqual(['mention event in-event', 'mention place in-event in-place preview']);
    expect(clause!.hasAttribute('aria-current')).toBe(false);
  });
});
