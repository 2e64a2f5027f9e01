import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1920, height: 1080 } });
p.on('pageerror', (e) => console.log('PAGEERROR', e.stack?.slice(0, 2000)));
p.on('console', (m) => { if (m.type() === 'error' || m.type()==='warning') console.log('CONSOLE', m.type(), m.text().slice(0, 1500)); });
await p.goto('http://127.0.0.1:4192/#tour=class&step=3&view=present');
await p.waitForSelector('.map-pane [data-basemap="ready"]');
await p.waitForTimeout(2000);
await p.emulateMedia({ media: 'print' });
await p.waitForTimeout(800);
console.log(await p.evaluate(() => {
  const svg = document.querySelector('.handout figure.map svg');
  return [...svg.querySelectorAll('path')].slice(0, 4).map((e) => (e.getAttribute('d') || '').slice(0, 80)).concat([...svg.querySelectorAll('text')].map((t) => t.textContent));
}));
await p.screenshot({ path: '.tour-tmp/print.png', fullPage: true });
await b.close();
