import { describe, expect, it } from 'vitest';
import { fireEvent } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import Reader from '../../src/lib/views/reader/Reader.svelte';
import { miniRecord, renderWithExplorer } from './harness.ts';

describe('Reader', () => {
  it('renders every body paragraph verbatim, numbered, with front and back matter apart', () => {
    const { container } = renderWithExplorer(Reader);
    const paras = container.querySelectorAll('.paragraph p');
    expect([...paras].map((p) => p.textContent)).toEqual(miniRecord.paragraphs.map((p) => p.text));
    expect(container.querySelector('.front')?.textContent).toContain('October 29, 1965');
    expect(container.querySelector('.back')?.textContent).toContain('Yang Yong and Hao Deqing');
    expect(container.querySelector('.citation')?.textContent).toContain(miniRecord.citation);
  });

  it('draws each mention as a link to what it names', () => {
    const { container } = renderWithExplorer(Reader);
    const a = container.querySelector<HTMLAnchorElement>('a[data-mention="place/pyongyang/0"]')!;
    expect(a.textContent).toBe('Pyongyang');
    expect(a.getAttribute('href')).toBe('#place=pyongyang');
  });

  it('a mention click selects its place; a second click clears it', async () => {
    const { container, explorer } = renderWithExplorer(Reader);
    const a = container.querySelector<HTMLAnchorElement>('a[data-mention="place/pyongyang/0"]')!;
    await fireEvent.click(a);
    expect(explorer.selected).toEqual({ kind: 'place', id: 'pyongyang' });
    expect(a.getAttribute('aria-current')).toBe('true');
    expect(a.classList.contains('lit')).toBe(true);
    await fireEvent.click(a);
    expect(explorer.selected).toBeNull();
  });

  it('selecting an event elsewhere lights its evidence in the text', () => {
    const { container, explorer } = renderWithExplorer(Reader);
    explorer.select({ kind: 'event', id: 'tunnels' }, 'timeline');
    flushSync();
    const lit = [...container.querySelectorAll('a.mention.lit, .in-event.lit')].map((e) => e.textContent).join('');
    expect(lit).toContain('by next year those under');
  });

  it('lights a selection in place: the links stay the same elements, only their marks change', () => {
    const { container, explorer } = renderWithExplorer(Reader);
    const before = [...container.querySelectorAll('a.mention')];
    explorer.select({ kind: 'place', id: 'pyongyang' }, 'map');
    flushSync();
    const after = [...container.querySelectorAll('a.mention')];
    expect(after).toEqual(before);
    expect(after.every((a, i) => a === before[i])).toBe(true);
    const a = container.querySelector('a[data-mention="place/pyongyang/0"]')!;
    expect(a.classList.contains('lit')).toBe(true);
    expect(a.getAttribute('aria-current')).toBe('true');
    explorer.select(null, 'map');
    flushSync();
    expect(a.classList.contains('lit')).toBe(false);
    expect(a.hasAttribute('aria-current')).toBe(false);
  });

  it('hovering or focusing a mention previews what it names; leaving clears it', async () => {
    const { container, explorer } = renderWithExplorer(Reader);
    const a = container.querySelector<HTMLAnchorElement>('a[data-mention="place/pyongyang/0"]')!;
    await fireEvent.mouseOver(a);
    expect(explorer.hovered).toEqual({ kind: 'place', id: 'pyongyang' });
    expect(a.classList.contains('preview')).toBe(true);
    await fireEvent.mouseOut(a);
    expect(explorer.hovered).toBeNull();
    await fireEvent.focusIn(a);
    expect(explorer.hovered).toEqual({ kind: 'place', id: 'pyongyang' });
    await fireEvent.focusOut(a);
    expect(explorer.hovered).toBeNull();
  });

  it('a paragraph number selects the paragraph and marks it current', async () => {
    const { getByRole, container, explorer } = renderWithExplorer(Reader);
    await fireEvent.click(getByRole('button', { name: 'Paragraph 2: show what it mentions' }));
    expect(explorer.selected).toEqual({ kind: 'paragraph', id: 'p2' });
    expect(container.querySelector('[data-part="p2"]')?.getAttribute('aria-current')).toBe('true');
  });

  it('record text is shown as text, never as markup', () => {
    const hostile = structuredClone(miniRecord);
    hostile.paragraphs[0]!.text = '<img src=x onerror="window.__pwned=1">Premier Kim Il Sung';
    hostile.people![0]!.mentions = [];
    hostile.events[0]!.mentions = [];
    const { container } = renderWithExplorer(Reader, hostile);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.__pwned=1">');
  });
});
