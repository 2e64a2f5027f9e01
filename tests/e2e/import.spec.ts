/**
 * Bring your own record, in the built app: import a text file, accept the drafts, correct a
 * coordinate, mark words as a new event, undo and redo, reload (nothing lost), export and import
 * the export again (the same record); a bad file changes nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, watch } from './util.ts';
import { bar, download, fixture, importDialog, importFile, reimportSame } from './record-io.ts';

const TITLE = 'Telegram from the Chinese Embassy in Pyongyang on the Tunnels';

/** Select some words of a text part, as a reader would with the mouse. */
async function selectWords(page: Page, part: string, words: string) {
  await page.evaluate(
    ({ part, words }) => {
      const root = document.querySelector(`[data-part="${part}"]`)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(words);
        if (at >= 0) {
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + words.length);
          document.getSelection()!.removeAllRanges();
          document.getSelection()!.addRange(r);
          return;
        }
      }
      throw new Error(`"${words}" is not in one text node of ${part}`);
    },
    { part, words },
  );
}

test('import a text file, accept drafts, edit, reload, export and re-import: nothing lost', async ({ page }) => {
  const w = watch(page);
  await openApp(page);

  await importFile(page, fixture('telegram.md'));
  const dialog = importDialog(page);
  await expect(dialog.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(dialog.locator('.draft').first()).toBeVisible();
  // the drafts: Pyongyang, East and West Pyongyang, Korean, Hanoi…; "this year" read against 3 March 1966
  await expect(dialog.getByRole('checkbox', { name: 'Accept “Hanoi” as a place' })).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Accept “this year” as a date' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Accept all' }).click();
  await dialog.getByRole('button', { name: 'Load into the explorer' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.locator('h1')).toHaveText(TITLE);
  await expect(page.locator('.reader .paragraph')).toHaveCount(2);
  await expect(page.locator('.map-pane').getByRole('button', { name: 'Hanoi', exact: true })).toBeVisible();
  await expect(bar(page).getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

  // correct a coordinate
  await bar(page).getByRole('button', { name: 'Edit record', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Edit the record' });
  await panel.getByRole('combobox', { name: 'Place' }).selectOption('hanoi');
  await panel.locator('#edit-lat').fill('21.03');
  await panel.locator('#edit-lon').fill('105.85');
  await panel.getByRole('button', { name: 'Move' }).click();
  await expect(panel.getByRole('status')).toHaveText('Moved Hanoi');

  // mark words as a new event, its EDTF checked as it is typed
  await selectWords(page, 'p2', 'digging in other cities');
  await expect(panel.getByText('Selected in p2')).toBeVisible();
  await panel.locator('#mark-target').selectOption('new-event');
  await panel.getByLabel('Title').fill('Digging in other cities');
  await panel.locator('#new-event-when').fill('1966-13');
  await expect(panel.locator('#new-event-when')).toHaveAttribute('aria-invalid', 'true');
  await panel.locator('#new-event-when').fill('1966');
  await expect(panel.locator('#new-event-when')).toHaveAttribute('aria-invalid', 'false');
  await panel.getByRole('button', { name: 'Mark' }).click();
  await expect(page.locator('.timeline-pane').getByRole('button', { name: 'Digging in other cities', exact: true })).toBeVisible();

  // undo takes the event away, redo brings it back
  await bar(page).getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('.timeline-pane').getByRole('button', { name: 'Digging in other cities', exact: true })).toHaveCount(0);
  await bar(page).getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(page.locator('.timeline-pane').getByRole('button', { name: 'Digging in other cities', exact: true })).toBeVisible();
  await expect(bar(page).getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

  const before = await download(page);
  expect(before.name).toBe('prc-fma-106-01480-01.record.json');
  expect(before.record.places.find((p) => p.id === 'hanoi')).toMatchObject({ lat: 21.03, lon: 105.85 });
  expect(before.record.events.map((e) => e.title)).toContain('Digging in other cities');

  // reload: the working record comes back from this browser's storage
  await page.reload();
  await expect(page.locator('h1')).toHaveText(TITLE);
  const after = await download(page);
  expect(after.text).toBe(before.text);

  // import the export again: the same record
  await reimportSame(page, before.text, TITLE);

  expect(w.errors).toEqual([]);
  expect(w.external).toEqual([]);
});

test('a malformed file is rejected with its name and line, and the record shown does not change', async ({ page }) => {
  await openApp(page);
  const title = await page.locator('h1').textContent();
  await importFile(page, fixture('bad.tei.xml'));
  const alert = importDialog(page).getByRole('alert');
  await expect(alert).toContainText('bad.tei.xml could not be imported; nothing has changed');
  await expect(alert).toContainText(/line 5, column \d+/);
  await importDialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('h1')).toHaveText(title!);
  await expect(bar(page).getByRole('status').filter({ hasText: 'Saved in this browser' })).toHaveCount(0);
});
