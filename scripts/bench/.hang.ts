import { chromium } from 'playwright-core';
import { serve } from './serve.ts';
import { PROBES } from './probes.ts';
const server = await serve({ '/': '/work/main/dist-bench' }, 4197);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
await page.addInitScript(PROBES);
await page.goto('http://127.0.0.1:4197/?collection=bench/full/collection.json');
await page.waitForFunction(() => performance.getEntriesByName('explorer:painted').length > 0, null, { timeout: 120000 });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Debugger.enable');
const box = (await page.locator('.timeline-pane canvas').boundingBox())!;
for (let i = 0; i < 12; i++) {
  const x = box.x + 30 + (i * 37) % (box.width - 60), y = box.y + 20 + (i % 6) * 26 + 20.5;
  await page.mouse.move(x, y);
  const pointing = await page.evaluate(() => !!document.querySelector('canvas.pointing'));
  if (!pointing) continue;
  const lat = page.evaluate(() => (window as any).__bench.click());
  await page.mouse.click(x, y);
  console.log('lat', await Promise.race([lat, new Promise((r) => setTimeout(() => r('none'), 5000))]));
  const alive = await Promise.race([page.evaluate(() => location.hash), new Promise((r) => setTimeout(() => r(false), 5000))]);
  console.log(i, 'after click', alive);
  if (alive === false) {
    const paused = new Promise<any>((r) => cdp.once('Debugger.paused', r));
    await cdp.send('Debugger.pause');
    const p = await paused;
    for (const f of p.callFrames.slice(0, 30)) console.log('  ', f.functionName, f.location.lineNumber + 1);
    break;
  }
  await page.waitForTimeout(400);
}
await browser.close();
server.close();
