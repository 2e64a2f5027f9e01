/**
 * The same events in TimelineJS3 and vis-timeline, in the same browser: time from handing them
 * the data to the first frame painted, and click → select painted on one of their markers.
 * Each run is capped: a peer that does not finish says so ("timed out > N s") rather than
 * holding up the bench. Their files come from node_modules through the bench's own server.
 */
import type { Browser } from 'playwright-core';
import { NEXT_FRAME, PROBES } from './probes.ts';
import { median } from './stats.ts';

export interface PeerEvent {
  id: string;
  title: string;
  /** ms UTC; an open or unknown end is cut at the collection's domain */
  start: number;
  end: number;
  point: boolean;
}

export type Peer = 'vis-timeline' | 'TimelineJS3';

export interface PeerFigures {
  /** ms (the median of the page loads), or null when timed out */
  render: number | null;
  /** each page load's render, ms */
  renders: number[];
  select: number[];
  timeout: number;
  error?: string;
}

/** The page the peers run in: both libraries, and a function each to render `n` events. */
export const PEERS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>peers</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/peers/vis/styles/vis-timeline-graph2d.min.css">
<link rel="stylesheet" href="/peers/tl/css/timeline.css">
<style>html,body{margin:0;height:100%}#host{width:1440px;height:900px}</style>
</head><body><div id="host"></div>
<script src="/peers/vis/standalone/umd/vis-timeline-graph2d.min.js"></script>
<script src="/peers/tl/js/timeline.js"></script>
<script>
const frame = ${NEXT_FRAME};
window.renderPeer = async (lib, n) => {
  const events = (await (await fetch('/bench/peer-events.json')).json()).slice(0, n);
  const host = document.getElementById('host');
  const t0 = performance.now();
  if (lib === 'vis-timeline') {
    const items = new vis.DataSet(events.map((e) => e.point
      ? { id: e.id, content: e.title, start: new Date(e.start) }
      : { id: e.id, content: e.title, start: new Date(e.start), end: new Date(e.end) }));
    const done = new Promise((r) => { window.__tl = new vis.Timeline(host, items, { height: '900px' }); window.__tl.once('changed', r); setTimeout(r, 0); });
    await done;
  } else {
    const ymd = (t) => { const d = new Date(t); return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }; };
    const data = { events: events.map((e) => ({ unique_id: e.id, start_date: ymd(e.start), ...(e.point ? {} : { end_date: ymd(e.end - 1) }), text: { headline: e.title } })) };
    await new Promise((r) => {
      window.__tl = new TL.Timeline(host, data, { script_path: '/peers/tl/js/', font: null, hash_bookmark: false, timenav_height_percentage: 40 });
      window.__tl.on('loaded', r);
    });
  }
  await frame();
  return performance.now() - t0;
};
</script></body></html>`;

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), ms)));
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}

/** `renders` page loads each render the events once (the median is the figure); the last is clicked. */
export async function measurePeer(browser: Browser, origin: string, lib: Peer, n: number, timeoutMs: number, samples: number, renders = 1): Promise<PeerFigures> {
  const times: number[] = [];
  for (let run = 1; ; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'UTC', locale: 'en-GB' });
    // the peers may reach for fonts and language files on their CDN: keep the bench offline
    await context.route((url) => !url.href.startsWith(origin) && !url.href.startsWith('data:'), (route) => route.abort());
    const page = await context.newPage();
    await page.addInitScript(PROBES);
    try {
      await page.goto(`${origin}/peers.html`);
      const render = await withTimeout(page.evaluate(([l, k]) => (window as unknown as { renderPeer(l: string, n: number): Promise<number> }).renderPeer(l as string, k as number), [lib, n] as const), timeoutMs);
      if (render === 'timeout') return { render: null, renders: times, select: [], timeout: timeoutMs };
      times.push(render);
      if (run < renders) continue;
      const marker = lib === 'vis-timeline' ? '.vis-item.vis-point, .vis-item.vis-range, .vis-item.vis-box' : '.tl-timemarker';
      const select: number[] = [];
      const visible = page.locator(`${marker}`);
      const count = Math.min(await visible.count(), 400);
      for (let i = 0, tries = 0; select.length < samples && tries < samples * 6 && count > 0; tries++, i = (i + 7) % count) {
        const box = await visible.nth(i).boundingBox().catch(() => null);
        if (!box || box.x < 0 || box.x + 4 > 1440 || box.y < 0 || box.y > 900 || box.width < 2) continue;
        await page.evaluate(() => (window as unknown as { __bench: { armClick(): void } }).__bench.armClick());
        const clicked = await withTimeout(
          page.mouse.click(box.x + Math.min(6, box.width / 2), box.y + box.height / 2).then(() =>
            page.evaluate(() => (window as unknown as { __bench: { clicked(): Promise<number> } }).__bench.clicked()),
          ),
          timeoutMs,
        );
        if (clicked === 'timeout') break;
        select.push(clicked);
        await page.waitForTimeout(TL_SETTLE[lib]);
      }
      return { render: median(times), renders: times, select, timeout: timeoutMs };
    } catch (err) {
      return { render: null, renders: times, select: [], timeout: timeoutMs, error: (err as Error).message.split('\n')[0] };
    } finally {
      await withTimeout(context.close(), 10_000);
    }
  }
}

/** TimelineJS animates to the chosen slide: let it finish before the next click. */
const TL_SETTLE: Record<Peer, number> = { 'vis-timeline': 150, TimelineJS3: 900 };
