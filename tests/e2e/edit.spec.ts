/**
 * Editing on the map and the timeline, in the built app: import a text file and accept its
 * drafts, then, in edit mode, drag a place's marker to correct its point (the map stays where it
 * looked), nudge it with the arrow keys, undo; reload (the corrected point is still there), export
 * and import the export again (the same record). And the event editor's live EDTF preview on the
 * timeline: a ghost while the typed date is valid, gone when it is not, the real mark once set.
 * Screenshots of edit mode with the preview go to tests/screenshots/ for a person to look at.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mapPane, openApp, placeMarker, timelinePane, watch } from './util.ts';
import { audit, summary } from './axe-audit.ts';
import { bar, download, fixture, importDialog, importFile, reimportSame } from './record-io.ts';

const TITLE = 'Telegram from the Chinese Embassy in Pyongyang on the Tunnels';
const panel = (page: Page) => page.getByRole('complementary', { name: 'Edit the record' });

/** Every place marker's centre on screen, by name: equal before and after means the same map view. */
async function markerCentres(page: Page, except: string): Promise<Record<string, [number, number]>> {
  const out: Record<string, [number, number]> = {};
  for (const m of await mapPane(page).locator('.place-marker').all()) {
    const name = (await m.getAttribute('title'))!;
    const b = (await m.boundingBox())!;
    if (name !== except) out[name] = [b.x + b.width / 2, b.y + b.height / 2];
  }
  return out;
}

async function centre(l: Locator): Promise<[number, number]> {
  const b = (await l.boundingBox())!;
  return [b.x + b.width / 2, b.y + b.height / 2];
}

async function coords(page: Page): Promise<[number, number]> {
  return [Number(await panel(page).locator('#edit-lat').inputValue()), Number(await panel(page).locator('#edit-lon').inputValue())];
}

test('drag a marker to correct a point: an undoable edit, the map view kept, saved, exported', async ({ page }) => {
  const w = watch(page);
  await openApp(page);
  await importFile(page, fixture('telegram.md'));
  const dialog = importDialog(page);
  await expect(dialog.getByRole('checkbox', { name: 'Accept “Hanoi” as a place' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Accept all' }).click();
  await dialog.getByRole('button', { name: 'Load into the explorer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('h1')).toHaveText(TITLE);

  const hanoi = placeMarker(page, 'Hanoi');
  await expect(hanoi).toBeVisible();
  // not in edit mode: a marker is not draggable
  await expect(hanoi).not.toHaveClass(/editable/);
  const drafted = (await download(page)).record.places.find((p) => p.id === 'hanoi')!;

  // edit mode: markers can be picked up, and say how to assistive technology
  await bar(page).getByRole('button', { name: 'Edit record', exact: true }).click();
  await expect(hanoi).toHaveClass(/editable/);
  await expect(hanoi).toHaveAttribute('aria-description', 'Drag, or use the arrow keys, to move this place');
  // let the map settle (the import's fit) before measuring the view
  await page.waitForTimeout(400);
  const view = await markerCentres(page, 'Hanoi');
  expect(Object.keys(view).length).toBeGreaterThan(1);

  // drag Hanoi 60 px right and 40 px up
  const [x0, y0] = await centre(hanoi);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0 + 20, y0 - 12, { steps: 4 });
  await page.mouse.move(x0 + 60, y0 - 40, { steps: 8 });
  await page.mouse.up();

  // the place editor shows the place moved, with its new point
  await expect(panel(page).getByRole('status')).toHaveText('Moved Hanoi');
  await expect(panel(page).getByRole('combobox', { name: 'Place' })).toHaveValue('hanoi');
  await expect.poll(async () => (await coords(page))[0]).toBeGreaterThan(drafted.lat);
  const [lat, lon] = await coords(page);
  expect(lon).toBeGreaterThan(drafted.lon);
  // written to what a pixel resolves at this zoom: no more than 4 decimals
  for (const v of [lat, lon]) expect(String(v).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(4);
  expect(await bar(page).getByRole('button', { name: 'Undo', exact: true }).isEnabled()).toBe(true);

  // the map was drawn again for the edit, and looks where it looked: every other marker where it was,
  // and Hanoi where it was dropped
  await expect(hanoi).toBeVisible();
  const after = await markerCentres(page, 'Hanoi');
  expect(Object.keys(after).sort()).toEqual(Object.keys(view).sort());
  for (const [name, [x, y]] of Object.entries(view)) {
    expect(Math.abs(after[name]![0] - x), name).toBeLessThan(1.5);
    expect(Math.abs(after[name]![1] - y), name).toBeLessThan(1.5);
  }
  const [x1, y1] = await centre(hanoi);
  expect(Math.abs(x1 - (x0 + 60))).toBeLessThan(3);
  expect(Math.abs(y1 - (y0 - 40))).toBeLessThan(3);

  // by keyboard: a focused marker moves with the arrow keys, keeps its focus, and is one undoable edit
  await hanoi.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await coords(page))[1]).toBeGreaterThan(lon);
  await expect(hanoi).toBeFocused();
  await expect.poll(async () => Math.abs((await centre(hanoi))[0] - (x1 + 20))).toBeLessThan(3);
  await bar(page).getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => coords(page)).toEqual([lat, lon]);

  await expect(bar(page).getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
  const before = await download(page);
  const moved = before.record.places.find((p) => p.id === 'hanoi')!;
  expect(moved).toMatchObject({ lat, lon });
  expect(moved.note).toMatch(/Point corrected by hand on the map, to about \d+ k?m\.$/);

  // reload: the corrected point comes back from this browser's storage
  await page.reload();
  await expect(page.locator('h1')).toHaveText(TITLE);
  await bar(page).getByRole('button', { name: 'Edit record', exact: true }).click();
  await panel(page).getByRole('combobox', { name: 'Place' }).selectOption('hanoi');
  await expect.poll(() => coords(page)).toEqual([lat, lon]);
  expect((await download(page)).text).toBe(before.text);

  // import the export again: the same record, the dragged point in it
  await reimportSame(page, before.text, TITLE);

  expect(w.errors).toEqual([]);
  expect(w.external).toEqual([]);
});

const EVENT = 'tunnels-east-west-complete';
const ghost = (page: Page) => timelinePane(page).locator('g.ghost');
const ghostLabel = (page: Page) => timelinePane(page).locator('.ghost-label');

async function typeDate(page: Page, when: string) {
  await panel(page).locator('#edit-when').fill(when);
}

test('the EDTF being typed is previewed on the timeline until it is set; invalid or unchanged, no preview', async ({ page }) => {
  const w = watch(page);
  await openApp(page);
  await bar(page).getByRole('button', { name: 'Edit record', exact: true }).click();
  await panel(page).getByRole('combobox', { name: 'Event' }).selectOption(EVENT);
  await expect(panel(page).locator('#edit-when')).toHaveValue('1966');
  // the date it has: nothing to preview
  await expect(ghost(page)).toHaveCount(0);

  await typeDate(page, '1967-03/1967-09');
  await expect(panel(page).locator('#edit-when')).toHaveAttribute('aria-invalid', 'false');
  await expect(ghost(page)).toHaveCount(1);
  await expect(ghost(page)).toHaveAttribute('data-preview-event', EVENT);
  await expect(ghostLabel(page)).toBeVisible();
  await expect(ghostLabel(page)).toHaveText(/^Preview \(not set\): Tunnels under East and West Pyongyang basically complete, Mar 1967 – Sep 1967$/);
  await expect(ghostLabel(page)).toHaveAttribute('aria-hidden', 'true');
  // a preview is no edit: nothing to undo, the event's own mark where it was
  await expect(bar(page).getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  const mark = timelinePane(page).locator(`[data-event="${EVENT}"]`);
  const markBefore = (await mark.boundingBox())!;
  // the ghost lies later than the mark (1967 against 1966)
  const ghostBox = (await ghost(page).locator('.ghost-outline').boundingBox())!;
  expect(ghostBox.x).toBeGreaterThan(markBefore.x);
  // edit mode with a preview and draggable markers passes the WCAG 2.2 AA audit
  expect(summary(await audit(page))).toEqual([]);

  for (const size of [
    { name: 'desktop', width: 1440, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await expect(ghostLabel(page)).toBeVisible();
    // a phone: the page scrolled to the timeline, above the editor's sheet
    if (size.name === 'phone') await timelinePane(page).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await panel(page).locator('#edit-when').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `tests/screenshots/edit-preview-${size.name}.png`, animations: 'disabled' });
    await expect(ghostLabel(page)).toBeInViewport();
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // half typed, or not EDTF: the preview goes
  await typeDate(page, '1967-1');
  await expect(panel(page).locator('#edit-when')).toHaveAttribute('aria-invalid', 'true');
  await expect(ghost(page)).toHaveCount(0);
  await expect(ghostLabel(page)).toHaveCount(0);
  await typeDate(page, '1967-13');
  await expect(ghost(page)).toHaveCount(0);

  // valid again: back; set: it is the event's date (one undoable edit), and the preview is gone
  await typeDate(page, '1967-03/1967-09');
  await expect(ghost(page)).toHaveCount(1);
  await panel(page).getByRole('button', { name: 'Set the date' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('Dated Tunnels under East and West Pyongyang basically complete 1967-03/1967-09');
  await expect(ghost(page)).toHaveCount(0);
  await expect(bar(page).getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();
  await expect(mark).toHaveAccessibleDescription(/^Mar 1967 – Sep 1967;/);

  // choosing no event, or closing the editor, takes a preview away
  await typeDate(page, '1968');
  await expect(ghost(page)).toHaveCount(1);
  await panel(page).getByRole('combobox', { name: 'Event' }).selectOption('');
  await expect(ghost(page)).toHaveCount(0);
  await panel(page).getByRole('combobox', { name: 'Event' }).selectOption(EVENT);
  await typeDate(page, '1968');
  await expect(ghost(page)).toHaveCount(1);
  await panel(page).getByRole('button', { name: 'Close the editor' }).click();
  await expect(ghost(page)).toHaveCount(0);

  expect(w.errors).toEqual([]);
  expect(w.external).toEqual([]);
});
