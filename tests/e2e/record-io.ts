/**
 * Getting a record into and out of the built app, shared by the specs that import and export:
 * the import fixtures, the "Your record" toolbar, the import dialog, a download, and the round
 * trip of importing an export again.
 */
import { expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ArchivalRecord } from '../../src/lib/model/types.ts';

/** A file of tests/fixtures/import as a path, since the file input takes paths, not URLs. */
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

/** The toolbar every record action (import, download, edit, undo) is reached from. */
export const bar = (page: Page) => page.getByRole('toolbar', { name: 'Your record' });

/** The import dialog, where drafts are accepted and a record is loaded. */
export const importDialog = (page: Page) => page.locator('dialog.import');

/** Open the import dialog and give it a file, as a reader choosing one would. */
export async function importFile(page: Page, path: string) {
  await bar(page).getByRole('button', { name: 'Import…', exact: true }).click();
  await importDialog(page).locator('input[type=file]').setInputFiles(path);
}

/** Download the record: its text to compare to the byte, parsed to look inside, and the name offered. */
export async function download(page: Page): Promise<{ name: string; record: ArchivalRecord; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), bar(page).getByRole('button', { name: 'Download', exact: true }).click()]);
  const text = readFileSync((await dl.path())!, 'utf8');
  return { name: dl.suggestedFilename(), record: JSON.parse(text) as ArchivalRecord, text };
}

/** Text (a downloaded record) written to a fresh temporary file, since the file input takes only a path. */
export function writeTemp(text: string): string {
  const path = `${mkdtempSync(`${tmpdir()}/reimport-`)}/record.json`;
  writeFileSync(path, text);
  return path;
}

/**
 * Import an export again (its dialog headed `title`, if given), load it, and expect the download
 * after to be the same text: a round trip that loses nothing. Returns that download.
 */
export async function reimportSame(page: Page, text: string, title?: string) {
  const dialog = importDialog(page);
  await importFile(page, writeTemp(text));
  if (title !== undefined) await expect(dialog.getByRole('heading', { name: title })).toBeVisible();
  await dialog.getByRole('button', { name: 'Load into the explorer' }).click();
  await expect(dialog).toBeHidden();
  const again = await download(page);
  expect(again.text).toBe(text);
  return again;
}
