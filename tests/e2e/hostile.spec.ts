import { expect, test } from '@playwright/test';
import { hostileRecord, PAYLOADS } from '../fixtures/hostile-record.ts';
import { validateRecord } from '../../src/lib/model/validate.ts';
import { mapPane, timelinePane, watch } from './util.ts';

test('a record made of script payloads shows them as text and runs or fetches nothing', async ({ page }) => {
  const rec = hostileRecord();
  expect(validateRecord(rec, 'hostile').ok).toBe(true);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const w = watch(page);
  await page.route('**/assets/record*.json', (route) => route.fulfill({ json: rec }));
  await page.goto('/');
  await expect(page.locator('.paragraph')).toHaveCount(2);
  await expect(page.locator('.map-pane [data-basemap="ready"]')).toHaveCount(1);
  await expect(timelinePane(page).locator('[data-event]')).toHaveCount(2);

  // exercise every view: select, hover, open the lists
  await page.locator('[data-mention^="place/pyongyang/"]').first().click();
  await page.locator('[data-mention^="event/tunnels/"]').first().hover();
  await mapPane(page).getByRole('button', { name: rec.places[0]!.name }).hover();
  for (const tab of ['Places', 'Events', 'People', 'Text']) await page.getByRole('tab', { name: tab }).click();
  await page.waitForTimeout(300);

  // the payloads are on screen as text…
  await expect(page.locator('.paragraph').first()).toContainText(PAYLOADS[0]!);
  await expect(page.locator('.paragraph').first()).toContainText(PAYLOADS[1]!);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>');
  // …and none became an element, ran, or fetched
  expect(await page.locator('.explorer img, .explorer iframe, .explorer script, .explorer svg[onload]').count()).toBe(0);
  expect(await page.locator('[onerror], [onload]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(w.external).toEqual([]);
  expect(w.errors).toEqual([]);
});
