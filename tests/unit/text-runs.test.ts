import { describe, expect, it } from 'vitest';
import { textRuns } from '../../src/lib/layout/text-runs.ts';
import type { MentionRef } from '../../src/lib/model/record-index.ts';

const text = 'tunnels underneath Pyongyang and more';
const ref = (key: string, exact: string): MentionRef => {
  const start = text.indexOf(exact);
  const [kind, id] = key.split('/') as ['place' | 'event', string];
  return { key, kind, id, mention: { paragraph: 'p', exact, prefix: '', suffix: '', start, end: start + exact.length } };
};

describe('textRuns', () => {
  it('keeps every character, in order', () => {
    const runs = textRuns(text, [ref('event/t/0', 'tunnels underneath Pyongyang'), ref('place/p/0', 'Pyongyang')]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('a place inside an event clause is its own run, covered by both, primary the place', () => {
    const runs = textRuns(text, [ref('event/t/0', 'tunnels underneath Pyongyang'), ref('place/p/0', 'Pyongyang')]);
    const py = runs.find((r) => r.text === 'Pyongyang')!;
    expect(py.covering.map((m) => m.key)).toEqual(['event/t/0', 'place/p/0']);
    expect(py.primary?.key).toBe('place/p/0');
    expect(runs[0]!.text).toBe('tunnels underneath ');
    expect(runs[0]!.primary?.key).toBe('event/t/0');
    expect(runs.at(-1)!.primary).toBeNull();
  });

  it('plain text is one run', () => {
    expect(textRuns(text, [])).toEqual([{ text, start: 0, end: text.length, covering: [], primary: null }]);
  });

  it('overlapping (not nested) mentions split into three runs', () => {
    const runs = textRuns(text, [ref('event/a/0', 'underneath Pyongyang'), ref('event/b/0', 'Pyongyang and')]);
    expect(runs.filter((r) => r.primary).map((r) => r.text)).toEqual(['underneath ', 'Pyongyang', ' and']);
  });
});
