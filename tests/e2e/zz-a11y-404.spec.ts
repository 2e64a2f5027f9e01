import { test } from '@playwright/test';
test('which 404', async ({ page }) => {
  page.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
  await page.goto('/?embed=1&views=map,text&origin=http%3A%2F%2Flocalhost%3A4292#place=pyongyang');
  await page.waitForTimeout(3000);
});
