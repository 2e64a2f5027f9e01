import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import { miniRecord } from './fixtures.ts';

describe('Explorer state', () => {
  it('select sets the selection, its origin and the derived focus', () => {
    const cleanup = $effect.root(() => {
      const x = new Explorer(miniRecord());
      x.select({ kind: 'place', id: 'pyongyang' }, 'map');
      flushSync();
      expect(x.selected).toEqual({ kind: 'place', id: 'pyongyang' });
      expect(x.origin).toBe('map');
      expect([...x.focus.events].sort()).toEqual(['meeting', 'tunnels']);
    });
    cleanup();
  });

  it('toggle on the selected thing clears it', () => {
    const x = new Explorer(miniRecord());
    x.toggle({ kind: 'event', id: 'meeting' }, 'timeline');
    x.toggle({ kind: 'event', id: 'meeting' }, 'timeline');
    expect(x.selected).toBeNull();
    expect(x.focus.events.size).toBe(0);
  });

  it('selecting something unknown clears the selection instead of half-selecting', () => {
    const x = new Explorer(miniRecord());
    x.select({ kind: 'place', id: 'pyongyang' });
    x.select({ kind: 'place', id: 'atlantis' });
    expect(x.selected).toBeNull();
  });

  it('seq counts every selection, so views can re-centre on a repeated choice', () => {
    const x = new Explorer(miniRecord());
    const before = x.seq;
    x.select({ kind: 'place', id: 'pyongyang' });
    x.select({ kind: 'place', id: 'pyongyang' });
    expect(x.seq).toBe(before + 2);
  });

  it('hover previews without touching the selection', () => {
    const x = new Explorer(miniRecord());
    x.select({ kind: 'event', id: 'korean-war' });
    x.hover({ kind: 'place', id: 'pyongyang' });
    expect(x.selected).toEqual({ kind: 'event', id: 'korean-war' });
    expect([...x.preview.places]).toEqual(['pyongyang']);
    x.hover(null);
    expect(x.preview.places.size).toBe(0);
  });

  it('filters change what is visible; resetFilters shows all again', () => {
    const x = new Explorer(miniRecord());
    x.toggleModality('expected');
    expect(x.visible.events.has('tunnels')).toBe(false);
    x.setWindow([Date.UTC(1950, 0, 1), Date.UTC(1954, 0, 1)]);
    expect([...x.visible.events]).toEqual(['korean-war']);
    x.resetFilters();
    expect(x.visible.events.size).toBe(3);
  });
});
