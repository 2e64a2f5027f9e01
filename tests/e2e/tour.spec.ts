/**
 * Teaching with the record: the class tour run through with clicker keys in presentation mode,
 * step URLs, the presenter's window kept in step, slide images and the printed handout, and the
 * tour editor. Screenshots go to tests/screenshots/ for a person to look at.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mapPane, openApp, placeMarker, readerPane, record, timelineEvent, watch } from './util.ts';
import { validateRecord } from '../../src/lib/model/validate.ts';
import type { TourStep } from '../../src/lib/model/types.ts';

const tour = record.tours!.find((t) => t.id === 'class')!;
const steps = tour.steps;

/** What a step selects, found in the view that shows it. */
function selectedMark(page: Page, step: TourStep) {
  const sel = step.select!;
  if (sel.kind === 'place') return placeMarker(page, record.places.find((p) => p.id === sel.id)!.name);
  return timelineEvent(page, record.events.find((e) => e.id === sel.id)!.title);
}

async function expectStep(page: Page, i: number, view = '&view=present') {
  const step = steps[i]!;
  await expect(page).toHaveURL(new RegExp(`#tour=class&step=${i + 1}${view}$`));
  await expect(page.locator('.presentation h1')).toHaveText(step.title);
  await expect(page.locator('.presentation .narration')).toHaveText(step.narration);
  await expect(selectedMark(page, step)).toHaveAttribute('aria-current', 'true');
  // its paragraph is lit, and the text has scrolled to it
  const para = readerPane(page).locator(`.paragraph[data-part="${step.paragraph}"]`);
  await expect(para).toHaveClass(/lit/);
  await expect(para.locator('a.mention.lit').first()).toBeInViewport();
  // the places it names are lit on the map, and (unless the step names its own map view) in view
  for (const id of step.places ?? []) {
    const name = record.places.find((p) => p.id === id)!.name;
    await expect(placeMarker(page, name)).toHaveClass(/focused|selected/);
    if (!step.map) await expect(placeMarker(page, name)).toBeInViewport();
  }
}

test.describe('tours', () => {
  test('the class tour runs through with clicker keys in presentation mode', async ({ page }) => {
    test.setTimeout(120_000); // seventeen key presses, each checked in all three views
    const w = watch(page);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openApp(page);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.locator('.presentation')).toBeVisible();
    await expectStep(page, 0);

    // forward with each key a clicker may send
    const forward = ['ArrowRight', 'PageDown', 'Space'];
    for (let i = 1; i < steps.length; i++) {
      await page.keyboard.press(forward[(i - 1) % forward.length]!);
      await expectStep(page, i);
    }
    await page.keyboard.press('ArrowRight'); // past the end: stays
    await expectStep(page, steps.length - 1);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, steps.length - 2);
    await page.keyboard.press('PageUp');
    await expectStep(page, steps.length - 3);
    await page.keyboard.press('Home');
    await expectStep(page, 0);
    await page.keyboard.press('End');
    await expectStep(page, steps.length - 1);
    await page.keyboard.type('3');
    await expect(page.getByRole('status').filter({ hasText: 'Go to step 3' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expectStep(page, 2);

    // with focus on a map marker, the clicker still steps the tour (and the marker does not take the key)
    await placeMarker(page, 'South Korea').focus();
    await page.keyboard.press('Space');
    await expectStep(page, 3);

    await page.keyboard.press('Escape');
    await expect(page.locator('.presentation')).toHaveCount(0);
    await expect(page.locator('.explorer')).toBeVisible();
    await expect(page).toHaveURL(/#tour=class&step=4$/);
    await expect(page.locator('.tourbar')).toContainText(steps[3]!.title);
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
  });

  test('every step is a URL: a reload, or another browser, lands on the same step', async ({ page, browser }) => {
    test.setTimeout(60_000);
    await openApp(page, '#tour=class&step=6');
    await expect(page.locator('.tourbar')).toContainText(steps[5]!.title);
    await expect(selectedMark(page, steps[5]!)).toHaveAttribute('aria-current', 'true');
    await page.reload();
    await expect(page).toHaveURL(/#tour=class&step=6$/);
    await expect(selectedMark(page, steps[5]!)).toHaveAttribute('aria-current', 'true');
    // the step's time window is set, as the brush shows it
    await expect(page.locator('.timeline-pane .window-label')).toContainText('Sep 1965');

    const other = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const p2 = await other.newPage();
    await p2.goto('/#tour=class&step=2&view=present');
    await expectStep(p2, 1);
    await other.close();

    // back and forward step through the steps
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page).toHaveURL(/#tour=class&step=7$/);
    await page.goBack();
    await expect(page).toHaveURL(/#tour=class&step=6$/);
    await expect(page.locator('.tourbar')).toContainText(steps[5]!.title);
    // ending the tour gives the plain selection URL back
    await page.getByRole('button', { name: 'End tour' }).click();
    await expect(page).toHaveURL(new RegExp(`#event=${steps[5]!.select!.id}$`));
  });

  test('the presenter window follows the projected one, and leads it', async ({ page, context }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openApp(page, '#tour=class&step=2&view=present');
    await expectStep(page, 1);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
    await presenter.waitForLoadState();
    await expect(presenter).toHaveURL(/#tour=class&step=2&view=presenter$/);
    await expect(presenter.locator('.now h1')).toHaveText(steps[1]!.title);
    await expect(presenter.locator('.next h2')).toContainText(steps[2]!.title);
    await expect(presenter.locator('.elapsed')).toHaveText(/^\d\d:\d\d$/);
    await expect(presenter.locator('.time')).toHaveText(/\d\d.\d\d/);

    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    await expect(presenter.locator('.now h1')).toHaveText(steps[2]!.title);
    await expect(presenter).toHaveURL(/#tour=class&step=3&view=presenter$/);

    // the presenter's clicker drives the projector
    await presenter.bringToFront();
    await presenter.keyboard.press('PageDown');
    await expect(presenter.locator('.now h1')).toHaveText(steps[3]!.title);
    await expectStep(page, 3);
    await presenter.getByRole('button', { name: '6', exact: true }).click();
    await expectStep(page, 5);
    await presenter.screenshot({ path: 'tests/screenshots/tour-presenter.png' });
  });

  test('with reduced motion the map jumps to a step instead of flying', async ({ page }) => {
    test.setTimeout(60_000);
    // South Korea goes far off to the side as the map closes in on Pyongyang (step 2)
    const where = async () => (await placeMarker(page, 'South Korea').boundingBox())!;
    const moveWhile = async () => {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(120);
      const early = await where();
      await page.waitForTimeout(1400);
      const late = await where();
      return Math.hypot(early.x - late.x, early.y - late.y);
    };
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, '#tour=class&step=1&view=present');
    expect(await moveWhile()).toBeLessThan(1);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('about:blank'); // a fresh load: the same URL again would be a mere hash change
    await openApp(page, '#tour=class&step=1&view=present');
    expect(await moveWhile()).toBeGreaterThan(20);
  });

  test('the slide PNG is 1920 × 1080 and not blank; the timeline SVG names the events', async ({ page }) => {
    const w = watch(page);
    await openApp(page, '#tour=class&step=2');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Slide PNG' }).click()]);
    expect(png.suggestedFilename()).toBe(`${record.id}-class-step-2.png`);
    const bytes = readFileSync((await png.path())!);
    await png.saveAs('tests/screenshots/tour-slide.png'); // for a person to look at
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
    // decoded in the browser: many colours, and much of it not the white ground
    const stats = await page.evaluate(async (data) => {
      const bmp = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
      const colours = new Set<number>();
      let ink = 0;
      for (let i = 0; i < d.length; i += 16) {
        colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
        if (d[i]! < 235 || d[i + 1]! < 235 || d[i + 2]! < 235) ink++;
      }
      // the map's corner: the still map's sea, not white (the SVG was drawn)
      const sea = ctx.getImageData(770, 160, 1, 1).data;
      return { colours: colours.size, ink: ink / (d.length / 16), sea: [...sea.slice(0, 3)] };
    }, [...bytes]);
    expect(stats.colours).toBeGreaterThan(200);
    expect(stats.ink).toBeGreaterThan(0.3);
    expect(stats.sea).not.toEqual([255, 255, 255]);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Timeline SVG' }).click()]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('Tunnels are dug underneath Pyongyang');
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
  });

  test('screenshots: presentation mode at 1080p, and the printed handout', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openApp(page, '#tour=class&step=3&view=present');
    await expectStep(page, 2);
    await page.waitForTimeout(1200); // the map's flight and the timeline's easing
    await page.screenshot({ path: 'tests/screenshots/tour-presentation.png', animations: 'disabled' });

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handout')).toBeVisible();
    await expect(page.locator('.presentation')).toBeHidden();
    await expect(page.locator('.handout h2').first()).toHaveText(steps[2]!.title);
    await expect(page.locator('.handout figure.map svg path').nth(2)).toHaveAttribute('d', /^M/);
    // every body paragraph printed, the step's words highlighted
    await expect(page.locator('.handout .text li')).toHaveCount(record.paragraphs.length);
    // on paper the mentions are highlighted words, not links (a link there is an unmarked word)
    await expect(page.locator('.handout .mention.lit').first()).toBeVisible();
    await expect(page.locator('.handout a')).toHaveCount(0);
    await page.screenshot({ path: 'tests/screenshots/tour-handout-print.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  test('the tour editor adds the current view as a step, reorders, rewrites, deletes, keeps it, and downloads the record', async ({ page }) => {
    test.setTimeout(60_000);
    await openApp(page, '#tour=class&step=1');
    await page.getByRole('button', { name: 'Edit tours' }).click();
    const editor = page.getByRole('dialog', { name: 'Tours' });
    await expect(editor.locator('.steps > li')).toHaveCount(steps.length);

    // a view of our own: Japan, selected on the map
    await page.getByRole('button', { name: 'End tour' }).click();
    await placeMarker(page, 'Japan').click();
    await expect(page).toHaveURL(/#place=japan$/);
    await editor.getByRole('button', { name: 'Add current view as step' }).click();
    await expect(editor.locator('.steps > li')).toHaveCount(steps.length + 1);
    const added = editor.locator('.steps > li').last();
    await expect(added.getByRole('textbox', { name: /Title of step/ })).toHaveValue('Japan');
    await expect(added.getByRole('textbox', { name: /Narration/ })).toHaveValue(/^“.+”$/);

    await added.getByRole('textbox', { name: /Narration/ }).fill('Where Kim’s warning points.');
    await added.getByRole('button', { name: `Move step ${steps.length + 1} up` }).click();
    await expect(editor.locator('.steps > li').nth(steps.length - 1).getByRole('textbox', { name: /Title of step/ })).toHaveValue('Japan');
    await editor.locator('.steps > li').first().getByRole('button', { name: 'Delete' }).click();
    await expect(editor.locator('.steps > li')).toHaveCount(steps.length);

    // kept in this browser: a reload shows the edited tour
    await page.reload();
    await page.getByRole('button', { name: 'Edit tours' }).click();
    await expect(editor.locator('.steps > li')).toHaveCount(steps.length);
    await expect(editor.locator('.steps > li').first().getByRole('textbox', { name: /Title of step/ })).toHaveValue(steps[1]!.title);
    await expect(editor.getByRole('textbox', { name: /Narration of step 6/ })).toHaveValue('Where Kim’s warning points.');

    const [file] = await Promise.all([page.waitForEvent('download'), editor.getByRole('button', { name: 'Download record JSON' }).click()]);
    const json = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    const result = validateRecord(json, 'record.json');
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(json.tours[0].steps[5]).toMatchObject({ title: 'Japan', narration: 'Where Kim’s warning points.', select: { kind: 'place', id: 'japan' } });
    expect(json.paragraphs).toEqual(record.paragraphs);

    // and back to the record's own tour
    await editor.getByRole('button', { name: 'Revert to the record’s tour' }).click();
    await expect(editor.locator('.steps > li')).toHaveCount(steps.length);
    await expect(editor.locator('.steps > li').first().getByRole('textbox', { name: /Title of step/ })).toHaveValue(steps[0]!.title);
    await expect(mapPane(page)).toBeVisible();
  });
});
