/**
 * The record of script payloads (tests/fixtures/hostile-record.ts) in every mode beyond exploring:
 * presentation, the presenter's window, the printed handout, the tour editor, the edit panel, the
 * import dialog, and every export. Throughout: no dialog opens, no request leaves the origin, no
 * element is made from a payload, no error is thrown, and the Content-Security-Policy reports
 * no violation. The payloads are on screen (and in the files) as text.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hostileRecord, PAYLOADS } from '../fixtures/hostile-record.ts';
import { validateRecord } from '../../src/lib/model/validate.ts';
import { watch, type Watch } from './util.ts';

/** a spreadsheet formula that would call out if a CSV export let it through as a formula */
const FORMULA = '=HYPERLINK("http://198.51.100.7/x","click")';

function hostile() {
  const rec = hostileRecord();
  rec.events[1] = { ...rec.events[1]!, title: FORMULA };
  return rec;
}

interface Guard {
  w: Watch;
  dialogs: string[];
  csp: () => Promise<string[]>;
}

async function arm(page: Page): Promise<Guard> {
  const rec = hostile();
  expect(validateRecord(rec, 'hostile').ok).toBe(true);
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const w = watch(page);
  await page.route('**/assets/record*.json', (route) => route.fulfill({ json: rec }));
  return { w, dialogs, csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

/** Nothing ran, nothing was fetched, nothing became an element. */
async function expectNothingRan(page: Page, g: Guard) {
  expect(await page.locator('#app img, #app iframe, #app script, #app object, #app embed').count()).toBe(0);
  expect(await page.locator('[onerror], [onload], [onclick]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"], [src^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('svg foreignObject').length)).toBe(0);
  expect(g.dialogs).toEqual([]);
  expect(g.w.external).toEqual([]);
  expect(g.w.errors).toEqual([]);
  expect(await g.csp()).toEqual([]);
}

test.describe('a hostile record in every mode', () => {
  test('presentation, presenter view and printed handout show the payloads as text', async ({ page }) => {
    const g = await arm(page);
    const rec = hostile();
    const step = rec.tours![0]!.steps[0]!;
    await page.goto('/#tour=evil&step=1&view=present');
    await expect(page.locator('.presentation h1')).toHaveText(step.title);
    await expect(page.locator('.presentation .narration')).toHaveText(step.narration);
    await expect(page.locator('.presentation .caption')).toContainText(PAYLOADS[4]!);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.presentation h1')).toHaveText(rec.tours![0]!.steps[1]!.title);
    await page.waitForTimeout(400);
    await expectNothingRan(page, g);

    await page.goto('/#tour=evil&step=1&view=presenter');
    await expect(page.locator('.presenter h1')).toHaveText(step.title);
    await expect(page.locator('.presenter .next h2')).toContainText(rec.tours![0]!.steps[1]!.title);
    await expect(page.locator('.presenter .count')).toContainText(rec.tours![0]!.title);
    await expectNothingRan(page, g);

    await page.goto('about:blank'); // a fresh load in the explorer's layout
    await page.goto('/#tour=evil&step=1');
    await expect(page.locator('.reader .paragraph')).toHaveCount(2);
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.handout');
    await expect(handout).toBeVisible();
    await expect(handout.locator('h1')).toHaveText(rec.title);
    await expect(handout.locator('.narration')).toHaveText(step.narration);
    await expect(handout.locator('.text li').first()).toContainText(PAYLOADS[0]!);
    await expect(handout.locator('.map svg')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expectNothingRan(page, g);
  });

  test('the tour editor, the edit panel and the import dialog keep payloads as text', async ({ page }) => {
    const g = await arm(page);
    const rec = hostile();
    await page.goto('/#place=pyongyang');
    await expect(page.locator('.reader .paragraph')).toHaveCount(2);
    await expect(page.locator('.detail h2')).toHaveText(rec.places[0]!.name);

    await page.getByRole('button', { name: 'Edit tours' }).click();
    const editor = page.getByRole('dialog', { name: 'Tours' });
    await expect(editor.getByLabel('Title of step 1')).toHaveValue(rec.tours![0]!.steps[0]!.title);
    await expect(editor.getByLabel('Narration of step 1')).toHaveValue(rec.tours![0]!.steps[0]!.narration);
    await expect(editor.locator('select option').first()).toHaveText(rec.tours![0]!.title);
    await page.getByRole('button', { name: 'Close editor' }).click();

    const bar = page.getByRole('toolbar', { name: 'Your record' });
    await bar.getByRole('button', { name: 'Edit record', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Edit the record' });
    await expect(panel.getByRole('combobox', { name: 'Place' }).locator('option').nth(1)).toHaveText(rec.places[0]!.name);
    await expect(panel.getByRole('combobox', { name: 'Event' }).locator('option').nth(1)).toHaveText(rec.events[0]!.title);
    await panel.getByRole('button', { name: 'Close the editor' }).click();

    // a hostile file to import: its title and words are payloads too
    await bar.getByRole('button', { name: 'Import…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a record' });
    const text = `# ${PAYLOADS[1]} Telegram\n\n${PAYLOADS[0]} met in Pyongyang ${PAYLOADS[2]}.\n\n${PAYLOADS[3]} and ${PAYLOADS[4]}.`;
    await dialog.getByLabel(/File name/).fill('evil.md');
    await dialog.getByLabel('…or paste the text').fill(text);
    await dialog.getByLabel(/Record date/).fill('1965-10-29');
    await dialog.getByRole('button', { name: 'Read the pasted text' }).click();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(dialog.locator('.preview h3')).toContainText(PAYLOADS[1]!);
    await expect(dialog.locator('.draft').first()).toBeVisible();
    await dialog.getByRole('button', { name: 'Load into the explorer' }).click();
    await expect(page.locator('.reader .paragraph').first()).toContainText(PAYLOADS[0]!);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(PAYLOADS[1]!);
    await expectNothingRan(page, g);
  });

  test('every export carries the payloads as data, never as markup or a formula', async ({ page }) => {
    const g = await arm(page);
    const rec = hostile();
    await page.goto('/#tour=evil&step=1');
    await expect(page.locator('.reader .paragraph')).toHaveCount(2);
    await expect(page.locator('.map-pane [data-basemap="ready"]')).toHaveCount(1);

    const saved = async (click: () => Promise<void>) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
      return { name: dl.suggestedFilename(), text: readFileSync((await dl.path())!, 'utf8'), bytes: readFileSync((await dl.path())!) };
    };
    // the slide: a real PNG, drawn from text (canvas fillText), so nothing in it can run
    const png = await saved(() => page.getByRole('button', { name: 'Slide PNG' }).click());
    expect([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    // the timeline SVG: payloads are escaped text; parsed, it holds no script, handler or foreign content
    const svg = await saved(() => page.getByRole('button', { name: 'Timeline SVG' }).click());
    const svgCheck = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        error: !!doc.querySelector('parsererror'),
        bad: all.filter((e) => /^(script|foreignObject|iframe|img)$/i.test(e.localName) || [...e.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))).length,
        text: doc.documentElement.textContent ?? '',
      };
    }, svg.text);
    expect(svgCheck.error).toBe(false);
    expect(svgCheck.bad).toBe(0);
    expect(svgCheck.text).toContain('Tunnels');

    const bar = page.getByRole('toolbar', { name: 'Your record' });
    const exported = async (format: string) => {
      await bar.getByRole('combobox', { name: 'Export format' }).selectOption(format);
      return saved(() => bar.getByRole('button', { name: 'Export', exact: true }).click());
    };
    const json = await exported('record');
    const back = JSON.parse(json.text) as ReturnType<typeof hostile>;
    expect(back.title).toBe(rec.title);
    expect(back.paragraphs[0]!.text).toBe(rec.paragraphs[0]!.text);
    const tei = await exported('tei');
    const teiCheck = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'application/xml');
      return { error: !!doc.querySelector('parsererror'), bad: doc.querySelectorAll('script, img, iframe, svg').length, text: doc.documentElement.textContent ?? '' };
    }, tei.text);
    expect(teiCheck).toEqual({ error: false, bad: 0, text: expect.stringContaining(PAYLOADS[1]!) });
    const csv = await exported('csv');
    // a cell that starts like a formula is written with a leading quote: a spreadsheet shows it as text
    expect(csv.text).toContain(`'${FORMULA.replace(/"/g, '""')}`);
    expect(csv.text.split('\n').some((line) => /(^|,)"?=/.test(line))).toBe(false);
    for (const format of ['geojson', 'lpf', 'annotations']) {
      const f = await exported(format);
      expect(() => JSON.parse(f.text)).not.toThrow();
      expect(f.text).toContain(JSON.stringify(PAYLOADS[0]).slice(1, -1));
    }
    await expectNothingRan(page, g);
  });
});
