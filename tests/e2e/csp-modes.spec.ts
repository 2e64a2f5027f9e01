/**
 * The Content-Security-Policy of index.html (no eval, no inline script) holds in every mode, and
 * the app works under it without one violation: explore, presentation, the presenter's window,
 * the printed handout, the editors and the import dialog, the exports, embed and kiosk.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, watch } from './util.ts';

async function listen(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('no CSP violation in any mode, with every feature used once', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await listen(page);
  const w = watch(page);
  // each document keeps its own list: gather it before every navigation
  const seen: string[] = [];
  const flush = async () => {
    if (page.url().startsWith('http')) seen.push(...(await violations()));
  };
  const go = async (url: string) => {
    await flush();
    await page.goto(url);
  };
  const policy = async () => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

  // explore: select, lists, the language switch
  await openApp(page, '#place=pyongyang');
  expect(await policy()).toMatch(/script-src 'self'(;|$)/);
  expect(await policy()).not.toMatch(/unsafe-eval|unsafe-inline'[^;]*script|script-src[^;]*unsafe-inline/);
  await page.locator('#tab-event').click();
  await page.getByLabel('Language').selectOption('zh-Hans');
  await page.getByLabel('语言').selectOption('en');

  // presenting, the presenter's window, the handout
  await go('/#tour=class&step=2&view=present');
  await expect(page.locator('.presentation [data-basemap="ready"]')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await go('/#tour=class&step=2&view=presenter');
  await expect(page.locator('.presenter h1')).toBeVisible();
  await go('about:blank');
  await openApp(page, '#tour=class&step=3');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout .map svg')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // exports (the slide draws SVG into a canvas through a blob: image) and the editors
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Slide PNG' }).click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  await page.getByRole('button', { name: 'Edit tours' }).click();
  await page.getByRole('button', { name: 'Close editor' }).click();
  const bar = page.getByRole('toolbar', { name: 'Your record' });
  await bar.getByRole('button', { name: 'Edit record', exact: true }).click();
  await bar.getByRole('button', { name: 'Import…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a record' });
  await dialog.getByLabel('…or paste the text').fill('Pyongyang, 29 October 1965\n\nKim Il Sung spoke of Hanoi.');
  await dialog.getByLabel(/Record date/).fill('1965-10-29');
  await dialog.getByRole('button', { name: 'Read the pasted text' }).click();
  await expect(dialog.locator('.preview')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // embed and kiosk
  await go('/?embed=1&views=map,timeline,text#place=pyongyang');
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await go('/?kiosk=1&dwell=1#tour=class&step=1');
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await page.waitForTimeout(1500);

  await flush();
  expect(seen).toEqual([]);
  expect(w.external).toEqual([]);
  expect(w.errors).toEqual([]);
  // the listener was really there: an injected inline script is refused and reported
  await page.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { textContent: 'window.__ran = 1' })));
  await expect.poll(violations).toHaveLength(1);
});
