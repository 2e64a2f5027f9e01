/**
 * The one offline file (`npm run build:single`): built here, opened from disk (file://) with
 * every request that is not file: or data: refused and the browser offline. It shows map,
 * timeline and text, its own Content-Security-Policy reports no violation, and the views link
 * as in the main build: a marker click lights the paragraph, a mention click selects the marker,
 * a timeline click shows the place.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { record } from './util.ts';
import { SINGLE_FILE_BUDGET } from '../../scripts/single-file-plugins.ts';

const OUT = resolve(`${process.env.E2E_OUT ?? 'dist'}-single`);
const FILE = resolve(OUT, 'record-explorer.html');
const pyongyang = record.places.find((p) => p.id === 'pyongyang')!;

test.beforeAll(() => {
  // the same command as `npm run build:single`, into a directory of this run's own
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.single.config.ts'], {
    env: { ...process.env, SINGLE_OUT: OUT },
    stdio: 'pipe',
    timeout: 180_000,
  });
});

async function openOffline(page: Page, hash = '') {
  const refused: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  await page.context().setOffline(true);
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => !r.url().startsWith('file:') && !r.url().startsWith('data:') && refused.push(r.url()));
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(pathToFileURL(FILE).href + hash);
  await expect(page.locator('.reader .paragraph')).toHaveCount(record.paragraphs.length, { timeout: 20_000 });
  await expect(page.locator('.map-pane .leaflet-container')).toBeVisible();
  await expect(page.locator('.map-pane [data-basemap="ready"]')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('.timeline-pane [data-event]:not(.offscreen)').first()).toBeVisible();
  return { refused, problems, csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

const marker = (page: Page, name: string) => page.locator('.map-pane').getByRole('button', { name, exact: true });

test.describe('the single offline file', () => {
  test('is one file with everything inside, within its budget, under a hash-based policy', () => {
    const html = readFileSync(FILE, 'utf8');
    expect(statSync(FILE).size).toBeLessThan(SINGLE_FILE_BUDGET);
    // nothing to fetch: no src= or href= to a file, every script inline and allowed by its hash
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).toMatch(/content="default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; /);
    expect(html).not.toContain("'unsafe-eval'");
    expect(html).toContain('data:application/json;charset=utf-8,');
  });

  test('works from disk with the network off, and links its views as the main build does', async ({ page }) => {
    const o = await openOffline(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(record.title);
    // a file on disk has no address to embed
    await expect(page.getByRole('button', { name: 'Embed', exact: true })).toHaveCount(0);

    // a marker click lights the paragraphs and mentions
    await marker(page, pyongyang.name).click();
    await expect(marker(page, pyongyang.name)).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(/#place=pyongyang$/);
    await expect(page.locator('.reader-pane a.mention.lit')).toHaveCount(pyongyang.mentions.length);
    for (const m of pyongyang.mentions) await expect(page.locator(`.reader-pane .paragraph[data-part="${m.paragraph}"]`)).toHaveClass(/lit/);

    // a mention click selects the marker
    await page.locator('.reader-pane [data-mention^="place/south-korea/"]').first().click();
    await expect(page).toHaveURL(/#place=south-korea$/);
    await expect(marker(page, 'South Korea')).toHaveAttribute('aria-current', 'true');

    // a timeline click shows the event's place on the map, in view
    const ev = record.events.find((e) => e.places.includes('pyongyang') && e.basis === 'text')!;
    await page.locator('.timeline-pane').getByRole('button', { name: ev.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#event=${ev.id}$`));
    await expect(marker(page, pyongyang.name)).toHaveClass(/lit|focus/);
    await expect(marker(page, pyongyang.name)).toBeInViewport();

    // zoomed in, the 1:50m basemap is inside the file too: no warning that it could not load
    await page.locator('.map-pane .leaflet-control-zoom-in').click();
    await page.locator('.map-pane .leaflet-control-zoom-in').click();
    await page.waitForTimeout(800);

    expect(await o.csp()).toEqual([]);
    expect(o.problems).toEqual([]);
    expect(o.refused).toEqual([]);
  });

  test('kiosk mode runs from the file too', async ({ page }) => {
    await page.context().setOffline(true);
    await page.goto(`${pathToFileURL(FILE).href}?kiosk=1&dwell=600`);
    await expect(page.locator('.kiosk .count')).toHaveText(`Step 1 of ${record.tours![0]!.steps.length}`, { timeout: 20_000 });
    await expect(page.locator('.kiosk [data-basemap="ready"]')).toHaveCount(1, { timeout: 20_000 });
  });
});
