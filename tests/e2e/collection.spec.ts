import { expect, test, type Page } from '@playwright/test';
import { generateCollection, type Generated } from '../../scripts/bench/generate-collection.ts';
import { mergeCollection } from '../../src/lib/collection/merge-collection.ts';
import { mapPane, openApp, placeMarker, readerPane, record, timelinePane, watch } from './util.ts';

/** Serve a generated collection under /e2e/<name>/ (manifest, and records/<id>.json beside it). */
async function serveCollection(page: Page, name: string, g: Generated) {
  const files = new Map<string, unknown>([[`e2e/${name}/collection.json`, g.manifest]]);
  for (const r of g.records) files.set(`e2e/${name}/records/${r.id}.json`, r);
  await page.route(`**/e2e/${name}/**`, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\//, '');
    const body = files.get(path);
    return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ json: body });
  });
}

async function openCollection(page: Page, name: string, hash = '') {
  await page.goto(`/?collection=e2e/${name}/collection.json${hash}`);
  await expect(page.locator('.reader .paragraph').first()).toBeVisible();
  await expect(page.locator('.map-pane .leaflet-container')).toBeVisible();
}

const small = generateCollection({ seed: 11, records: 3, events: 30, places: 20, mentions: 150 });
const smallMerged = mergeCollection(small.manifest.id, small.manifest.title, small.records);
const [first, second, third] = small.records as [Generated['records'][number], Generated['records'][number], Generated['records'][number]];

test.describe('collections', () => {
  test('the bundled record opens as a collection of one: no switcher, the same links', async ({ page }) => {
    await openApp(page, '#place=pyongyang');
    await expect(page.getByRole('group', { name: 'Record in the collection' })).toHaveCount(0);
    await expect(placeMarker(page, 'Pyongyang')).toHaveAttribute('aria-current', 'true');
  });

  test('the bundled collection manifest is served beside the built app and opens the record', async ({ page }) => {
    const w = watch(page);
    await page.goto('/?collection=data/collections/prc-fma-1965/collection.json#place=pyongyang');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(record.title);
    await expect(page.locator('.reader .paragraph')).toHaveCount(record.paragraphs.length);
    await expect(placeMarker(page, 'Pyongyang')).toHaveAttribute('aria-current', 'true');
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  test('a collection shows every record on map and timeline, and one record in the reader', async ({ page }) => {
    const w = watch(page);
    await serveCollection(page, 'small', small);
    await openCollection(page, 'small');
    const switcher = page.getByRole('group', { name: 'Record in the collection' });
    await expect(switcher.getByRole('combobox')).toHaveValue(first.id);
    await expect(switcher.getByRole('option')).toHaveCount(3);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
    // every record's events are on the timeline; the reader holds the first record's paragraphs
    await expect(timelinePane(page).locator('[data-event]')).toHaveCount(30);
    await expect(page.locator('.reader .paragraph')).toHaveCount(first.paragraphs.length);
    // one marker per place, shared ones once
    await expect(mapPane(page).locator('.place-marker')).toHaveCount(smallMerged.merged.places.length);
    await switcher.getByRole('button', { name: 'Next record' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
    await expect(page).toHaveURL(new RegExp(`#record=${second.id}$`));
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  test('a place named in two records is one place, lit in the text of each', async ({ page }) => {
    await serveCollection(page, 'small', small);
    const [id, origins] = [...smallMerged.origins.place].find(([, o]) => o.length > 1 && o.some((x) => x.record === first.id))!;
    const place = smallMerged.merged.places.find((p) => p.id === id)!;
    const other = origins.find((o) => o.record !== first.id)!;
    await openCollection(page, 'small');
    await placeMarker(page, place.name).click();
    await expect(placeMarker(page, place.name)).toHaveAttribute('aria-current', 'true');
    const lit = readerPane(page).locator(`a.mention.lit[data-mention^="place/${id}/"]`);
    await expect(lit.first()).toBeVisible();
    // the other record names it under its own id; the link does too
    await page.getByRole('group', { name: 'Record in the collection' }).getByRole('combobox').selectOption(other.record);
    await expect(page).toHaveURL(new RegExp(`#record=${other.record}&place=${other.local}$`));
    await expect(lit.first()).toBeVisible();
    await expect(placeMarker(page, place.name)).toHaveAttribute('aria-current', 'true');
  });

  test('a deep link names the record; choosing another record\'s event brings its text; back goes back', async ({ page }) => {
    await serveCollection(page, 'small', small);
    const ev = third.events[0]!;
    await openCollection(page, 'small', `#record=${third.id}&event=${ev.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(third.title);
    // the switcher names the record the link names, and follows when another view changes it
    const choice = page.getByRole('group', { name: 'Record in the collection' }).getByRole('combobox');
    await expect(choice).toHaveValue(third.id);
    await expect(choice.getByRole('option')).toHaveText(small.records.map((r, i) => `${i + 1}. ${r.title}`));
    const button = timelinePane(page).locator(`[data-event="${third.id}:${ev.id}"]`);
    await expect(button).toHaveAttribute('aria-current', 'true');
    await expect(readerPane(page).locator(`a.mention.lit[data-mention^="event/${third.id}:${ev.id}/"]`).first()).toBeVisible();

    const other = first.events.find((e) => e.basis === 'text')!;
    // by keyboard: it may be out of view, and focus brings it in
    await timelinePane(page).locator(`[data-event="${first.id}:${other.id}"]`).focus();
    await page.keyboard.press('Enter');
    // the first record is the default: its links need no record=
    await expect(page).toHaveURL(new RegExp(`#event=${other.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
    await expect(choice).toHaveValue(first.id);
    // its whole text, and then every paragraph that mentions anything has its links (those with
    // nothing lit get theirs a frame after the words)
    await expect(readerPane(page).locator('.paragraph p')).toHaveText(first.paragraphs.map((p) => p.text));
    const mentioned = new Set([...first.places, ...first.events, ...(first.people ?? [])].flatMap((x) => x.mentions.map((m) => m.paragraph)));
    await expect
      .poll(() => readerPane(page).locator('.paragraph').evaluateAll((els) => els.map((el) => el.querySelector('a.mention') !== null)))
      .toEqual(first.paragraphs.map((p) => mentioned.has(p.id)));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`#record=${third.id}&event=${ev.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(third.title);
    await expect(button).toHaveAttribute('aria-current', 'true');
    await expect(choice).toHaveValue(third.id);
    // and choosing in it brings that record's text
    await choice.selectOption(second.id);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
  });

  test('another record\'s text opens at its top: one screen in the click\'s frame, the rest after it, then the glide to the words', async ({ page }) => {
    const long = generateCollection({ seed: 13, records: 2, events: 16, places: 12, mentions: 400 });
    const b = long.records[1]!;
    await serveCollection(page, 'long', long);
    await openCollection(page, 'long');
    const scroll = page.locator('.reader-pane .scroll');
    // read a way down the first record
    await scroll.evaluate((el) => el.scrollTo({ top: 1500 }));
    await expect.poll(() => scroll.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
    // the second record's event named furthest down its text
    const depth = (e: (typeof b.events)[number]) => Math.max(...e.mentions.map((m) => b.paragraphs.findIndex((p) => p.id === m.paragraph)));
    const deep = b.events.filter((e) => e.mentions.length > 0).sort((x, y) => depth(y) - depth(x))[0]!;
    expect(depth(deep)).toBeGreaterThan(8);
    // what the click's frame shows: read in the task after that frame, before the app's own
    // (this frame callback is asked for first, in the event's capture phase)
    await page.evaluate(() =>
      addEventListener(
        'click',
        () =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const sc = document.querySelector('.reader-pane .scroll')!;
              const body = document.querySelector('.reader .body')!;
              (window as unknown as { frame: unknown }).frame = {
                title: document.querySelector('h1')!.textContent,
                top: sc.scrollTop,
                rows: body.children.length,
                filled: body.getBoundingClientRect().bottom >= sc.getBoundingClientRect().bottom,
              };
            }, 0),
          ),
        { capture: true, once: true },
      ),
    );
    await timelinePane(page).locator(`[data-event="${b.id}:${deep.id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { frame?: unknown }).frame)).toBeDefined();
    const frame = (await page.evaluate(() => (window as unknown as { frame: unknown }).frame)) as { title: string; top: number; rows: number; filled: boolean };
    // the new record, from its top, as far as the reader shows and no further
    expect(frame.title).toBe(b.title);
    expect(frame.top).toBe(0);
    expect(frame.rows).toBeGreaterThan(0);
    expect(frame.rows).toBeLessThan(b.paragraphs.length / 2);
    expect(frame.filled).toBe(true);
    // then the whole text, and the glide to the lit words
    await expect(readerPane(page).locator('.paragraph p')).toHaveText(b.paragraphs.map((p) => p.text));
    await expect(readerPane(page).locator(`a.mention.lit[data-mention^="event/${b.id}:${deep.id}/"]`).first()).toBeInViewport();
  });

  test('a collection with a broken record names the file and field, and shows nothing else', async ({ page }) => {
    const broken = structuredClone(small);
    (broken.records[1]!.places[0] as unknown as { lat: unknown }).lat = 'north';
    await serveCollection(page, 'broken', broken);
    await page.goto('/?collection=e2e/broken/collection.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`e2e/broken/records/${broken.records[1]!.id}.json`);
    await expect(alert).toContainText('places[0].lat');
    await expect(page.locator('.leaflet-container')).toHaveCount(0);
  });

  test('at scale: the timeline draws on a canvas, the map counts crowds, and a click on a mark selects it', async ({ page }) => {
    const w = watch(page);
    const big = generateCollection({ seed: 12, records: 40, events: 800, places: 500, mentions: 4000 });
    await serveCollection(page, 'big', big);
    await openCollection(page, 'big');
    const canvas = timelinePane(page).locator('canvas.marks');
    await expect(canvas).toBeVisible();
    await expect(timelinePane(page).locator('button[data-event]')).toHaveCount(0);
    await expect(mapPane(page).locator('.place-cluster').first()).toBeVisible();
    expect(await mapPane(page).locator('.place-marker').count()).toBeLessThan(500);
    // the top layer holds only the raised marks (selected, focused, hovered): none yet
    const raised = timelinePane(page).locator('canvas.raised');
    const paintedShare = () =>
      raised.evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]) n++;
        return n / (c.width * c.height);
      });
    expect(await paintedShare()).toBe(0);
    // find a mark: the canvas shows a pointer over one
    const box = (await canvas.boundingBox())!;
    let hit: { x: number; y: number } | null = null;
    for (let lane = 0; lane < 6 && !hit; lane++) {
      for (let x = box.x + 24; x < box.x + box.width - 24 && !hit; x += 9) {
        const y = box.y + 20 + lane * 26 + 20.5;
        await page.mouse.move(x, y);
        if (await canvas.evaluate((c) => c.classList.contains('pointing'))) hit = { x, y };
      }
    }
    expect(hit).not.toBeNull();
    await page.mouse.click(hit!.x, hit!.y);
    await expect(page).toHaveURL(/event=ev-\d+$/);
    await expect(page.locator('.detail h2')).toBeVisible();
    // the selected mark is drawn on the top layer, where it was clicked; the rest of that layer is clear
    const alphaAtClick = await raised.evaluate((c: HTMLCanvasElement, p) => {
      const r = c.getBoundingClientRect();
      const k = c.width / r.width;
      return c.getContext('2d')!.getImageData(Math.round((p.x - r.left) * k), Math.round((p.y - r.top) * k), 1, 1).data[3];
    }, hit!);
    expect(alphaAtClick).toBeGreaterThan(0);
    const share = await paintedShare();
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(0.2);
    await expect(readerPane(page).locator('a.mention.lit').first()).toBeVisible();
    await expect(mapPane(page).locator('.place-marker.focused, .place-marker.selected').first()).toBeAttached();
    // a second click on it lets it go; with the pointer gone too, the top layer is clear again
    await page.mouse.click(hit!.x, hit!.y);
    await expect(page).not.toHaveURL(/event=/);
    await page.mouse.move(5, 5);
    await expect.poll(paintedShare).toBe(0);
    // the Events list is the keyboard way to every event: a window of rows, not 800 buttons
    await page.getByRole('tab', { name: 'Events' }).click();
    const rows = page.locator('.index-list li');
    expect(await rows.count()).toBeLessThan(200);
    await expect(rows.first()).toHaveAttribute('aria-setsize', '800');
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  test('the code a collection fetches beside its data carries V8\'s compile hint, and no other code does', async ({ page }) => {
    const heads = new Map<string, string>();
    page.on('response', (r) => {
      const name = new URL(r.url()).pathname.split('/').pop()!;
      // a chunk still arriving as the test ends (the handout, the editor) cannot be read: not a failure
      if (name.endsWith('.js')) r.text().then((text) => heads.set(name, text.slice(0, 40)), () => {});
    });
    const big = generateCollection({ seed: 12, records: 40, events: 800, places: 500, mentions: 4000 });
    await serveCollection(page, 'hinted', big);
    await openCollection(page, 'hinted');
    await expect(timelinePane(page).locator('canvas.marks')).toBeVisible();
    await expect.poll(() => [...heads.keys()].filter((n) => /^(TimelineCanvas|place-clusters)-/.test(n)).length).toBe(2);
    const hinted = [...heads].filter(([, head]) => head.startsWith('//# allFunctionsCalledOnLoad\n')).map(([n]) => n.replace(/-[\w-]{8}\.js$/, ''));
    expect(hinted.sort()).toEqual(['TimelineCanvas', 'place-clusters']);
    // the entry among the rest, unhinted: compiled whole, it would hold up everything after it
    expect([...heads.keys()].some((n) => /^index-/.test(n))).toBe(true);
  });
});

test.describe('screenshots', () => {
  const big = generateCollection({ seed: 12, records: 40, events: 800, places: 500, mentions: 4000 });
  for (const [name, size] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(`a collection at scale, at ${name} size, whole and with an event selected`, async ({ page }) => {
      await page.setViewportSize(size);
      await serveCollection(page, 'big', big);
      await openCollection(page, 'big');
      // the whole collection: the canvas timeline and the map's crowds
      await expect(timelinePane(page).locator('canvas.marks')).toBeVisible();
      await expect(mapPane(page).locator('.place-cluster').first()).toBeVisible();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `tests/screenshots/collection-${name}.png`, animations: 'disabled' });
      // a deep link to another record's event: the switcher names that record, the detail the event
      const record = big.records[7]!;
      const event = record.events[0]!;
      await openCollection(page, 'big', `#record=${record.id}&event=${event.id}`);
      await expect(page.locator('.switcher select')).toHaveValue(record.id);
      await expect(page.locator('.detail h2')).toHaveText(event.title);
      await expect(mapPane(page).locator('.place-marker.focused, .place-marker.selected').first()).toBeAttached();
      await page.waitForTimeout(900); // the map's flight to the selection
      await page.screenshot({ path: `tests/screenshots/collection-${name}-event.png`, animations: 'disabled' });
    });
  }
});
