/**
 * Kiosk mode on a touch screen: the attract loop plays the tour by itself, a touch takes over,
 * idle seconds bring the loop back; touch targets of 44 × 44 px; pinch and drag on map and
 * timeline; no context menu, text selection or link out; and a soak run of many attract cycles
 * with the JS heap, DOM nodes and listeners measured before and after.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { openKiosk, record, watch } from './util.ts';

test.use({ hasTouch: true, viewport: { width: 1920, height: 1080 } });

const tour = record.tours!.find((t) => t.id === 'class')!;
const N = tour.steps.length;
const kiosk = (page: Page) => page.locator('.kiosk');
const count = (page: Page) => page.locator('.kiosk .count');
const marker = (page: Page, name: string) => page.locator('.kiosk .map-pane').getByRole('button', { name, exact: true });
/** words in the text that name a place: always reachable, wherever the map is looking */
const mention = (page: Page, id: string) => page.locator(`.kiosk .reader [data-mention^="place/${id}/"]`).first();

/** Wait, frame by frame, until the step counter says this (steps can be short in a soak). */
async function untilStep(page: Page, n: number) {
  await page.waitForFunction((text) => document.querySelector('.kiosk .count')?.textContent === text, `Step ${n} of ${N}`, { polling: 'raf', timeout: 15_000 });
}

/** One- or two-finger gesture through the DevTools protocol: real touch events, as a screen sends them. */
async function gesture(cdp: CDPSession, from: [number, number][], to: [number, number][], steps = 12) {
  const at = (t: number) => from.map(([x, y], i) => ({ x: x + (to[i]![0] - x) * t, y: y + (to[i]![1] - y) * t, id: i }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let s = 1; s <= steps; s++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Events in time, Jan 1950 – Dec 1966" (or "3 Oct 1965 – …") → [from, to] in ms UTC, to the month or day */
function timeWindow(label: string): [number, number] {
  const ends = [...label.matchAll(/(?:(\d{1,2}) )?([A-Z][a-z]{2}) (\d{4})/g)].map((m) => Date.UTC(Number(m[3]), MONTHS.indexOf(m[2]!), Number(m[1] ?? 1)));
  expect(ends, label).toHaveLength(2);
  return [ends[0]!, ends[1]!];
}

const centre = async (page: Page, name: string) => {
  const b = (await marker(page, name).boundingBox())!;
  return [b.x + b.width / 2, b.y + b.height / 2] as const;
};

test.describe('kiosk', () => {
  test('the attract loop plays the tour; a touch takes over; idle seconds bring the loop back', async ({ page }) => {
    const w = watch(page);
    // long enough that a slow, shared machine cannot skip past what is checked
    await openKiosk(page, 'dwell=3&idle=9');
    await expect(kiosk(page)).toHaveAttribute('data-phase', 'attract');
    // the loop began when the app did: whichever step is on show, the next one follows by itself
    const n = Number((await count(page).textContent())!.match(/Step (\d+)/)![1]);
    await untilStep(page, n + 1);
    await expect(page.locator('.kiosk .step h2')).toHaveText(tour.steps[n]!.title);

    // a visitor taps a place: the loop stops, the place is selected, its card shows (no link out)
    await mention(page, 'japan').tap();
    await expect(kiosk(page)).toHaveAttribute('data-phase', 'interactive');
    await expect(page.locator('.kiosk .detail h2')).toHaveText('Japan');
    await expect(page.locator('.kiosk .detail')).toContainText('Wikidata');
    await expect(page.locator('.kiosk a[href^="http"]')).toHaveCount(0);
    const stepWhenTouched = await count(page).textContent();
    await page.waitForTimeout(3_500); // longer than a dwell, shorter than idle: the tour does not move on
    await expect(count(page)).toHaveText(stepWhenTouched!);
    await expect(kiosk(page)).toHaveAttribute('data-phase', 'interactive');
    await expect(page.locator('.kiosk .detail h2')).toHaveText('Japan');

    // left alone: back to the attract loop, from the first step, the selection gone
    await expect(kiosk(page)).toHaveAttribute('data-phase', 'attract', { timeout: 12_000 });
    await expect(count(page)).toHaveText(`Step 1 of ${N}`);
    await expect(page.locator('.kiosk .step h2')).toHaveText(tour.steps[0]!.title);
    await expect(page.locator('.kiosk .detail')).toHaveCount(0);
    await untilStep(page, 2);

    // the buttons a visitor uses, by touch only
    await page.locator('.kiosk .map-pane').tap({ position: { x: 40, y: 300 } });
    await expect(kiosk(page)).toHaveAttribute('data-phase', 'interactive');
    await page.getByRole('button', { name: 'Next ›' }).tap();
    await expect(count(page)).toHaveText(`Step 3 of ${N}`);
    await page.getByRole('button', { name: 'Start the tour again' }).tap();
    await expect(count(page)).toHaveText(`Step 1 of ${N}`);
    await expect(kiosk(page)).toHaveAttribute('data-phase', 'attract');
    // no editing toolbar, no explorer header with its editors and exports
    await expect(page.locator('.workbench')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit tours' })).toHaveCount(0);
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  test('no context menu, no text selection, no link out; every touch target is at least 44 × 44 px', async ({ page }) => {
    await openKiosk(page, 'dwell=600&idle=600');
    await mention(page, 'pyongyang').tap();
    await expect(page.locator('.kiosk .detail h2')).toHaveText('Pyongyang');
    await page.waitForTimeout(1_200); // the map's flight and the timeline's easing end
    // a marker on the map, tapped: the first one a finger can reach (crowded ones take no touch)
    const reachable = await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.kiosk .place-marker:not(.selected)')) {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (r.width > 0 && top && el.contains(top) && el.title) return el.title;
      }
      return null;
    });
    expect(reachable).not.toBeNull();
    await marker(page, reachable!).tap();
    await expect(page.locator('.kiosk .detail h2')).toHaveText(reachable!);
    await page.waitForTimeout(1_200);

    const guarded = await page.evaluate(() => {
      const target = document.querySelector('.kiosk .reader .paragraph p')!;
      const fire = (type: string) => !target.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
      // a link out, should one appear (a record's note, a future feature): it does not navigate
      const a = Object.assign(document.createElement('a'), { href: 'https://www.wikidata.org/wiki/Q18808', textContent: 'out' });
      document.querySelector('.kiosk .side')!.append(a);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true });
      a.dispatchEvent(click);
      a.remove();
      return {
        contextmenu: fire('contextmenu'),
        selectstart: fire('selectstart'),
        dragstart: fire('dragstart'),
        linkOut: click.defaultPrevented,
        userSelect: getComputedStyle(target).userSelect,
        touchAction: getComputedStyle(document.querySelector('.kiosk')!).touchAction,
      };
    });
    expect(guarded).toEqual({ contextmenu: true, selectstart: true, dragstart: true, linkOut: true, userSelect: 'none', touchAction: 'none' });
    expect(await page.evaluate(() => location.href)).toContain('kiosk=1');

    // Every control a finger can reach (the element on top at its centre), but words in the
    // running text: inline links are exempt from the target size (WCAG 2.5.5, "Inline").
    const small = await page.evaluate(() => {
      const out: string[] = [];
      const sel = 'button, a[href], summary, input, select, [role="button"], [tabindex]:not([tabindex="-1"])';
      for (const el of document.querySelectorAll<HTMLElement>(`.kiosk ${sel}`)) {
        if (el.closest('a.mention') || el.matches('.stage, .reader-pane, [role="region"], .leaflet-container')) continue;
        let r = el.getBoundingClientRect();
        // a continent's marker has no box: its name is the target
        if (r.width * r.height === 0) r = el.querySelector('.label')?.getBoundingClientRect() ?? r;
        if (r.width * r.height === 0) continue;
        const cx = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        if (cx < 0 || cy < 0 || cx > innerWidth || cy > innerHeight) continue;
        const top = document.elementFromPoint(cx, cy);
        if (!top || !(el.contains(top) || top.contains(el))) continue; // covered, clipped or inert: not a target
        if (r.width < 43.5 || r.height < 43.5) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
      }
      return out;
    });
    expect(small).toEqual([]);
  });

  test('pinch and drag move the map and the timeline', async ({ page }) => {
    await openKiosk(page, 'dwell=600&idle=600');
    const cdp = await page.context().newCDPSession(page);
    // take over with a tap on the open sea, and let the first step's flight end
    await page.locator('.kiosk .map-pane').tap({ position: { x: 40, y: 300 } });
    await page.waitForTimeout(1_200);
    const box = (await page.locator('.kiosk .map-pane').boundingBox())!;
    const mx = box.x + box.width / 2;
    const my = box.y + box.height / 2;

    // map: two fingers spread apart, and the places spread apart with them
    const [a0, b0] = [await centre(page, 'Pyongyang'), await centre(page, 'Japan')];
    const d0 = Math.hypot(a0[0] - b0[0], a0[1] - b0[1]);
    await gesture(cdp, [[mx - 60, my], [mx + 60, my]], [[mx - 200, my], [mx + 200, my]]);
    await page.waitForTimeout(600);
    const [a1, b1] = [await centre(page, 'Pyongyang'), await centre(page, 'Japan')];
    const d1 = Math.hypot(a1[0] - b1[0], a1[1] - b1[1]);
    expect(d1 / d0).toBeGreaterThan(1.8);
    // one finger drags it
    await gesture(cdp, [[mx, my]], [[mx + 150, my + 80]]);
    await page.waitForTimeout(400);
    const a2 = await centre(page, 'Pyongyang');
    expect(a2[0] - a1[0]).toBeGreaterThan(100);
    expect(a2[1] - a1[1]).toBeGreaterThan(50);

    // timeline: the time in view (its region's label) narrows under a pinch, and moves under a drag
    const stageLoc = page.locator('.kiosk .timeline-pane .stage');
    const stage = (await stageLoc.boundingBox())!;
    const shown = async () => timeWindow((await stageLoc.getAttribute('aria-label'))!);
    /** the time under a screen x */
    const timeAt = (w: [number, number], x: number) => w[0] + ((x - stage.x) / stage.width) * (w[1] - w[0]);
    const ty = stage.y + stage.height / 2;
    const tx = stage.x + stage.width * 0.3;
    const v0 = await shown();
    await gesture(cdp, [[tx - 40, ty], [tx + 40, ty]], [[tx - 160, ty], [tx + 160, ty]]);
    await page.waitForTimeout(300);
    const v1 = await shown();
    expect((v1[1] - v1[0]) / (v0[1] - v0[0])).toBeLessThan(0.5);
    // it zooms about the fingers: the time under them stays under them (the CSS zoom is accounted for)
    expect(Math.abs(timeAt(v1, tx) - timeAt(v0, tx))).toBeLessThan(0.1 * (v1[1] - v1[0]));
    await gesture(cdp, [[tx + 200, ty]], [[tx - 100, ty]]);
    await page.waitForTimeout(300);
    const v2 = await shown();
    // dragged leftwards: later times come into view, the span stays
    expect(v2[0]).toBeGreaterThan(v1[0] + 0.2 * (v1[1] - v1[0]));
    expect(Math.abs(v2[1] - v2[0] - (v1[1] - v1[0]))).toBeLessThan(0.05 * (v1[1] - v1[0]));
  });

  test('screenshots: the attract loop and a visitor exploring', async ({ page }) => {
    await openKiosk(page, 'dwell=600&idle=600');
    await page.waitForTimeout(1_500);
    await page.screenshot({ path: 'tests/screenshots/kiosk-attract.png', animations: 'disabled' });
    await mention(page, 'pyongyang').tap();
    await expect(page.locator('.kiosk .detail h2')).toHaveText('Pyongyang');
    await page.waitForTimeout(1_500);
    await page.screenshot({ path: 'tests/screenshots/kiosk-interactive.png', animations: 'disabled' });
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: 'tests/screenshots/kiosk-portrait.png', animations: 'disabled' });
  });
});

test.describe('kiosk soak', () => {
  test('many attract cycles, with visitors now and then, do not grow the heap, the DOM or the listeners', async ({ page }) => {
    const CYCLES = 24;
    test.setTimeout(600_000);
    const w = watch(page);
    await openKiosk(page, 'dwell=0.25&idle=5');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');

    // Count whole cycles in the page (last step → first): a busy page may paint less often than
    // the steps change, and a poll from outside could miss a step; a MutationObserver does not.
    await page.evaluate((n) => {
      const w = window as unknown as { __cycles: number };
      w.__cycles = 0;
      let last = '';
      new MutationObserver(() => {
        const now = document.querySelector('.kiosk .count')?.textContent ?? '';
        if (now === 'Step 1 of ' + n && last === `Step ${n} of ${n}`) w.__cycles++;
        last = now;
      }).observe(document.querySelector('.kiosk .bar')!, { subtree: true, childList: true, characterData: true });
    }, N);
    const cycles = () => page.evaluate(() => (window as unknown as { __cycles: number }).__cycles);
    const cycle = async () => {
      const done = await cycles();
      await expect.poll(cycles, { timeout: 45_000 }).toBeGreaterThan(done);
    };
    /** Every fifth cycle a visitor taps the map and walks away; the loop comes back with the views made afresh. */
    const visit = async () => {
      const round = Number(await kiosk(page).getAttribute('data-round'));
      await page.locator('.kiosk .map-pane').tap({ position: { x: 40, y: 300 } });
      await expect(kiosk(page)).toHaveAttribute('data-round', String(round + 1), { timeout: 20_000 });
      await expect(kiosk(page)).toHaveAttribute('data-phase', 'attract');
    };
    /**
     * Measured in one and the same state each time (a visitor has tapped "Pyongyang" in the text
     * and the map has flown there), after forced garbage collection; then the loop comes back.
     */
    const measure = async () => {
      const round = Number(await kiosk(page).getAttribute('data-round'));
      await mention(page, 'pyongyang').tap();
      await expect(page.locator('.kiosk .detail h2')).toHaveText('Pyongyang');
      // the step's time window goes too: the same marks on the timeline at every measurement
      const clear = page.locator('.kiosk .timeline-pane').getByRole('button', { name: 'Clear window' });
      if (await clear.isVisible()) await clear.tap();
      await page.waitForTimeout(2_000); // the flight ends, the fine basemap is drawn
      // the lower of two readings, each after forced collections: what is still held, not what is in flight
      const read = async () => {
        for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
        await page.waitForTimeout(150);
        await cdp.send('HeapProfiler.collectGarbage');
        return [(await cdp.send('Runtime.getHeapUsage')).usedSize, await cdp.send('Memory.getDOMCounters')] as const;
      };
      const [h1, d1] = await read();
      const [h2, d2] = await read();
      const heap = { usedSize: Math.min(h1, h2) };
      const dom = d2.nodes <= d1.nodes ? d2 : d1;
      await expect(kiosk(page)).toHaveAttribute('data-round', String(round + 1), { timeout: 20_000 });
      const attached = await page.evaluate(() => document.querySelectorAll('.leaflet-container').length);
      expect(attached).toBe(1);
      return { heapMB: Math.round(heap.usedSize / 1e4) / 100, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
    };

    // Warm up: every step's code has run and been optimised, every cache has filled, the views
    // have been remade a few times (the heap grows by a megabyte or so over the first cycles).
    for (let i = 1; i <= 6; i++) {
      await cycle();
      if (i % 3 === 0) await visit();
    }
    const samples = [await measure()];
    for (let i = 1; i <= CYCLES; i++) {
      await cycle();
      if (i % 6 === 0) await visit();
      if (i % 12 === 0) samples.push(await measure());
    }
    const [before, after] = [samples[0]!, samples.at(-1)!];
    console.log(`soak: ${CYCLES} cycles (${CYCLES * N} steps, ${CYCLES / 6 + samples.length} visits): ${samples.map((x) => JSON.stringify(x)).join(' → ')}`);

    // No meaningful growth. Readings of the same state differ by a few percent (which marks are in
    // view, where the timeline's lanes scroll); one view kept per visit doubles them (Leaflet's kept
    // map did: +12 MB, +3000 nodes, +1000 listeners), one listener or node kept per step adds 168.
    expect(after.heapMB - before.heapMB).toBeLessThan(2);
    expect(after.nodes).toBeLessThanOrEqual(before.nodes * 1.05);
    expect(after.listeners).toBeLessThanOrEqual(before.listeners * 1.1);
    expect(after.documents).toBeLessThanOrEqual(before.documents);
    expect(w.errors).toEqual([]);
  });
});
