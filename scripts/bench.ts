/**
 * `npm run bench`: the explorer at collection scale, measured in headless Chromium, against the
 * targets of issue #6, with TimelineJS3 and vis-timeline side by side on the same events.
 * Not a test (timings on a shared machine are noisy): it prints one table of figures.
 *
 *   npm run bench                    # build, generate, measure; peers at N = 1,000, 5,000, 10,000
 *   npm run bench -- --lighthouse    # also Lighthouse on the built app (3 mobile runs, 1 desktop: about two minutes more)
 *   npm run bench -- --no-peers      # only the explorer
 *   npm run bench -- --peer-timeout=60
 *
 * Its own port (4194) and build folder (dist-bench); its server and browser stop when it ends.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { FULL, generateCollection } from './bench/generate-collection.ts';
import { serve } from './bench/serve.ts';
import { measureApp, measureRenderSelect, type AppFigures } from './bench/measure-app.ts';
import type { Frames } from './bench/frame-times.ts';
import { median, p95 } from './bench/stats.ts';
import { measurePeer, PEERS_HTML, type Peer, type PeerEvent, type PeerFigures } from './bench/measure-peers.ts';
import { initialJs } from './bench/js-size.ts';
import { lighthouse, type LighthouseFigures } from './bench/lighthouse.ts';
import { mergeCollection } from '../src/lib/collection/merge-collection.ts';
import { RecordIndex } from '../src/lib/model/record-index.ts';
import { timeDomain } from '../src/lib/layout/time-scale.ts';

const args = new Set(process.argv.slice(2));
const arg = (name: string) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const PORT = Number(arg('port') ?? 4194);
const OUT = arg('out') ?? 'dist-bench';
const PEER_TIMEOUT = Number(arg('peer-timeout') ?? 120) * 1000;
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SIZES = [1_000, 5_000, 10_000] as const;
const PEERS: readonly Peer[] = ['vis-timeline', 'TimelineJS3'];

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

// ---- formatting ------------------------------------------------------------------------------
const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : Math.round(x)} ms` : 'n/a');
/** with a tenth: a figure this close to its target reads "16 ms" and OVER otherwise */
const ms1 = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

// ---- 1. build and data -----------------------------------------------------------------------
log(`building into ${OUT}/`);
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });

log(`generating ${FULL.records} records, ${FULL.events} events (seed ${FULL.seed})`);
const g = generateCollection(FULL);
const dataDir = join(OUT, 'bench');
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(join(dataDir, 'full', 'records'), { recursive: true });
writeFileSync(join(dataDir, 'full', 'collection.json'), JSON.stringify(g.manifest, null, 1));
for (const r of g.records) writeFileSync(join(dataDir, 'full', 'records', `${r.id}.json`), JSON.stringify(r));
const perRecord = FULL.events / FULL.records;
for (const n of SIZES.filter((n) => n < FULL.events)) {
  // the first n events are the first n / 20 records' events: the same events the peers get
  const records = g.records.slice(0, n / perRecord).map((r) => `../full/records/${r.id}.json`);
  mkdirSync(join(dataDir, `n${n}`), { recursive: true });
  writeFileSync(join(dataDir, `n${n}`, 'collection.json'), JSON.stringify({ ...g.manifest, id: `${g.manifest.id}-n${n}`, title: `${g.manifest.title}, first ${n} events`, records }));
}
const merged = mergeCollection(g.manifest.id, g.manifest.title, g.records).merged;
const index = new RecordIndex(merged);
const domain = timeDomain(index.spans.values());
const peerEvents: PeerEvent[] = merged.events.map((e) => {
  const s = index.spans.get(e.id)!;
  const start = Number.isFinite(s.start.t) ? s.start.t : domain[0];
  const end = Number.isFinite(s.end.t) ? s.end.t : domain[1];
  return { id: `e${peerId(e.id)}`, title: e.title, start, end, point: s.point };
});
function peerId(id: string) {
  return id.replace(/[^a-z0-9]/gi, '-');
}
writeFileSync(join(dataDir, 'peer-events.json'), JSON.stringify(peerEvents));
writeFileSync(join(OUT, 'peers.html'), PEERS_HTML);

// ---- 2. measure ------------------------------------------------------------------------------
const origin = `http://127.0.0.1:${PORT}`;
const server = await serve({ '/': OUT, '/peers/vis/': 'node_modules/vis-timeline/', '/peers/tl/': 'node_modules/@knight-lab/timelinejs/dist/' }, PORT);
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
const chromeVersion = browser.version();
let app: AppFigures;
type Ours = { firstRender: number; firstRenders: number[]; select: number[] };
/** ours: the whole explorer; timeline: the same app embedded with only its timeline (?embed=1&views=timeline), like for like with the peers */
const side: Record<number, { ours: Ours; timeline: Ours; peers: Partial<Record<Peer, PeerFigures>> }> = {};
const LH_RUNS = 3;
const lhRuns: LighthouseFigures[] = [];
let lh: LighthouseFigures | null = null;
let lhDesktop: LighthouseFigures | null = null;
let lhError = '';
try {
  log('the explorer, 10,000 events');
  app = await measureApp(browser, `${origin}/?collection=bench/full/collection.json`, origin, 30);
  if (!args.has('--no-peers')) {
    for (const n of SIZES) {
      log(`side by side, N = ${n}`);
      const collection = n === FULL.events ? 'bench/full/collection.json' : `bench/n${n}/collection.json`;
      const ours = n === FULL.events ? { firstRender: app.firstRender, firstRenders: app.firstRenders, select: app.select } : await measureRenderSelect(browser, `${origin}/?collection=${collection}`, origin, 20);
      log('  the timeline alone (an embed of the timeline view)');
      const timeline = await measureRenderSelect(browser, `${origin}/?collection=${collection}&embed=1&views=timeline`, origin, 20);
      side[n] = { ours, timeline, peers: {} };
      for (const lib of PEERS) {
        log(`  ${lib} (cap ${PEER_TIMEOUT / 1000} s)`);
        // vis-timeline is the target's yardstick: three loads, like ours (TimelineJS3 takes up to half a minute a load)
        side[n]!.peers[lib] = await measurePeer(browser, origin, lib, n, PEER_TIMEOUT, 10, lib === 'vis-timeline' ? 3 : 1);
      }
    }
  }
  if (args.has('--lighthouse')) {
    try {
      // one run's score moves by several points from load to load of the same build: the run
      // with the median score is quoted, and every run's score beside it
      for (let i = 1; i <= LH_RUNS; i++) {
        log(`Lighthouse (mobile profile), run ${i} of ${LH_RUNS}`);
        lhRuns.push(await lighthouse(`${origin}/`, CHROME, CHROME_ARGS));
      }
      lh = [...lhRuns].sort((a, b) => a.score - b.score)[Math.floor(lhRuns.length / 2)]!;
      log('Lighthouse (desktop profile)');
      lhDesktop = await lighthouse(`${origin}/`, CHROME, CHROME_ARGS, 'desktop');
    } catch (err) {
      lhError = (err as Error).message.split('\n')[0]!;
      log(`Lighthouse failed: ${lhError}`);
    }
  }
} finally {
  await browser.close();
  await new Promise((r) => server.close(r));
}

// ---- 3. one table ----------------------------------------------------------------------------
const js = initialJs(OUT);
const rows: [string, string, string, string][] = [];
const row = (figure: string, value: string, target = '', ok: boolean | null = null) =>
  rows.push([figure, value, target, ok === null ? '' : ok ? 'ok' : 'OVER']);

row('data: records / events / places / mentions', `${FULL.records} / ${FULL.events} / ${merged.places.length} / ${FULL.mentions}`);
row('load: fetch + parse + validate + merge + index (after navigation)', ms(app.load));
const loads = (xs: readonly number[]) => (xs.length > 1 ? ` (median of ${xs.length} loads: ${xs.map((x) => Math.round(x)).join(', ')})` : '');
row(`first render: map, timeline, reader (after data parsed)${loads(app.firstRenders)}`, ms(app.firstRender), '≤ 300 ms', app.firstRender <= 300);
row('DOM nodes / map markers (places, cluster counts) at the first-render mark', `${app.domNodes} / ${app.mapMarkers}`);
row(`select event → 3 views painted, median (n=${app.select.length}, ${app.verified} verified)`, ms1(median(app.select)), '≤ 16 ms', median(app.select) <= 16);
row('select event → 3 views painted, p95', ms(p95(app.select)), '≤ 50 ms', p95(app.select) <= 50);
row(`floor: a click on the header's title (no handler), timed as select: median / p95 (n=${app.clickFloor.length})`, `${ms(median(app.clickFloor))} / ${ms(p95(app.clickFloor))}`);
row(`select, reduced motion (map jumps in the same frame): median / p95 (n=${app.selectReduced.length}, ${app.verifiedReduced} verified)`, `${ms(median(app.selectReduced))} / ${ms(p95(app.selectReduced))}`);
// frame time (rAF to rAF, in whole vsyncs): the target; latency (input → painted): beside it,
// with the same gestures over the header as this harness's floor
const frameRow = (name: string, f: Frames) =>
  row(`${name} frame time, p95 (n=${f.vsyncs.length}, ${f.vsyncs.filter((k) => k > 1).length} dropped; vsync ${f.vsync.toFixed(1)} ms)`, ms(p95(f.vsyncs) * f.vsync), '≤ 16.7 ms', p95(f.vsyncs) <= 1);
const latencyRow = (name: string, f: Frames) => row(`${name}: input → painted, median / p95`, `${ms(median(f.latency))} / ${ms(p95(f.latency))}`);
frameRow('timeline pan', app.timelinePan);
frameRow('timeline zoom', app.timelineZoom);
row('timeline relayout once a zoom rests (one frame)', ms(app.zoomSettle));
frameRow('map pan', app.mapPan);
latencyRow('timeline pan', app.timelinePan);
latencyRow('timeline zoom (Ctrl + wheel)', app.timelineZoom);
latencyRow('map pan', app.mapPan);
latencyRow('floor: a drag over the header (no handler)', app.floor.move);
latencyRow('floor: Ctrl + wheel over the header (no handler)', app.floor.wheel);
row('JS heap used, loaded / after interaction (after GC)', `${Math.round(app.heapLoaded)} / ${Math.round(app.heapAfter)} MB`, '≤ 200 MB', Math.max(app.heapLoaded, app.heapAfter) <= 200);
row(`initial JS, gzip (${js.files.length} file${js.files.length === 1 ? '' : 's'}, ${Math.round(js.raw / 1024)} KB raw)`, `${(js.gzip / 1024).toFixed(1)} KB`, '≤ 150 KB', js.gzip <= 150 * 1024);
row('requests off origin / page errors', `${app.external.length} / ${app.errors.length}`, '0 / 0', app.external.length === 0 && app.errors.length === 0);
for (const n of Object.keys(side).map(Number)) {
  const { ours, timeline, peers } = side[n]!;
  row(`N=${n}: explorer render${loads(ours.firstRenders)} / select median`, `${ms(ours.firstRender)} / ${ms(median(ours.select))}`);
  row(`N=${n}: timeline alone (embed, views=timeline) render${loads(timeline.firstRenders)} / select median`, `${ms(timeline.firstRender)} / ${ms(median(timeline.select))}`);
  for (const lib of PEERS) {
    const p = peers[lib];
    if (!p) continue;
    if (p.render === null) {
      row(`N=${n}: ${lib} render / select median`, p.error ? `failed: ${p.error}` : `timed out > ${p.timeout / 1000} s`);
      continue;
    }
    const rr = p.render / ours.firstRender;
    const sr = median(p.select) / median(ours.select);
    row(`N=${n}: ${lib} render${loads(p.renders)} / select median`, `${ms(p.render)} / ${ms(median(p.select))}`);
    row(`N=${n}: ${lib} ÷ explorer (render, select)`, `${rr.toFixed(1)}× / ${Number.isFinite(sr) ? `${sr.toFixed(1)}×` : 'n/a'}`, lib === 'vis-timeline' ? '≥ 10× render' : '', lib === 'vis-timeline' ? rr >= 10 : null);
    // the target read both ways: against the whole explorer above, and timeline against timeline here
    const tr = p.render / timeline.firstRender;
    const ts = median(p.select) / median(timeline.select);
    row(`N=${n}: ${lib} ÷ timeline alone (render, select)`, `${tr.toFixed(1)}× / ${Number.isFinite(ts) ? `${ts.toFixed(1)}×` : 'n/a'}`, lib === 'vis-timeline' ? '≥ 10× render' : '', lib === 'vis-timeline' ? tr >= 10 : null);
  }
}
if (lh) {
  row(`Lighthouse performance (mobile, simulated throttling; median of ${lhRuns.length} runs: ${lhRuns.map((r) => r.score).join(', ')})`, String(lh.score), '≥ 95', lh.score >= 95);
  row('Lighthouse FCP / LCP / TBT / CLS (the median run)', `${ms(lh.fcp)} / ${ms(lh.lcp)} / ${ms(lh.tbt)} / ${lh.cls.toFixed(3)}`);
  if (lhDesktop) {
    row('Lighthouse performance (desktop preset)', String(lhDesktop.score));
    row('Lighthouse desktop FCP / LCP / TBT / CLS', `${ms(lhDesktop.fcp)} / ${ms(lhDesktop.lcp)} / ${ms(lhDesktop.tbt)} / ${lhDesktop.cls.toFixed(3)}`);
  }
} else {
  row('Lighthouse performance', lhError ? `failed: ${lhError}` : 'not run (add --lighthouse)', '≥ 95');
}

const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}; Chromium ${chromeVersion}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`;
const widths = [0, 1, 2, 3].map((i) => Math.max(...[['figure', 'value', 'target', ''], ...rows].map((r) => r[i]!.length)));
const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\nMachine: ${machine}`);
console.log(`Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${JSON.parse(readFileSync('package.json', 'utf8')).name}\n`);
console.log(line(['figure', 'value', 'target', '']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
if (app.external.length) console.log(`\noff-origin requests: ${app.external.slice(0, 5).join(', ')}`);
if (app.errors.length) console.log(`\npage errors: ${app.errors.slice(0, 5).join(' | ')}`);
