import { chromium } from 'playwright-core';
import { serve } from './serve.ts';
import { openApp, firstRender } from './measure-app.ts';
const server = await serve({ '/': '/work/main/dist-bench' }, 4197);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
browser.on('disconnected', () => console.log('BROWSER DISCONNECTED'));
const { page, errors } = await openApp(browser, 'http://127.0.0.1:4197/?collection=bench/full/collection.json', 'http://127.0.0.1:4197');
page.on('crash', () => console.log('PAGE CRASHED'));
page.on('close', () => console.log('PAGE CLOSED', new Date().toISOString()));
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
console.log(await firstRender(page));
const box = (await page.locator('.timeline-pane canvas').boundingBox())!;
console.log(box);
for (let i = 0; i < 40; i++) {
  const x = box.x + 30 + (i * 37) % (box.width - 60), y = box.y + 20 + (i % 6) * 26 + 20.5;
  console.log('move', i, x, y, new Date().toISOString());
  await page.mouse.move(x, y);
  const pointing = await page.evaluate(() => !!document.querySelector('canvas.pointing'));
  if (pointing) {
    const lat = page.evaluate(() => (window as any).__bench.click());
    await page.mouse.click(x, y);
    console.log('click', await lat, await page.evaluate(() => location.hash));
    await page.waitForTimeout(400);
  }
}
console.log(errors);
await browser.close();
server.close();
