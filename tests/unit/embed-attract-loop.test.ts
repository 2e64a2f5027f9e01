/** The kiosk's attract loop: the tour plays by itself, a touch takes over, idle brings it back. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttractLoop, type KioskPhase } from '../../src/lib/kiosk/attract-loop.ts';
import { leavesApp } from '../../src/lib/kiosk/kiosk-guards.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function loop(dwell = 10, idle = 60) {
  const log: string[] = [];
  const phases: KioskPhase[] = [];
  const l = new AttractLoop({ dwell, idle, advance: () => log.push('advance'), restart: () => log.push('restart'), onphase: (p) => phases.push(p) });
  return { l, log, phases };
}

describe('AttractLoop', () => {
  it('starts at the beginning and advances every dwell seconds', () => {
    const { l, log } = loop(10);
    l.start();
    expect(log).toEqual(['restart']);
    vi.advanceTimersByTime(9_999);
    expect(log).toEqual(['restart']);
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(20_000);
    expect(log).toEqual(['restart', 'advance', 'advance', 'advance']);
  });
  it('a touch stops the loop; idle seconds after the last touch it starts again', () => {
    const { l, log, phases } = loop(10, 60);
    l.start();
    vi.advanceTimersByTime(5_000);
    l.touch();
    expect(phases).toEqual(['interactive']);
    vi.advanceTimersByTime(50_000);
    l.touch(); // a later touch pushes the return back
    vi.advanceTimersByTime(59_999);
    expect(log).toEqual(['restart']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['restart', 'restart']);
    expect(phases).toEqual(['interactive', 'attract']);
    vi.advanceTimersByTime(10_000);
    expect(log).toEqual(['restart', 'restart', 'advance']);
  });
  it('never has more than one timer pending, however many touches and cycles', () => {
    const { l } = loop(1, 5);
    l.start();
    for (let i = 0; i < 500; i++) {
      vi.advanceTimersByTime(1_000);
      if (i % 7 === 0) l.touch();
      expect(vi.getTimerCount()).toBe(1);
    }
  });
  it('dispose clears its timer and ignores later touches', () => {
    const { l, log } = loop(1, 5);
    l.start();
    l.dispose();
    expect(vi.getTimerCount()).toBe(0);
    l.touch();
    l.start();
    vi.advanceTimersByTime(60_000);
    expect(log).toEqual(['restart']);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('leavesApp (kiosk links)', () => {
  const here = { href: 'https://app.example/kiosk/?kiosk=1#tour=class&step=2', origin: 'https://app.example', pathname: '/kiosk/', search: '?kiosk=1' } as Location;
  const link = (href: string | null, attrs: { target?: string; download?: boolean } = {}) =>
    ({ target: attrs.target ?? '', getAttribute: () => href, hasAttribute: (n: string) => n === 'download' && !!attrs.download }) as unknown as HTMLAnchorElement;
  it.each([
    ['#place=pyongyang', {}, false],
    ['?kiosk=1#p=3', {}, false],
    [null, {}, false],
    ['https://www.wikidata.org/wiki/Q18808', {}, true],
    ['#place=x', { target: '_blank' }, true],
    ['/elsewhere', {}, true],
    ['?kiosk=0', {}, true],
    ['blob:https://app.example/1', { download: true }, true],
  ])('%s %o leaves: %s', (href, attrs, out) => {
    expect(leavesApp(link(href, attrs), here)).toBe(out);
  });
});
