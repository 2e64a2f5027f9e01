/**
 * The main tasks by keyboard alone (no click, no hover): reach a marker and select it, reach a
 * timeline event and select it, use the Places and Events lists, move between paragraphs, open
 * the presentation, step the tour and leave it. At every stop the focus must be visible (an
 * outline or a ring on the element or its symbol), and the selection must show as aria-current
 * in every view that shows it. Also: the live region's words, and reduced motion.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, record, watch } from './util.ts';

/** What has focus, and whether it shows: a focus-visible outline or box-shadow on it or on its drawn symbol. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', name: '', ring: false, visible: false, cls: '' };
    const ring = (e: Element) => {
      const cs = getComputedStyle(e);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
      return outline || shadow;
    };
    const glyph = el.querySelector('.glyph');
    return {
      tag: el.tagName.toLowerCase(),
      name: el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent?.trim().slice(0, 60) ?? '',
      cls: el.className && typeof el.className === 'string' ? el.className : '',
      visible: el.matches(':focus-visible'),
      ring: ring(el) || (!!glyph && ring(glyph)),
    };
  });
}

/** Tab (or Shift+Tab) until `test` holds for the focused element; every stop on the way must show its focus. */
async function tabTo(page: Page, test: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 80, key = 'Tab') {
  const unseen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f.tag !== 'body' && (!f.visible || !f.ring)) unseen.push(`${f.tag}.${f.cls.split(' ')[0]} "${f.name}"`);
    if (test(f)) {
      expect(unseen, 'every stop on the way shows its focus').toEqual([]);
      return f;
    }
  }
  throw new Error(`not reached in ${max} presses; focus rings missing on: ${unseen.join(', ')}`);
}

const live = (page: Page) => page.locator('.explorer p.sr-only[aria-live="polite"]');

test.describe('keyboard only', () => {
  test('skip links reach the map, a marker is selected with Enter, and every view shows the selection', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    // the first stop of the page is the skip link to the text, then the map's
    const first = await tabTo(page, (f) => f.name === 'Skip to the text', 1);
    expect(first.ring).toBe(true);
    await tabTo(page, (f) => f.name === 'Skip to the map', 2);
    await page.keyboard.press('Enter');
    await expect(page.locator('.map-pane .leaflet-container')).toBeFocused();
    const pyongyang = record.places.find((p) => p.id === 'pyongyang')!;
    await tabTo(page, (f) => f.cls.includes('place-marker') && f.name === pyongyang.name, 60);
    await page.keyboard.press('Enter');
    const marker = page.locator('.map-pane .place-marker[title="Pyongyang"]');
    await expect(marker).toHaveAttribute('aria-current', 'true');
    await expect(marker).toBeFocused(); // selecting from the map leaves focus where it was
    await expect(page).toHaveURL(/#place=pyongyang$/);
    await expect(live(page)).toHaveText('Selected place: Pyongyang');
    await expect(page.locator('.index-list, .reader a.mention[aria-current="true"]').first()).toBeAttached();
    // Space toggles it off again (a second choice clears), and the live region says so
    await page.keyboard.press(' ');
    await expect(marker).not.toHaveAttribute('aria-current', 'true');
    await expect(live(page)).toHaveText('Selection cleared');
    expect(w.errors).toEqual([]);
  });

  test('a timeline event is reached, stepped to with the arrows and selected with Enter', async ({ page }) => {
    await openApp(page);
    await tabTo(page, (f) => f.name === 'Skip to the timeline', 3);
    await page.keyboard.press('Enter');
    await expect(page.locator('.timeline-pane .stage')).toBeFocused();
    const stage = await focused(page);
    expect(stage.ring).toBe(true);
    const ev = await tabTo(page, (f) => f.cls.includes('event'), 5);
    // arrows walk the events in time order; Enter selects the one reached
    await page.keyboard.press('ArrowRight');
    const next = await focused(page);
    expect(next.cls).toContain('event');
    expect(next.name).not.toBe(ev.name);
    expect(next.ring).toBe(true);
    await page.keyboard.press('Enter');
    const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.event!);
    const event = record.events.find((e) => e.id === id)!;
    await expect(page.locator(`.timeline-pane [data-event="${id}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(new RegExp(`#event=${id}$`));
    await expect(live(page)).toHaveText(`Selected event: ${event.title}`);
    // the Events list shares the selection
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, (f) => f.name === 'Timeline as list', 30, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#tab-event')).toHaveAttribute('aria-selected', 'true');
    const row = page.locator('#panel-event button[aria-current="true"]');
    await expect(row).toHaveText(new RegExp(event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(row).toBeFocused();
    // Escape on the timeline clears; here the list's row is toggled off with Enter
    await page.keyboard.press('Enter');
    await expect(page.locator(`.timeline-pane [data-event="${id}"]`)).not.toHaveAttribute('aria-current', 'true');
  });

  test('the Places list: reached from "Map as list", selects with Enter, and the map follows', async ({ page }) => {
    await openApp(page);
    await tabTo(page, (f) => f.name === 'Skip to the map', 2);
    // "Map as list" stands before the map itself: Shift+Tab from the map reaches it
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    const link = await focused(page);
    expect(link.name).toBe('Map as list');
    expect(link.ring).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('#tab-place')).toHaveAttribute('aria-selected', 'true');
    const rows = page.locator('#panel-place .index-list button');
    await expect(rows.first()).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const chosen = (await page.evaluate(() => document.activeElement!.querySelector('.name')!.textContent))!;
    const place = record.places.find((p) => p.name === chosen)!;
    expect((await focused(page)).ring).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel-place button[aria-current="true"] .name')).toHaveText(chosen);
    await expect(page.locator(`.map-pane .place-marker[title="${place.name}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(live(page)).toHaveText(`Selected place: ${place.name}`);
    // arrow keys move between the reader's tabs; the list follows the tab
    await page.locator('#tab-place').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#tab-event')).toBeFocused();
    await expect(page.locator('#panel-event .index-list')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#tab-text')).toHaveAttribute('aria-selected', 'true');
  });

  test('paragraphs: each number is a stop; Enter selects it and its words light up', async ({ page }) => {
    await openApp(page);
    await tabTo(page, (f) => f.name === 'Skip to the text', 1);
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.name === 'Paragraph 1: show what it mentions', 40);
    await page.keyboard.press('Enter');
    const p1 = page.locator('.paragraph').nth(0);
    await expect(p1).toHaveAttribute('aria-current', 'true');
    await expect(live(page)).toHaveText('Selected paragraph: Paragraph 1');
    await tabTo(page, (f) => f.name === 'Paragraph 2: show what it mentions', 40);
    await page.keyboard.press('Enter');
    await expect(page.locator('.paragraph').nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(p1).not.toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(/#p=2$/);
    // a mention in the text is a link: Enter selects what it names
    const m = await tabTo(page, (f) => f.cls.includes('mention'), 20);
    await page.keyboard.press('Enter');
    await expect(page.locator('.reader a.mention[aria-current="true"]').first()).toBeVisible();
    expect(m.ring).toBe(true);
  });

  test('presentation: opened with Enter, stepped with the clicker keys, left with Escape; focus comes back', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await openApp(page);
    const present = await tabTo(page, (f) => f.name === 'Present', 20);
    expect(present.ring).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('.presentation')).toBeVisible();
    await expect(page).toHaveURL(/#tour=class&step=1&view=present$/);
    await expect(page.locator('.presentation h1')).toBeFocused();
    const steps = record.tours![0]!.steps;
    await expect(page.locator('.presentation .sr-only[aria-live]')).toHaveText(`Step 1 of ${steps.length}: ${steps[0]!.title}`);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/step=2&view=present$/);
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/step=3&view=present$/);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/step=2&view=present$/);
    await expect(page.locator('.presentation .sr-only[aria-live]')).toHaveText(`Step 2 of ${steps.length}: ${steps[1]!.title}`);
    // the on-screen buttons are stops too, with a ring
    const next = await tabTo(page, (f) => f.name === 'Next step', 10);
    expect(next.ring).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/step=3&view=present$/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.presentation')).toHaveCount(0);
    await expect(page.locator('.explorer')).toBeVisible();
    // back in the explorer, the tour goes on from the header, and focus is on Present again
    await expect(page.locator('[data-present]')).toBeFocused();
    await tabTo(page, (f) => f.name === 'Next step', 5, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#tour=class&step=4$/);
  });

  test('reduced motion: a selection jumps the map and the timeline into place, with no fly or ease', async ({ page }) => {
    // where the first marker is drawn and what the axis reads, one frame after the key press
    const transforms = () =>
      page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        return [
          (document.querySelector('.map-pane .place-marker') as HTMLElement).style.transform,
          [...document.querySelectorAll('.timeline-pane .axis text')].map((t) => t.textContent).join('|'),
        ];
      });
    for (const reduce of [true, false]) {
      await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
      await page.goto('about:blank'); // a fresh load: the map is made with the motion setting of its time
      await openApp(page, '#place=pyongyang');
      await page.waitForTimeout(300);
      // far away on the map and in time: revisionism in Europe, about 1899
      await page.locator('#tab-event').focus();
      await page.keyboard.press('Enter');
      const far = record.events.find((e) => e.id === 'revisionism-europe')!;
      await page.locator('#panel-event .index-list button', { hasText: far.title }).first().focus();
      await page.keyboard.press('Enter');
      const early = await transforms();
      await page.waitForTimeout(1400);
      const late = await transforms();
      if (reduce) expect(early, 'with reduced motion the views are already where they end').toEqual(late);
      else expect(early, 'without it, they are still on their way a frame later').not.toEqual(late);
      expect(await page.locator('.leaflet-zoom-anim').count()).toBe(0);
    }
  });
});
