import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ArchivalRecord } from '../../src/lib/model/types.ts';

export const RECORD_PATH = 'data/records/prc-fma-106-01479-08/record.json';
export const record = JSON.parse(readFileSync(new URL(`../../${RECORD_PATH}`, import.meta.url), 'utf8')) as ArchivalRecord;

/** Everything the page did that it should not: console errors, page errors, requests off its origin. */
export interface Watch {
  errors: string[];
  external: string[];
}

export function watch(page: Page, origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`): Watch {
  const w: Watch = { errors: [], external: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  // a Content-Security-Policy violation is reported on the console as an error, caught above
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) w.external.push(url);
  });
  return w;
}

/** Open the app (optionally at a hash) and wait until the three views are drawn. */
export async function openApp(page: Page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(page.locator('.reader .paragraph')).toHaveCount(record.paragraphs.length);
  await expect(page.locator('.map-pane .leaflet-container')).toBeVisible();
  // the basemap is fetched after first paint; wait for it so screenshots and checks see it
  await expect(page.locator('.map-pane [data-basemap="ready"]')).toHaveCount(1);
  await expect(page.locator('.timeline-pane [data-event]:not(.offscreen)').first()).toBeVisible();
}

/**
 * Wait until the map's flight and the timeline's ease are over: the map's pane, its markers and
 * the timeline's marks hold still for 300 ms. A selection by address (`#event=`) in an open page
 * starts both; an audit run mid-flight sees markers passing under the timeline's toolbar.
 */
export async function settled(page: Page) {
  const shot = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.leaflet-map-pane, .leaflet-marker-icon, .timeline-pane [data-event]')]
        .map((e) => {
          const b = e.getBoundingClientRect();
          return `${Math.round(b.x)},${Math.round(b.y)},${Math.round(b.width)}`;
        })
        .join(' '),
    );
  let last = await shot();
  let still = 0;
  for (let i = 0; i < 80 && still < 3; i++) {
    await page.waitForTimeout(100);
    const now = await shot();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  expect(still, 'the map and the timeline come to rest within 8 s').toBe(3);
}

/** Open kiosk mode with these query options and wait until its text and basemap are drawn. */
export async function openKiosk(page: Page, query: string) {
  await page.goto(`/?kiosk=1&${query}`);
  // generous: on a shared two-core machine the first paint can be slow
  await expect(page.locator('.kiosk')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.kiosk .reader .paragraph')).toHaveCount(record.paragraphs.length, { timeout: 20_000 });
  await expect(page.locator('.kiosk [data-basemap="ready"]')).toHaveCount(1, { timeout: 20_000 });
}

export const mapPane = (page: Page) => page.locator('.map-pane');
export const timelinePane = (page: Page) => page.locator('.timeline-pane');
export const readerPane = (page: Page) => page.locator('.reader-pane');

export function placeMarker(page: Page, name: string) {
  return mapPane(page).getByRole('button', { name, exact: true });
}

export function timelineEvent(page: Page, title: string) {
  return timelinePane(page).getByRole('button', { name: title, exact: true });
}
