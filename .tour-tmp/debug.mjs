import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1920, height: 1080 } });
p.on('console', (m) => { if (m.type() === 'error' || m.type()==='warning') console.log('CONSOLE', m.type(), m.text().slice(0, 1500)); });
p.on('pageerror', (e) => console.log('PAGEERROR', e.stack?.slice(0, 2000)));
await p.goto('http://127.0.0.1:4192/');
await p.waitForSelector('.map-pane [data-basemap="ready"]');
await p.getByRole('button', { name: 'Present' }).click();
await p.waitForTimeout(1500);
for (const k of ['ArrowRight','ArrowRight']) { await p.keyboard.press(k); await p.waitForTimeout(800); }
await p.keyboard.press('Escape');
await p.waitForTimeout(1500);
await p.emulateMedia({ media: 'print' });
await p.waitForTimeout(800);
console.log(await p.evaluate(() => [...document.querySelectorAll('.handout figure.map svg path')].slice(0,3).map(e => (e.getAttribute('d')||'').length)));
await b.close();
