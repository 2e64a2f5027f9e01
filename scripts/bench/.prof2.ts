import { chromium } from 'playwright-core';
import { serve } from './serve.ts';
const server = await serve({ '/': '/work/main/dist-prof' }, 4195);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await page.exposeFunction('__profStart', async () => { await cdp.send('Profiler.start'); });
await page.goto('http://127.0.0.1:4195/' + (process.argv[2] ?? '?collection=bench/full/collection.json'));
await page.waitForFunction(() => performance.getEntriesByName('explorer:painted').length > 0, null, { timeout: 120000 });
const { profile } = await cdp.send('Profiler.stop');
console.log(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`)));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<string, number>(); const total = new Map<string, number>();
const name = (n: any) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
profile.samples!.forEach((s, i) => {
  const d = profile.timeDeltas![i]! / 1000;
  const n = byId.get(s)!;
  self.set(name(n), (self.get(name(n)) ?? 0) + d);
  const seen = new Set<string>();
  for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) { const k = name(byId.get(id)!); if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + d); } }
});
console.log('SELF'); console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`).join('\n'));
console.log('TOTAL'); console.log([...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`).join('\n'));
await browser.close();
server.close();
