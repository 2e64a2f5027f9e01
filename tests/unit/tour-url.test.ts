/** A tour step in the URL: "#tour=class&step=4" (steps counted from 1 there), and the older forms still parse. */
import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, parseTourHash } from '../../src/lib/model/url-hash.ts';
import { RecordIndex } from '../../src/lib/model/record-index.ts';
import { miniRecord } from './fixtures.ts';

const idx = new RecordIndex(miniRecord());

describe('tour steps in the URL', () => {
  it.each([
    [{ tour: 'class', step: 3 }, '#tour=class&step=4'],
    [{ tour: 'class', step: 0, view: 'present' as const }, '#tour=class&step=1&view=present'],
    [{ tour: 'my tour', step: 6, view: 'presenter' as const }, '#tour=my%20tour&step=7&view=presenter'],
  ])('round-trips %o as %s', (at, hash) => {
    expect(formatHash({ kind: 'place', id: 'pyongyang' }, idx, at)).toBe(hash);
    expect(parseTourHash(hash)).toEqual(at);
  });
  it.each(['#tour=class', '#tour=class&step=0', '#tour=class&step=x', '#tour=class&step=2.5'])('%s opens the first step', (hash) => {
    expect(parseTourHash(hash)).toEqual({ tour: 'class', step: 0 });
  });
  it('an unknown view is dropped, not kept', () => {
    expect(parseTourHash('#tour=class&step=2&view=slides')).toEqual({ tour: 'class', step: 1 });
  });
  it.each(['', '#place=pyongyang', '#p=2', '#tour='])('%s is no tour step, and the selection forms still parse', (hash) => {
    expect(parseTourHash(hash)).toBeNull();
  });
  it('without a tour step the selection forms are unchanged', () => {
    expect(formatHash({ kind: 'place', id: 'pyongyang' }, idx, null)).toBe('#place=pyongyang');
    expect(parseHash('#place=pyongyang', idx)).toEqual({ kind: 'place', id: 'pyongyang' });
  });
});
