/**
 * Embedding: a host page on another origin drives the app in an iframe through the postMessage
 * API and hears its events; messages from a foreign origin (a sibling frame, or a host that is
 * not on the allow-list) are ignored; the Embed dialog writes a snippet that opens the same
 * state; the embed layout at 320 and 800 px (screenshots for a person to look at); and the
 * normal build served from a sub-path.
 */
import { expect, test, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { record, RECORD_PATH, watch } from './util.ts';
import { serve, type TestServer } from './static-server.ts';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const APP = `http://127.0.0.1:${PORT}`;
/** a second server: the host page, on two origins (localhost and 127.0.0.1 are different origins) */
const HOST_PORT = PORT + 1;
const HOST = `http://localhost:${HOST_PORT}`;
const FOREIGN = `http://127.0.0.1:${HOST_PORT}`;
const SUB_PORT = PORT + 2;

const tour = record.tours!.find((t) => t.id === 'class')!;
const eventTitle = (id: string) => record.events.find((e) => e.id === id)!.title;

interface Received {
  app: string;
  type: 'ready' | 'selection';
  state: { ref: { kind: string; id: string } | null; label: string | null; hash: string; tour: { id: string; step: number; count: number } | null };
}

const hostPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,">
<script>
  // what the app told us, only from the app's origin and tagged as the app's
  window.received = [];
  addEventListener('message', (e) => {
    if (e.origin === ${JSON.stringify(APP)} && e.data && e.data.app === 'record-explorer') window.received.push(e.data);
  });
  window.send = (msg) => document.getElementById('app').contentWindow.postMessage(Object.assign({ app: 'record-explorer' }, msg), ${JSON.stringify(APP)});
</script></head>
<body><h1>An article about 1965</h1>
<iframe id="app" src="${APP}/?embed=1&views=map,text&origin=${encodeURIComponent(HOST)}#place=pyongyang" width="800" height="520" title="Record explorer"></iframe>
<iframe id="foreign" src="${FOREIGN}/foreign.html" width="40" height="40" title="An advertisement"></iframe>
</body></html>`;

/** A frame of another origin on the same page: it can reach the app's window, and tries to steer it. */
const foreignPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ad</title><link rel="icon" href="data:,"><script>
  window.attack = (msg) => parent[0].postMessage(Object.assign({ app: 'record-explorer' }, msg), '*');
</script></head><body>ad</body></html>`;

let host: TestServer;
test.beforeAll(async () => {
  host = await serve({ port: HOST_PORT, pages: { '/host.html': hostPage, '/foreign.html': foreignPage } });
});
test.afterAll(async () => {
  await host?.close();
});

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);
const send = (page: Page, msg: object) => page.evaluate((m) => (window as unknown as { send: (m: object) => void }).send(m), msg);
const last = async (page: Page) => (await received(page)).at(-1);

async function appFrame(page: Page): Promise<{ frame: FrameLocator; handle: Frame }> {
  const frame = page.frameLocator('iframe#app');
  await expect(frame.locator('.embed .reader .paragraph')).toHaveCount(record.paragraphs.length, { timeout: 20_000 });
  await expect(frame.locator('.embed [data-basemap="ready"]')).toHaveCount(1, { timeout: 20_000 });
  const handle = page.frames().find((f) => f.url().startsWith(APP))!;
  return { frame, handle };
}

test.describe('embed: the host API', () => {
  test('a host page drives the app through postMessage and hears what it selects', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${HOST}/host.html`);
    const { frame } = await appFrame(page);
    const historyAtLoad = await page.evaluate(() => history.length);

    // ready, with the state the snippet opened at, and the tours the host can play
    await expect.poll(async () => (await received(page)).filter((m) => m.type === 'ready').length).toBe(1);
    const ready = (await received(page))[0]!;
    expect(ready.state).toMatchObject({ ref: { kind: 'place', id: 'pyongyang' }, label: 'Pyongyang', hash: '#place=pyongyang', tour: null });
    expect((ready as unknown as { tours: unknown }).tours).toEqual([{ id: 'class', title: tour.title, steps: tour.steps.length }]);

    // select an event: the frame shows it, the host hears it
    await send(page, { type: 'select', ref: { kind: 'event', id: 'tunnels-pyongyang' } });
    await expect(frame.locator('.detail h2')).toHaveText(eventTitle('tunnels-pyongyang'));
    await expect.poll(async () => (await last(page))?.state.ref).toEqual({ kind: 'event', id: 'tunnels-pyongyang' });
    expect((await last(page))!).toMatchObject({ type: 'selection', state: { label: eventTitle('tunnels-pyongyang'), hash: '#event=tunnels-pyongyang' } });

    // a tour step (counted from 1), then next and prev
    await send(page, { type: 'tour', tour: 'class', step: 2 });
    await expect(frame.locator('.embed .bar h1')).toHaveText(tour.steps[1]!.title);
    await expect(frame.locator('.embed .narration')).toHaveText(tour.steps[1]!.narration);
    await expect.poll(async () => (await last(page))?.state.tour).toEqual({ id: 'class', step: 2, count: tour.steps.length });
    await send(page, { type: 'next' });
    await expect(frame.locator('.embed .bar h1')).toHaveText(tour.steps[2]!.title);
    await expect.poll(async () => (await last(page))?.state.tour?.step).toBe(3);
    await send(page, { type: 'prev' });
    await expect.poll(async () => (await last(page))?.state.tour?.step).toBe(2);
    expect((await last(page))!.state.hash).toBe('#tour=class&step=2');

    // reset: back to how the embed opened
    await send(page, { type: 'reset' });
    await expect(frame.locator('.detail h2')).toHaveText('Pyongyang');
    await expect.poll(async () => (await last(page))?.state).toMatchObject({ ref: { kind: 'place', id: 'pyongyang' }, tour: null });

    // a reader's own click inside the frame is heard too
    await frame.locator('.reader [data-mention^="place/japan/"]').first().click();
    await expect.poll(async () => (await last(page))?.state.ref).toEqual({ kind: 'place', id: 'japan' });

    // the frame wrote its state with replaceState: the host page's history did not grow
    expect(await page.evaluate(() => history.length)).toBe(historyAtLoad);
    expect(errors).toEqual([]);
  });

  test('commands from a foreign origin are ignored: a sibling frame, and a host not on the allow-list', async ({ page }) => {
    await page.goto(`${HOST}/host.html`);
    const { frame } = await appFrame(page);
    await expect.poll(async () => (await received(page)).length).toBe(1);

    // a frame of another origin on the same page reaches the app's window and posts to it
    const foreign = page.frames().find((f) => f.url().startsWith(`${FOREIGN}/foreign.html`))!;
    await foreign.evaluate(() => (window as unknown as { attack: (m: object) => void }).attack({ type: 'select', ref: { kind: 'place', id: 'japan' } }));
    await foreign.evaluate(() => (window as unknown as { attack: (m: object) => void }).attack({ type: 'tour', tour: 'class', step: 5 }));
    // then the real host: its command is obeyed, so the foreign ones had their chance to arrive first
    await send(page, { type: 'select', ref: { kind: 'place', id: 'china' } });
    await expect(frame.locator('.detail h2')).toHaveText('China');
    const heard = await received(page);
    expect(heard.map((m) => m.state.ref?.id)).toEqual(['pyongyang', 'china']);
    expect(heard.every((m) => m.state.tour === null)).toBe(true);

    // the same page served from an origin that is not allowed: it can neither steer nor hear the app
    const other = await page.context().newPage();
    await other.goto(`${FOREIGN}/host.html`);
    const { frame: frame2 } = await appFrame(other);
    await send(other, { type: 'select', ref: { kind: 'place', id: 'japan' } });
    await frame2.locator('.reader [data-mention^="place/south-korea/"]').first().click();
    await expect(frame2.locator('.detail h2')).toHaveText('South Korea');
    await other.waitForTimeout(300);
    expect(await received(other)).toEqual([]);
    await expect(frame2.locator('.detail h2')).toHaveText('South Korea');
  });
});

test.describe('embed: layout and dialog', () => {
  test('the Embed dialog writes a snippet that opens the same state with the chosen views and theme', async ({ page, context }) => {
    const w = watch(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
    await page.goto('/#event=tunnels-pyongyang');
    await expect(page.locator('.reader .paragraph')).toHaveCount(record.paragraphs.length);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`event “${eventTitle('tunnels-pyongyang')}”`);
    await dialog.getByLabel('Timeline').uncheck();
    await dialog.getByLabel('Dark').check();
    await dialog.getByLabel('Height (px)').fill('420');
    await dialog.getByLabel(/Your page's origin/).fill('https://news.example/story/1');
    const snippet = await dialog.getByLabel('Paste this into your page').inputValue();
    // the embed's language is the interface's (English here) unless another is chosen
    const src = `${APP}/?embed=1&amp;views=map,text&amp;theme=dark&amp;lang=en&amp;origin=https%3A%2F%2Fnews.example#event=tunnels-pyongyang`;
    expect(snippet).toContain(`<iframe src="${src}"`);
    expect(snippet).toContain('height="420"');
    expect(snippet).toContain(`title="${record.title}: map, text"`);
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    // the last view cannot be unticked
    await dialog.getByLabel('Map').uncheck();
    await expect(dialog.getByLabel('Text')).toBeDisabled();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    // the URL in the snippet opens at the event, with map and text only, dark, no editing toolbar
    await page.goto(src.replaceAll('&amp;', '&'));
    await expect(page.locator('.embed.dark')).toBeVisible();
    await expect(page.locator('.embed .detail h2')).toHaveText(eventTitle('tunnels-pyongyang'));
    await expect(page.locator('.embed .map-pane')).toBeVisible();
    await expect(page.locator('.embed .timeline-pane')).toHaveCount(0);
    await expect(page.locator('.workbench')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit tours' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open full view/ })).toHaveAttribute('href', `${APP}/?lang=en#event=tunnels-pyongyang`);
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  for (const [width, height] of [[320, 560], [800, 520]] as const) {
    test(`the embed layout works in a ${width} px frame`, async ({ page }) => {
      const w = watch(page);
      await page.setViewportSize({ width, height });
      await page.goto('/?embed=1#place=pyongyang');
      await expect(page.locator('.embed .reader .paragraph')).toHaveCount(record.paragraphs.length);
      await expect(page.locator('.embed [data-basemap="ready"]')).toHaveCount(1);
      // all three views on screen, none squeezed to nothing, nothing wider than the frame
      for (const pane of ['.map-pane', '.timeline-pane', '.text-pane']) {
        const box = (await page.locator(`.embed ${pane}`).boundingBox())!;
        expect(box.width, pane).toBeGreaterThanOrEqual(width < 640 ? width - 1 : 200);
        expect(box.height, pane).toBeGreaterThanOrEqual(110);
        expect(box.y + box.height, pane).toBeLessThanOrEqual(height + 1);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expect(page.getByRole('link', { name: /Open full view/ })).toBeInViewport();
      await page.screenshot({ path: `tests/screenshots/embed-${width}.png`, animations: 'disabled' });
      // the views are linked in the small frame too: a timeline click shows its place on the map
      const ev = record.events.find((e) => e.id === 'tunnels-pyongyang')!;
      await page.locator('.embed .timeline-pane').getByRole('button', { name: ev.title, exact: true }).click();
      await expect(page.locator('.embed .map-pane').getByRole('button', { name: 'Pyongyang', exact: true })).toHaveClass(/focused|selected/);
      await expect(page.locator(`.embed .reader [data-mention^="event/${ev.id}/"]`).first()).toHaveClass(/lit/);
      expect(w.external).toEqual([]);
      expect(w.errors).toEqual([]);
    });
  }

  test('a tour step embeds with its narration and steps, dark', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 520 });
    await page.goto('/?embed=1&theme=dark&views=map,timeline#tour=class&step=2');
    await expect(page.locator('.embed .bar h1')).toHaveText(tour.steps[1]!.title);
    await expect(page.locator('.embed [data-basemap="ready"]')).toHaveCount(1);
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page.locator('.embed .bar h1')).toHaveText(tour.steps[2]!.title);
    await expect(page).toHaveURL(/#tour=class&step=3$/);
    await page.waitForTimeout(1_500); // the map's flight to the step ends
    await page.screenshot({ path: 'tests/screenshots/embed-800-dark-tour.png', animations: 'disabled' });
  });
});

test('the normal build works from a static server under a sub-path', async ({ page }) => {
  const dir = resolve(process.env.E2E_OUT ?? 'dist');
  const sub = await serve({ port: SUB_PORT, mount: { prefix: '/some/sub/path/', dir } });
  try {
    const origin = `http://127.0.0.1:${SUB_PORT}`;
    const w = watch(page, origin);
    await page.goto(`${origin}/some/sub/path/#place=pyongyang`);
    await expect(page.locator('.reader .paragraph')).toHaveCount(record.paragraphs.length);
    await expect(page.locator('.map-pane [data-basemap="ready"]')).toHaveCount(1);
    await expect(page.locator('.detail h2')).toHaveText('Pyongyang');
    // scripts, styles, the record and the basemap all came from under the sub-path
    expect(sub.requests.every((p) => p.startsWith('/some/sub/path/'))).toBe(true);
    expect(sub.requests.some((p) => p.endsWith('.js'))).toBe(true);
    expect(sub.requests.some((p) => /record.*\.json$/.test(p))).toBe(true);
    const res = await page.request.get(`${origin}/some/sub/path/${RECORD_PATH}`);
    expect(res.ok()).toBe(true);
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  } finally {
    await sub.close();
  }
});
