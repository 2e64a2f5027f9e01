/**
 * The explorer under load: first render after the data is parsed, select latency (click → all
 * three views updated and painted), pan and zoom frame times, JS heap. Select is timed twice:
 * with motion (the map starts its flight to the selection in the click's frame, and lands
 * later) and with prefers-reduced-motion (the map jumps, re-clusters and re-labels within the
 * click's own frame: everything counted).
 */
import type { Browser, Page } from 'playwright-core';
import { NEXT_FRAME, PROBES } from './probes.ts';
import { frameTimes, type Frames, type ProbeFrame } from './frame-times.ts';
import { prng } from './generate-collection.ts';
import { median } from './stats.ts';

export interface AppFigures {
  /** navigation → data fetched, parsed, validated, merged and indexed, ms */
  load: number;
  /** data ready → first frame of map, timeline and reader painted, ms: the median of `firstRenders` */
  firstRender: number;
  /** each page load's first render, ms (one sample is at the mercy of a garbage collection) */
  firstRenders: number[];
  domNodes: number;
  /** map markers (places and cluster counts) in the DOM at the first-render mark */
  mapMarkers: number;
  select: number[];
  /** how many select samples were checked to have updated all three views */
  verified: number;
  /** the same, with prefers-reduced-motion */
  selectReduced: number[];
  verifiedReduced: number;
  timelinePan: Frames;
  timelineZoom: Frames;
  /** the frame in which the dense timeline is laid out again after a zoom gesture rests, ms */
  zoomSettle: number;
  mapPan: Frames;
  /** the same gestures over the page's header, which handles none of them: this harness's floor */
  floor: { move: Frames; wheel: Frames };
  /** clicks on the header's title, timed as select is, ms: select's floor */
  clickFloor: number[];
  /** after the page settled, then after the interactions, after a GC, MB */
  heapLoaded: number;
  heapAfter: number;
  external: string[];
  errors: string[];
}

const frame = (page: Page) => page.evaluate(`(${NEXT_FRAME})()`);

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
}

export async function openApp(browser: Browser, url: string, origin: string, reduced = false): Promise<{ page: Page; external: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: reduced ? 'reduce' : 'no-preference', timezoneId: 'UTC', locale: 'en-GB' });
  const page = await context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) external.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(PROBES);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('explorer:painted').length > 0, null, { timeout: 120_000 });
  return { page, external, errors };
}

export async function firstRender(page: Page): Promise<{ load: number; firstRender: number; domNodes: number; mapMarkers: number }> {
  return page.evaluate(() => {
    const ready = performance.getEntriesByName('explorer:data-ready')[0]!.startTime;
    const painted = performance.getEntriesByName('explorer:painted')[0]!.startTime;
    // the map's places (markers and cluster counts) must be in that frame, not a later one
    return { load: ready, firstRender: painted - ready, domNodes: document.querySelectorAll('*').length, mapMarkers: document.querySelectorAll('.leaflet-marker-icon').length };
  });
}

/** Click events on the timeline (canvas or buttons) and time each; returns ms per sample. */
export async function selectSamples(page: Page, samples: number, seed = 6, settle = 1300): Promise<{ ms: number[]; verified: number }> {
  const rnd = prng(seed);
  const ms: number[] = [];
  let verified = 0;
  const canvas = page.locator('.timeline-pane canvas.marks');
  const dense = (await canvas.count()) > 0;
  for (let s = 0, tries = 0; s < samples && tries < samples * 60; tries++) {
    let x: number;
    let y: number;
    if (dense) {
      const box = (await canvas.boundingBox())!;
      // a lane's bar line: TOP 20 + lane × 26 + 20.5 (Timeline's geometry), scrolled to the top
      const lane = Math.floor(rnd() * Math.max(1, Math.floor((box.height - 30) / 26)));
      x = box.x + 20 + rnd() * (box.width - 40);
      y = box.y + 20 + lane * 26 + 20.5;
      await page.mouse.move(x, y);
      await frame(page);
      if (!(await page.evaluate(() => document.querySelector('.timeline-pane canvas.pointing') !== null))) continue;
    } else {
      const buttons = page.locator('.timeline-pane button.event:not(.offscreen)');
      const n = await buttons.count();
      const box = await buttons.nth(Math.floor(rnd() * n)).boundingBox();
      if (!box) continue;
      x = box.x + Math.min(8, box.width / 2);
      y = box.y + box.height / 2;
    }
    const before = await page.evaluate(() => location.hash);
    await page.evaluate(() => (window as unknown as { __bench: { armClick(): void } }).__bench.armClick());
    await page.mouse.click(x, y);
    const t = await page.evaluate(() => (window as unknown as { __bench: { clicked(): Promise<number> } }).__bench.clicked());
    const after = await page.evaluate(() => ({
      hash: location.hash,
      reader: document.querySelectorAll('.reader .mention.lit, .reader .paragraph.lit').length,
      map: document.querySelectorAll('.map-pane .place-marker.focused, .map-pane .place-marker.selected').length,
    }));
    if (after.hash === before || !/event=/.test(after.hash)) {
      // a click on the selected event deselects it: a real update, but not a selection
      await page.waitForTimeout(250);
      continue;
    }
    ms.push(t);
    if (after.reader > 0 && after.map > 0) verified++;
    s++;
    // let the map's flight and the dense timeline's relayout pass before the next click
    await page.waitForTimeout(settle);
  }
  return { ms, verified };
}

const stopFrames = (page: Page) => page.evaluate(() => (window as unknown as { __bench: { stop(): ProbeFrame[] } }).__bench.stop());

async function frames(page: Page, gesture: () => Promise<void>): Promise<Frames> {
  await page.evaluate(() => (window as unknown as { __bench: { start(): void } }).__bench.start());
  await gesture();
  return frameTimes(await stopFrames(page));
}

export async function timelinePan(page: Page): Promise<Frames> {
  const box = (await page.locator('.timeline-pane .stage').boundingBox())!;
  const y = box.y + 60;
  let x = box.x + box.width * 0.8;
  return frames(page, async () => {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 0; i < 60; i++) {
      x += i < 30 ? -12 : 12;
      await page.mouse.move(x, y);
      await frame(page);
    }
    await page.mouse.up();
    await frame(page);
  });
}

export async function timelineZoom(page: Page): Promise<{ frames: Frames; settle: number }> {
  const box = (await page.locator('.timeline-pane .stage').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  const zoomFrames = await frames(page, async () => {
    await page.keyboard.down('Control');
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, i < 20 ? -100 : 100);
      await frame(page);
    }
    await page.keyboard.up('Control');
  });
  // the rest after the gesture: the dense layout is made again once (see Timeline's layoutK)
  await page.evaluate(() => (window as unknown as { __bench: { start(): void } }).__bench.start());
  await page.waitForTimeout(600);
  const rest = await stopFrames(page);
  return { frames: zoomFrames, settle: Math.max(0, ...rest.map((f) => f.ms)) };
}

/** A mouse drag and Ctrl + wheel over the header, which handles neither: how long input takes to paint here at best. */
export async function inputFloor(page: Page): Promise<{ move: Frames; wheel: Frames }> {
  const box = (await page.locator('header').first().boundingBox())!;
  const y = box.y + 8;
  const x = box.x + box.width / 2;
  const move = await frames(page, async () => {
    for (let i = 0; i < 40; i++) {
      await page.mouse.move(x + (i % 20) * 4, y);
      await frame(page);
    }
  });
  await page.mouse.move(x, y);
  const wheel = await frames(page, async () => {
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, i < 20 ? -100 : 100);
      await frame(page);
    }
  });
  return { move, wheel };
}

/**
 * Clicks on the header's title, which handles none, timed as select is (the click's timestamp to
 * after the next frame): what a click costs here with nothing to do, waiting for a vsync included.
 */
export async function clickFloor(page: Page, samples = 20): Promise<number[]> {
  const box = (await page.locator('header h1').first().boundingBox())!;
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    await page.evaluate(() => (window as unknown as { __bench: { armClick(): void } }).__bench.armClick());
    await page.mouse.click(box.x + 4 + (i % 7) * 3, box.y + box.height / 2);
    ms.push(await page.evaluate(() => (window as unknown as { __bench: { clicked(): Promise<number> } }).__bench.clicked()));
    await page.waitForTimeout(60);
  }
  return ms;
}

export async function mapPan(page: Page): Promise<Frames> {
  const box = (await page.locator('.map-pane .leaflet-container').boundingBox())!;
  let x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return frames(page, async () => {
    for (const dir of [1, -1]) {
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 0; i < 30; i++) {
        x += dir * 12;
        await page.mouse.move(x, y);
        await frame(page);
      }
      await page.mouse.up();
      await frame(page);
      await frame(page);
    }
  });
}

/**
 * Open the app `loads` times and time each first render; the last page stays open for more.
 * The median is the figure: one load's garbage collection can land in its window or not.
 */
async function renders(browser: Browser, url: string, origin: string, loads: number) {
  const times: number[] = [];
  const external: string[] = [];
  const errors: string[] = [];
  for (let i = 1; ; i++) {
    const opened = await openApp(browser, url, origin);
    const first = await firstRender(opened.page);
    times.push(first.firstRender);
    if (i === loads) {
      opened.external.unshift(...external);
      opened.errors.unshift(...errors);
      return { ...opened, first: { ...first, firstRender: median(times) }, firstRenders: times };
    }
    external.push(...opened.external);
    errors.push(...opened.errors);
    await opened.page.context().close();
  }
}

export async function measureApp(browser: Browser, url: string, origin: string, samples: number, loads = 3): Promise<AppFigures> {
  const { page, external, errors, first, firstRenders } = await renders(browser, url, origin, loads);
  await page.waitForTimeout(500);
  const heapLoaded = await heapMB(page);
  const select = await selectSamples(page, samples);
  const timelinePanFrames = await timelinePan(page);
  const zoom = await timelineZoom(page);
  const mapPanFrames = await mapPan(page);
  const floor = await inputFloor(page);
  const clicks = await clickFloor(page);
  const heapAfter = await heapMB(page);
  await page.context().close();
  const still = await openApp(browser, url, origin, true);
  const reduced = await selectSamples(still.page, samples, 7, 400);
  await still.page.context().close();
  external.push(...still.external);
  errors.push(...still.errors);
  return {
    ...first,
    firstRenders,
    select: select.ms,
    verified: select.verified,
    selectReduced: reduced.ms,
    verifiedReduced: reduced.verified,
    timelinePan: timelinePanFrames,
    timelineZoom: zoom.frames,
    zoomSettle: zoom.settle,
    mapPan: mapPanFrames,
    floor,
    clickFloor: clicks,
    heapLoaded,
    heapAfter,
    external,
    errors,
  };
}

/** Only first render and select, for the side-by-side at smaller N. */
export async function measureRenderSelect(browser: Browser, url: string, origin: string, samples: number, loads = 3): Promise<{ firstRender: number; firstRenders: number[]; select: number[] }> {
  const { page, first, firstRenders } = await renders(browser, url, origin, loads);
  await page.waitForTimeout(300);
  const select = await selectSamples(page, samples);
  await page.context().close();
  return { firstRender: first.firstRender, firstRenders, select: select.ms };
}
