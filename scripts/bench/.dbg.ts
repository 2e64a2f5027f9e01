import { chromium } from 'playwright-core';
import { serve } from './serve.ts';
const server = await serve({ '/': '/work/main/dist-prof' }, 4195);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('pageerror', (e) => console.log('ERR', e.stack?.slice(0, 400)));
page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
await page.goto('http://127.0.0.1:4195/?collection=bench/full/collection.json');
await page.waitForFunction(() => performance.getEntriesByName('explorer:painted').length > 0, null, { timeout: 120000 });
console.log(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`)));
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/full.png' });
// hover + click on the canvas
const box = (await page.locator('.timeline-pane canvas').boundingBox())!;
for (let i = 0; i < 200; i++) {
  const x = box.x + 30 + (i * 37) % (box.width - 60), y = box.y + 20 + (i % 6) * 26 + 20.5;
  await page.mouse.move(x, y);
  if (await page.evaluate(() => !!document.querySelector('canvas.pointing'))) { await page.mouse.click(x, y); break; }
}
await page.waitForTimeout(1000);
console.log(await page.evaluate(() => location.hash), await page.locator('.detail h2').textContent());
await page.screenshot({ path: '/tmp/full-sel.png' });
await browser.close();
server.close();
