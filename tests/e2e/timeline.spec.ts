import { expect, test } from '@playwright/test';
import { openApp, placeMarker, record, timelinePane } from './util.ts';

const stage = (page: import('@playwright/test').Page) => timelinePane(page).getByRole('region', { name: /^Events in time/ });

test.describe('the timeline', () => {
  test('zooms with + and − and pans with the arrow keys', async ({ page }) => {
    await openApp(page);
    const s = stage(page);
    await s.focus();
    const before = await s.getAttribute('aria-label');
    await page.keyboard.press('+');
    await expect(s).not.toHaveAttribute('aria-label', before!);
    const zoomed = await s.getAttribute('aria-label');
    await page.keyboard.press('ArrowLeft');
    await expect(s).not.toHaveAttribute('aria-label', zoomed!);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect(timelinePane(page).getByRole('button', { name: 'Zoom in' })).toBeEnabled();
  });

  test('a drag pans with a grabbing hand; a press that stays a click shows none', async ({ page }) => {
    await openApp(page);
    const s = stage(page);
    await timelinePane(page).getByRole('button', { name: 'Zoom in' }).click();
    const box = (await s.boundingBox())!;
    const cursor = () => s.evaluate((el) => getComputedStyle(el).cursor);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 30);
    await page.mouse.down();
    expect(await cursor()).toBe('grab');
    const before = await s.getAttribute('aria-label');
    for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width / 2 - i * 20, box.y + box.height - 30);
    expect(await cursor()).toBe('grabbing');
    await page.mouse.up();
    await expect(s).not.toHaveAttribute('aria-label', before!);
    expect(await cursor()).toBe('grab');
  });

  test('Ctrl + wheel zooms; the plain wheel leaves the time scale alone', async ({ page }) => {
    await openApp(page);
    const s = stage(page);
    const box = (await s.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await s.getAttribute('aria-label');
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(200);
    expect(await s.getAttribute('aria-label')).toBe(before);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await expect(s).not.toHaveAttribute('aria-label', before!);
  });

  test('a time window limits the map to places touched by events in it', async ({ page }) => {
    await openApp(page);
    // Africa has no dated event of its own: with any window it leaves the map
    const africa = record.places.find((p) => p.id === 'africa')!;
    expect(record.events.some((e) => e.places.includes('africa'))).toBe(false);
    await expect(placeMarker(page, africa.name)).toHaveCount(1);
    await stage(page).focus();
    await page.keyboard.press('+');
    await timelinePane(page).getByRole('button', { name: 'Window = view' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Time window' })).toBeVisible();
    await expect(placeMarker(page, africa.name)).toHaveCount(0);
    await timelinePane(page).getByRole('button', { name: 'Clear window' }).click();
    await expect(placeMarker(page, africa.name)).toHaveCount(1);
  });
});
