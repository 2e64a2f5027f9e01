import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import L from 'leaflet';
import MapView from '../../src/lib/views/map/MapView.svelte';
import { renderWithExplorer, miniRecord } from './harness.ts';
import { asWorldTopology, type WorldTopology } from '../../src/lib/geo/basemap.ts';
import type { ArchivalRecord } from '../../src/lib/model/types.ts';

/** After the next frame has been painted: what MapView's afterPaint callbacks have run by. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// No network in tests: the basemap loader is replaced; by default it fails, as it may offline.
const basemap = vi.hoisted(() => ({ load: vi.fn<(detail?: string) => Promise<unknown>>(() => Promise.resolve(null)) }));
vi.mock('../../src/lib/views/map/load-basemap.ts', async () => {
  // the code that draws a topology, at hand as it is once the real loader has resolved
  const kit = await import('../../src/lib/views/map/basemap-kit.ts');
  return { loadBasemap: (detail?: string) => basemap.load(detail), basemapKit: () => kit };
});
// jsdom has no canvas: keep the basemap's canvas layer out, test the SVG outlines it feeds.
vi.mock('../../src/lib/views/map/basemap-layer.ts', async () => {
  const { default: Leaflet } = await import('leaflet');
  return { basemapLayers: () => [() => Leaflet.layerGroup()] };
});

const require = createRequire(import.meta.url);
const world: WorldTopology = asWorldTopology(JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')));

const withLines = (): ArchivalRecord => ({
  ...miniRecord,
  lines: [{
    id: 'mdl', name: 'Military Demarcation Line (Korean Armistice, 1953)', when: '1953-07-27/..', source: 'Armistice Agreement',
    coords: [[37.75, 126.1], [38.3, 127.5], [38.6, 128.35]],
  }],
});

const marker = (name: string) => screen.getByRole('button', { name });
/** The map as the explorer makes it: its places and lines come in a task after the map itself. */
async function renderMap(record?: ArchivalRecord) {
  const r = renderWithExplorer(MapView, record);
  await nextPaint();
  flushSync();
  return r;
}
const settle = () => new Promise((r) => setTimeout(r, 0)).then(() => flushSync());

beforeEach(() => basemap.load.mockImplementation(() => Promise.resolve(null)));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('MapView', () => {
  test('each place is a keyboard-reachable button named after it, with a kind-specific symbol', async () => {
    await renderMap();
    const city = marker('Pyongyang');
    const country = marker('South Korea');
    expect(city.getAttribute('tabindex')).toBe('0');
    expect(city.classList.contains('kind-city')).toBe(true);
    expect(city.querySelector('.glyph-circle')).not.toBeNull();
    expect(country.querySelector('.glyph-diamond')).not.toBeNull();
    // the visible label is aria-hidden: the name comes from the title, once
    expect(city.querySelector('.label')?.getAttribute('aria-hidden')).toBe('true');
    expect(city.querySelector('.label')?.textContent).toBe('Pyongyang');
  });

  test('one Leaflet map, with a plain-text Natural Earth attribution and no tiles', async () => {
    const { container } = await renderMap();
    expect(container.querySelectorAll('.leaflet-container')).toHaveLength(1);
    const attribution = container.querySelector('.leaflet-control-attribution')!;
    expect(attribution.textContent).toMatch(/Natural Earth/);
    expect(attribution.querySelector('a')).toBeNull();
    expect(container.querySelector('.leaflet-tile')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
  });

  test('clicking a marker selects the place (aria-current, "selected") and dims the rest; again clears', async () => {
    const { explorer } = await renderMap();
    const city = marker('Pyongyang');
    fireEvent.click(city);
    flushSync();
    expect(explorer.selected).toEqual({ kind: 'place', id: 'pyongyang' });
    expect(explorer.origin).toBe('map');
    expect(city.getAttribute('aria-current')).toBe('true');
    expect(city.classList.contains('selected')).toBe(true);
    expect(marker('South Korea').classList.contains('dimmed')).toBe(true);
    expect(marker('South Korea').hasAttribute('aria-current')).toBe(false);

    fireEvent.click(city);
    flushSync();
    expect(explorer.selected).toBeNull();
    expect(city.hasAttribute('aria-current')).toBe(false);
    expect(city.classList.contains('selected')).toBe(false);
    expect(marker('South Korea').classList.contains('dimmed')).toBe(false);
  });

  test('Enter and Space on a focused marker select it', async () => {
    const { explorer } = await renderMap();
    await fireEvent.keyDown(marker('South Korea'), { key: 'Enter' });
    expect(explorer.selected).toEqual({ kind: 'place', id: 'south-korea' });
    await fireEvent.keyDown(marker('Pyongyang'), { key: ' ' });
    expect(explorer.selected).toEqual({ kind: 'place', id: 'pyongyang' });
    expect(marker('Pyongyang').getAttribute('aria-current')).toBe('true');
  });

  test('hover and keyboard focus preview a place; leaving and blur clear it', async () => {
    const { explorer } = await renderMap();
    const city = marker('Pyongyang');
    await fireEvent.mouseOver(city);
    expect(explorer.hovered).toEqual({ kind: 'place', id: 'pyongyang' });
    expect(city.classList.contains('previewed')).toBe(true);
    await fireEvent.mouseOut(city);
    expect(explorer.hovered).toBeNull();
    await fireEvent.focus(marker('South Korea'));
    expect(explorer.hovered).toEqual({ kind: 'place', id: 'south-korea' });
    await fireEvent.blur(marker('South Korea'));
    expect(explorer.hovered).toBeNull();
  });

  /** MapView with its moves watched (the opening fit forgotten): how many, and the first one's box. */
  async function watchedMap() {
    const fly = vi.spyOn(L.Map.prototype, 'flyToBounds');
    const fit = vi.spyOn(L.Map.prototype, 'fitBounds');
    const { explorer } = await renderMap();
    fit.mockClear();
    const moves = () => fly.mock.calls.length + fit.mock.calls.length;
    const firstBox = () => {
      const target = (fly.mock.calls[0] ?? fit.mock.calls[0])![0];
      return target instanceof L.LatLngBounds ? target : L.latLngBounds(target);
    };
    const forget = () => {
      fly.mockClear();
      fit.mockClear();
    };
    return { explorer, moves, firstBox, forget };
  }

  test('a hover elsewhere (an event on the timeline) previews its places without moving the map', async () => {
    const { explorer, moves } = await watchedMap();
    explorer.hover({ kind: 'event', id: 'korean-war' });
    flushSync();
    expect(marker('South Korea').classList.contains('previewed')).toBe(true);
    expect(marker('Pyongyang').classList.contains('previewed')).toBe(false);
    await nextPaint();
    expect(moves()).toBe(0);
  });

  test('a selection made elsewhere highlights its places and brings them into view; one made on the map does not move it', async () => {
    const { explorer, moves, firstBox, forget } = await watchedMap();
    explorer.select({ kind: 'event', id: 'korean-war' }, 'timeline');
    flushSync();
    expect(marker('South Korea').classList.contains('focused')).toBe(true);
    expect(marker('Pyongyang').classList.contains('dimmed')).toBe(true);
    // the flight starts once the frame showing the selection is painted, not in the same update
    expect(moves()).toBe(0);
    await nextPaint();
    expect(moves()).toBe(1);
    expect(firstBox().contains([36.5, 127.9])).toBe(true);

    forget();
    fireEvent.click(marker('Pyongyang'));
    flushSync();
    await nextPaint();
    expect(moves()).toBe(0);
  });

  test('a second selection before the first flight starts flies once, to the second', async () => {
    const { explorer, moves, firstBox } = await watchedMap();
    explorer.select({ kind: 'event', id: 'korean-war' }, 'timeline');
    flushSync();
    explorer.select({ kind: 'place', id: 'pyongyang' }, 'reader');
    flushSync();
    await nextPaint();
    expect(moves()).toBe(1);
    expect(firstBox().contains([39.0194, 125.7381])).toBe(true);
    expect(firstBox().contains([36.5, 127.9])).toBe(false);
  });

  test('places the filters hide leave the map, and come back', async () => {
    const { explorer } = await renderMap();
    explorer.toggleKind('place');
    flushSync();
    expect(screen.queryByRole('button', { name: 'Pyongyang' })).toBeNull();
    explorer.toggleKind('place');
    flushSync();
    expect(marker('Pyongyang')).toBeTruthy();
    // a fresh element after re-adding: still wired and styled
    fireEvent.click(marker('Pyongyang'));
    flushSync();
    expect(explorer.selected).toEqual({ kind: 'place', id: 'pyongyang' });
    expect(marker('Pyongyang').getAttribute('aria-current')).toBe('true');
  });

  test('demarcation lines are drawn dashed, labelled short with their year; the key shows the line', async () => {
    const { container } = await renderMap(withLines());
    expect(container.querySelector('path.context-line')).not.toBeNull();
    expect(container.querySelector('.line-label')?.textContent).toBe('Military Demarcation Line (1953)');
    const legend = container.querySelector('details.legend')!;
    expect(legend.textContent).toMatch(/City/);
    expect(legend.textContent).toMatch(/Demarcation line/);
  });

  test('with the basemap, a country gets its outline, and clicking the outline selects the country', async () => {
    basemap.load.mockImplementation(() => Promise.resolve(world));
    const { container, explorer } = await renderMap();
    await settle();
    const outline = container.querySelector('path.country-outline');
    expect(outline).not.toBeNull();
    fireEvent.click(outline!);
    flushSync();
    expect(explorer.selected).toEqual({ kind: 'place', id: 'south-korea' });
    expect(outline!.classList.contains('selected')).toBe(true);
    expect(marker('South Korea').getAttribute('aria-current')).toBe('true');
  });

  test('the world view asks for the coarse basemap; zoomed in, for the fine one too', async () => {
    await renderMap();
    await settle();
    expect(basemap.load).toHaveBeenCalledWith('coarse');
    // the mini record's places are all in Korea: the map opens zoomed in
    expect(basemap.load).toHaveBeenCalledWith('fine');
  });

  test('unmounting removes the map', async () => {
    const remove = vi.spyOn(L.Map.prototype, 'remove');
    const { unmount, container } = await renderMap();
    unmount();
    expect(remove).toHaveBeenCalledTimes(1);
    expect(container.querySelector('.leaflet-container')).toBeNull();
  });
});
