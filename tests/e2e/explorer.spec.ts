import { expect, test } from '@playwright/test';
import { mapPane, openApp, placeMarker, readerPane, record, RECORD_PATH, timelineEvent, timelinePane, watch } from './util.ts';

const place = (id: string) => record.places.find((p) => p.id === id)!;
const pyongyang = place('pyongyang');
const paragraphOf = (partId: string) => record.paragraphs.find((p) => p.id === partId)!;

test.describe('the record explorer', () => {
  test('opens on the bundled record with no request off its origin and no console error', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(record.title);
    // every place that the filters leave visible has a keyboard-reachable marker named after it
    for (const p of record.places) await expect(placeMarker(page, p.name)).toHaveCount(1);
    for (const e of record.events) await expect(timelineEvent(page, e.title)).toHaveCount(1);
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  test('the bundled record is fetched once, by the page\'s preload (the script\'s fetch takes its response)', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (/\/record-[^/]*\.json$/.test(r.url())) fetched.push(r.url());
    });
    await openApp(page);
    const preload = await page.locator('link[rel="preload"][as="fetch"]').evaluate((l: HTMLLinkElement) => l.href);
    expect(fetched).toEqual([preload]);
  });

  test('a marker click selects the place and lights its paragraphs and mentions', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    await placeMarker(page, pyongyang.name).click();
    await expect(placeMarker(page, pyongyang.name)).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(/#place=pyongyang$/);
    const lit = readerPane(page).locator('a.mention.lit');
    await expect(lit).toHaveCount(pyongyang.mentions.length);
    for (const m of pyongyang.mentions) {
      await expect(readerPane(page).locator(`[data-mention^="place/pyongyang/"]`, { hasText: m.exact }).first()).toBeVisible();
      const n = paragraphOf(m.paragraph).n;
      await expect(readerPane(page).locator(`.paragraph[data-part="${m.paragraph}"]`)).toHaveClass(/lit/);
      expect(n).toBeGreaterThan(0);
    }
    // its events light up on the timeline
    for (const e of record.events.filter((e) => e.places.includes('pyongyang'))) {
      await expect(timelineEvent(page, e.title)).toHaveClass(/lit|focus/);
    }
    expect(w.errors).toEqual([]);
  });

  test('a mention click selects the marker on the map', async ({ page }) => {
    await openApp(page);
    const sk = place('south-korea');
    await readerPane(page).locator('[data-mention^="place/south-korea/"]').first().click();
    await expect(page).toHaveURL(/#place=south-korea$/);
    await expect(placeMarker(page, sk.name)).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.detail h2')).toHaveText(sk.name);
  });

  test('a timeline click selects the event and shows its places on the map', async ({ page }) => {
    await openApp(page);
    const ev = record.events.find((e) => e.places.includes('pyongyang') && e.basis === 'text')!;
    await timelineEvent(page, ev.title).click();
    await expect(page).toHaveURL(new RegExp(`#event=${ev.id}$`));
    await expect(timelineEvent(page, ev.title)).toHaveAttribute('aria-current', 'true');
    await expect(placeMarker(page, pyongyang.name)).toHaveClass(/lit|focus/);
    // the map moved to show it
    const box = await placeMarker(page, pyongyang.name).boundingBox();
    const pane = await mapPane(page).boundingBox();
    expect(box && pane && box.x >= pane.x && box.x <= pane.x + pane.width && box.y >= pane.y && box.y <= pane.y + pane.height).toBe(true);
    // and the reader shows its evidence
    await expect(readerPane(page).locator(`[data-mention^="event/${ev.id}/"]`).first()).toHaveClass(/lit/);
  });

  test('selecting a paragraph shows what it mentions on map and timeline', async ({ page }) => {
    await openApp(page);
    const p = record.paragraphs[2]!;
    await page.getByRole('button', { name: `Paragraph ${p.n}: show what it mentions` }).click();
    await expect(page).toHaveURL(new RegExp(`#p=${p.n}$`));
    const placesIn = record.places.filter((pl) => pl.mentions.some((m) => m.paragraph === p.id));
    expect(placesIn.length).toBeGreaterThan(0);
    for (const pl of placesIn) await expect(placeMarker(page, pl.name)).toHaveClass(/lit|focus/);
  });

  test('the URL restores a selection, and back and forward move through selections', async ({ page }) => {
    await openApp(page, '#place=pyongyang');
    await expect(placeMarker(page, pyongyang.name)).toHaveAttribute('aria-current', 'true');
    const ev = record.events[0]!;
    await timelineEvent(page, ev.title).click();
    await expect(page).toHaveURL(new RegExp(`#event=${ev.id}$`));
    await page.goBack();
    await expect(page).toHaveURL(/#place=pyongyang$/);
    await expect(placeMarker(page, pyongyang.name)).toHaveAttribute('aria-current', 'true');
    await expect(timelineEvent(page, ev.title)).not.toHaveAttribute('aria-current', 'true');
    await page.goForward();
    await expect(timelineEvent(page, ev.title)).toHaveAttribute('aria-current', 'true');
    await page.reload();
    await expect(timelineEvent(page, ev.title)).toHaveAttribute('aria-current', 'true');
  });

  test('markers are reachable and selectable by keyboard', async ({ page }) => {
    await openApp(page);
    const marker = placeMarker(page, pyongyang.name);
    await marker.focus();
    await expect(marker).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(marker).toHaveAttribute('aria-current', 'true');
  });

  test('filters by modality hide events from timeline, and their words from the reader', async ({ page }) => {
    await openApp(page);
    const hypothetical = record.events.filter((e) => e.modality === 'hypothetical');
    expect(hypothetical.length).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'hypothetical' }).uncheck();
    for (const e of hypothetical) {
      await expect(timelineEvent(page, e.title)).toHaveCount(0);
      await expect(readerPane(page).locator(`[data-mention^="event/${e.id}/"]`)).toHaveCount(0);
    }
    await page.getByRole('checkbox', { name: 'hypothetical' }).check();
    await expect(timelineEvent(page, hypothetical[0]!.title)).toHaveCount(1);
  });

  test('on a phone, nothing arriving after the first render moves the map and the timeline down', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    // the layout shifts of the whole load, as Lighthouse's CLS counts them (none just after an input)
    await page.addInitScript(`window.__shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node && s.node.nodeName + '.' + s.node.className).join(' ') }); }).observe({ type: 'layout-shift', buffered: true });`);
    await openApp(page);
    await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Slide PNG' })).toBeVisible();
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string }[] }).__shifts);
    // the header's export and embed buttons used to arrive a frame after it, wrapping it onto two
    // more lines: a shift of 0.07–0.13 of the map, the timeline and the filters
    expect(shifts.filter((s) => /leaflet-container|timeline-pane/.test(s.nodes))).toEqual([]);
    expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBeLessThan(0.05);
  });

  test('a record that fails validation shows which file and field, and nothing else', async ({ page }) => {
    const broken = structuredClone(record) as unknown as { places: { lat: unknown }[] };
    broken.places[0]!.lat = 'north';
    // the bundled record is served as its own asset; hand the app a broken copy of it
    await page.route('**/assets/record*.json', (route) => route.fulfill({ json: broken }));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(RECORD_PATH);
    await expect(alert).toContainText('places[0].lat');
    await expect(page.locator('.leaflet-container')).toHaveCount(0);
    await expect(page.locator('.paragraph')).toHaveCount(0);
  });
});

test.describe('screenshots', () => {
  for (const [name, size] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(`at ${name} size, with a place selected`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page, '#place=pyongyang');
      await page.waitForTimeout(600); // let the map settle after fitting the selection
      await page.screenshot({ path: `tests/screenshots/${name}-place.png`, animations: 'disabled' });
      await openApp(page, '');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `tests/screenshots/${name}.png`, animations: 'disabled', fullPage: name === 'phone' });
      await expect(timelinePane(page)).toBeVisible();
    });
  }
});
