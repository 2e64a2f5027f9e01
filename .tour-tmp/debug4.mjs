import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1920, height: 1080 } });
p.on('pageerror', (e) => console.log('PAGEERROR', e.stack?.slice(0, 3000)));
p.on('console', (m) => { if (m.type() === 'error' || m.type()==='warning') console.log('CONSOLE', m.type(), m.text().slice(0, 3000)); });
await p.goto('http://127.0.0.1:4192/');
await p.waitForSelector('.map-pane [data-basemap="ready"]');
await p.getByRole('button', { name: 'Present' }).click();
await p.waitForTimeout(500);
for (const k of ['ArrowRight','PageDown','Space','ArrowRight','PageDown','Space','ArrowRight','ArrowLeft','PageUp','Home','End']) { await p.keyboard.press(k); await p.waitForTimeout(400); console.log(k, p.url().split('#')[1]); }
await p.keyboard.type('3'); await p.keyboard.press('Enter'); await p.waitForTimeout(400);
await p.getByRole('button', { name: 'South Korea', exact: true }).focus();
await p.keyboard.press('Space'); await p.waitForTimeout(400);
console.log(p.url().split('#')[1]);
await p.keyboard.press('Escape'); await p.waitForTimeout(1000);
console.log(p.url().split('#')[1]);
await b.close();
