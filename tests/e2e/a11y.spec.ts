/**
 * axe-core finds no WCAG 2.2 AA violation in any mode the app has: explore (desktop, phone, each
 * interface language), presentation, the presenter's window, the printed handout, the tour
 * editor, and the editing and import panels.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, record, settled } from './util.ts';
import { audit, summary } from './axe-audit.ts';

const expectClean = async (page: Page) => expect(summary(await audit(page))).toEqual([]);

// an axe run takes seconds, and several tests here run many: room for a busy machine
test.describe.configure({ timeout: 180_000 });

for (const [name, size] of [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`axe finds no WCAG 2.2 AA violation in the explorer at ${name} size, idle and with a selection`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await expectClean(page);
    await openApp(page, '#event=tunnels-east-west-complete');
    await settled(page);
    await expectClean(page);
  });
}

test('axe: the explorer in Chinese and in Korean, with the Places and Events lists open', async ({ browser }) => {
  for (const locale of ['zh-CN', 'ko-KR']) {
    const context = await browser.newContext({ locale, timezoneId: 'UTC', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await openApp(page, '#place=pyongyang');
    await expectClean(page);
    await page.locator('#tab-place').click();
    await expectClean(page);
    await page.locator('#tab-event').click();
    await expectClean(page);
    await context.close();
  }
});

test('axe: presentation mode, at the first and a later step', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/#tour=class&step=1&view=present');
  await expect(page.locator('.presentation')).toBeVisible();
  await expect(page.locator('.presentation [data-basemap="ready"]')).toHaveCount(1);
  await expectClean(page);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=2&view=present$/);
  await page.waitForTimeout(1200); // the map's fly and the timeline's ease settle
  await expectClean(page);
});

test("axe: the presenter's window", async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 720 });
  await page.goto('/#tour=class&step=2&view=presenter');
  await expect(page.locator('.presenter h1')).toHaveText(record.tours![0]!.steps[1]!.title);
  await expectClean(page);
});

test('axe: the printed handout (print media), for a tour step', async ({ page }) => {
  await openApp(page, '#tour=class&step=3');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toBeVisible();
  await expect(page.locator('.handout .map svg')).toBeVisible();
  await expectClean(page);
  await page.emulateMedia({ media: 'screen' });
});

test('axe: the tour editor, the edit panel, and the import dialog before and after reading a file', async ({ page }) => {
  await openApp(page, '#place=pyongyang');
  await page.getByRole('button', { name: 'Edit tours' }).click();
  await expect(page.getByRole('dialog', { name: 'Tours' })).toBeVisible();
  await expectClean(page);
  await page.getByRole('button', { name: 'Close editor' }).click();

  const bar = page.getByRole('toolbar', { name: 'Your record' });
  await bar.getByRole('button', { name: 'Edit record', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Edit the record' });
  await expect(panel).toBeVisible();
  await panel.getByRole('combobox', { name: 'Place' }).selectOption('pyongyang');
  await panel.getByRole('combobox', { name: 'Event' }).selectOption(record.events[0]!.id);
  // words selected in the reader open the "mark words" form
  await page.locator('.paragraph p').first().evaluate((p) => {
    const walk = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, { acceptNode: (n) => ((n.textContent ?? '').length > 5 ? 1 : 3) });
    const text = walk.nextNode()!;
    const r = document.createRange();
    r.setStart(text, 0);
    r.setEnd(text, 5);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  });
  await expect(panel.locator('.sel')).toBeVisible();
  await expectClean(page);
  await panel.getByRole('button', { name: 'Close the editor' }).click();

  await bar.getByRole('button', { name: 'Import…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a record' });
  await expect(dialog).toBeVisible();
  await expectClean(page);
  await dialog.getByLabel('…or paste the text').fill('Pyongyang, 29 October 1965\n\nKim Il Sung met the delegation in Pyongyang and spoke of Hanoi and Peking.\n\nNext year the tunnels will be done.');
  await dialog.getByLabel(/Record date/).fill('1965-10-29');
  await dialog.getByRole('button', { name: 'Read the pasted text' }).click();
  await expect(dialog.locator('.draft').first()).toBeVisible();
  await expectClean(page);
  // a file that fails shows its problems
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByLabel(/File name/).fill('broken.json');
  await dialog.getByLabel('…or paste the text').fill('{ "id": 1 ');
  await dialog.getByRole('button', { name: 'Read the pasted text' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expectClean(page);
});

test('axe: an embed (every view, light and dark) and the kiosk, in its attract loop and while a visitor explores', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 600 });
  for (const query of ['?embed=1&views=map,timeline,text', '?embed=1&views=map,text&theme=dark']) {
    await page.goto('about:blank');
    await page.goto(`/${query}#place=pyongyang`);
    await expect(page.locator('.leaflet-container')).toBeVisible();
    await expect(page.locator('[data-basemap="ready"]')).toHaveCount(1);
    await expectClean(page);
  }
  test.setTimeout(180_000); // axe on a kiosk that keeps moving takes its time
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('about:blank');
  await page.goto('/?kiosk=1&dwell=30#tour=class&step=1');
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expect(page.locator('[data-basemap="ready"]')).toHaveCount(1);
  await expectClean(page);
  // a visitor's touch takes over from the loop
  await page.mouse.click(960, 540);
  await page.waitForTimeout(500);
  await expectClean(page);
});
