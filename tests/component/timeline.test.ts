import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import Timeline from '../../src/lib/views/timeline/Timeline.svelte';
import { renderWithExplorer, miniRecord } from './harness.ts';
import type { ArchivalRecord } from '../../src/lib/model/types.ts';

// jsdom has no ResizeObserver and no layout: the timeline falls back to a default size.
afterEach(cleanup);

const event = (name: string) => screen.getByRole('button', { name });
/** The timeline as the explorer makes it: its marks come in a task after its first size. */
async function renderTimeline(record?: ArchivalRecord) {
  const r = renderWithExplorer(Timeline, record);
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  flushSync();
  return r;
}
/** the text an element's aria-describedby points at (jsdom has no accessibility tree) */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
const titles = miniRecord.events.map((e) => e.title);

/** The mini record plus events that exercise every kind of end and modality. */
const richer = (): ArchivalRecord => ({
  ...miniRecord,
  events: [
    ...miniRecord.events,
    { id: 'open', title: 'US forces remain', when: '1950-07/..', modality: 'ongoing', places: [], basis: 'text', mentions: [] },
    { id: 'hyp', title: 'A renewed war', when: '1965-10-28/..', modality: 'hypothetical', places: [], basis: 'text', mentions: [] },
    { id: 'vague', title: 'Purges', when: '1965-10/1966~', modality: 'ongoing', places: [], basis: 'text', mentions: [] },
    { id: 'autumn', title: 'Autumn drought', when: '1965-23', modality: 'past', places: [], basis: 'text', mentions: [] },
  ],
});

describe('Timeline', () => {
  test('the key draws its swatches when first opened (not in every first render), by click or by the details opening', async () => {
    const { container } = await renderTimeline();
    const key = container.querySelector<HTMLDetailsElement>('details.legend')!;
    expect(key.querySelectorAll('svg')).toHaveLength(0);
    await fireEvent.click(key.querySelector('summary')!);
    flushSync();
    expect(key.querySelectorAll('svg').length).toBeGreaterThanOrEqual(10);
    expect(key.textContent).toMatch(/Record date|record/i);
    cleanup();
    const again = (await renderTimeline()).container.querySelector<HTMLDetailsElement>('details.legend')!;
    again.open = true;
    await fireEvent(again, new Event('toggle'));
    flushSync();
    expect(again.querySelectorAll('svg').length).toBeGreaterThanOrEqual(10);
  });

  test('each visible event has a focusable element named by its title', async () => {
    await renderTimeline();
    for (const title of titles) {
      const el = event(title);
      el.focus();
      expect(document.activeElement).toBe(el);
    }
  });

  test('each event is described by its date in words, modality and basis', async () => {
    await renderTimeline();
    expect(description(event('Korean War'))).toBe('25 Jun 1950 – 27 Jul 1953; happened; background context');
    expect(description(event('Tunnels under East and West Pyongyang complete'))).toBe('1966; expected; stated in the record');
  });

  test('clicking an event selects it: aria-current and explorer.selected; a second click clears it', async () => {
    const { explorer } = await renderTimeline();
    const el = event('Korean War');
    expect(el.hasAttribute('aria-current')).toBe(false);
    await fireEvent.click(el);
    expect(explorer.selected).toEqual({ kind: 'event', id: 'korean-war' });
    expect(explorer.origin).toBe('timeline');
    expect(el.getAttribute('aria-current')).toBe('true');
    await fireEvent.click(el);
    expect(explorer.selected).toBeNull();
    expect(el.hasAttribute('aria-current')).toBe(false);
  });

  test('events are native buttons, so Enter and Space select them', async () => {
    await renderTimeline();
    for (const title of titles) {
      expect(event(title).tagName).toBe('BUTTON');
      expect(event(title).getAttribute('type')).toBe('button');
    }
  });

  test('hover and focus preview an event; leaving clears it', async () => {
    const { explorer } = await renderTimeline();
    const el = event('Korean War');
    await fireEvent.mouseEnter(el);
    expect(explorer.hovered).toEqual({ kind: 'event', id: 'korean-war' });
    await fireEvent.mouseLeave(el);
    expect(explorer.hovered).toBeNull();
    await fireEvent.focus(el);
    expect(explorer.hovered).toEqual({ kind: 'event', id: 'korean-war' });
    await fireEvent.blur(el);
    expect(explorer.hovered).toBeNull();
  });

  test('a selection elsewhere highlights the events it reaches and dims the rest', async () => {
    const { explorer } = await renderTimeline();
    explorer.select({ kind: 'place', id: 'pyongyang' }, 'map');
    flushSync();
    expect(event('Kim Il Sung meets the Chinese delegation').classList.contains('focus')).toBe(true);
    expect(event('Tunnels under East and West Pyongyang complete').classList.contains('focus')).toBe(true);
    expect(event('Korean War').classList.contains('dim')).toBe(true);
    expect(event('Korean War').hasAttribute('aria-current')).toBe(false);
  });

  test('events hidden by the filters are not drawn', async () => {
    const { explorer } = await renderTimeline();
    explorer.toggleModality('expected');
    flushSync();
    expect(screen.queryByRole('button', { name: 'Tunnels under East and West Pyongyang complete' })).toBeNull();
    expect(event('Korean War').isConnected).toBe(true);
  });

  test('the record’s own date is marked and labelled', async () => {
    const { container } = await renderTimeline();
    expect(container.querySelector('.record-label')?.textContent).toBe('Record: 29 Oct 1965');
    expect(container.querySelector('line.record')).not.toBeNull();
  });

  test('a time window shows with a clear button that clears it', async () => {
    const { explorer } = await renderTimeline();
    explorer.setWindow([Date.UTC(1950, 0, 1), Date.UTC(1954, 0, 1)]);
    flushSync();
    expect(screen.getByText('Jan 1950 – Dec 1953').isConnected).toBe(true);
    expect(screen.queryByRole('button', { name: 'Tunnels under East and West Pyongyang complete' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Clear window' }));
    expect(explorer.filters.window).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear window' })).toBeNull();
  });

  test('arrow keys on an event move focus to the next and previous event in time', async () => {
    await renderTimeline();
    const war = event('Korean War');
    war.focus();
    await fireEvent.keyDown(war, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(event('Kim Il Sung meets the Chinese delegation'));
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(event('Tunnels under East and West Pyongyang complete'));
    await fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(war);
  });

  test('events out of view are counted on an edge button, which brings them into view', async () => {
    await renderTimeline();
    // the first view frames the record's date: the Korean War lies off to the left
    expect(event('Korean War').classList.contains('offscreen')).toBe(true);
    const edge = screen.getByRole('button', { name: /earlier/ });
    expect(edge.textContent).toBe('‹ 1 earlier');
    await fireEvent.click(edge);
    await new Promise((r) => setTimeout(r, 900));
    expect(event('Korean War').classList.contains('offscreen')).toBe(false);
    expect(screen.queryByRole('button', { name: /earlier/ })).toBeNull();
  });

  test('+ zooms in, and Fit all zooms back out', async () => {
    await renderTimeline();
    const fit = screen.getByRole('button', { name: 'Fit all' });
    const stage = screen.getByRole('region', { name: /^Events in time/ });
    const before = stage.getAttribute('aria-label');
    // the first view frames the record's date; Fit all shows the whole domain
    await fireEvent.click(fit);
    await new Promise((r) => setTimeout(r, 600));
    const all = stage.getAttribute('aria-label');
    expect(all).not.toBe(before);
    await fireEvent.keyDown(stage, { key: '+' });
    await new Promise((r) => setTimeout(r, 600));
    expect(stage.getAttribute('aria-label')).not.toBe(all);
  });

  test('draws every kind of mark: open ends, hypothetical, vague ends and seasons', async () => {
    const { container } = await renderTimeline(richer());
    for (const name of ['US forces remain', 'A renewed war', 'Purges', 'Autumn drought']) expect(event(name).isConnected).toBe(true);
    const plot = container.querySelector('svg.plot')!;
    expect(plot.querySelectorAll('.mark.hypothetical')).toHaveLength(1);
    expect(plot.querySelectorAll('.mark.expected')).toHaveLength(1);
    // the vague end and the two open ends fade through masks
    expect(plot.querySelectorAll('mask')).toHaveLength(3);
    expect(within(event('Purges')).getByText('~', { exact: false }).isConnected).toBe(true);
  });

  test('labels never overlap in a lane', async () => {
    const { container } = await renderTimeline(richer());
    const boxes = [...container.querySelectorAll<HTMLElement>('button.event:not(.offscreen)')].map((b) => ({
      top: parseFloat(b.style.top),
      left: parseFloat(b.style.left),
      right: parseFloat(b.style.left) + parseFloat(b.style.width),
    }));
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b || a.top !== b.top) continue;
        expect(a.right <= b.left || b.right <= a.left).toBe(true);
      }
    }
  });
});
