import type { Component } from 'svelte';
import { render } from '@testing-library/svelte';
import Harness from './ExplorerHarness.svelte';
import type { Explorer } from '../../src/lib/state/explorer.svelte.ts';
import type { ArchivalRecord } from '../../src/lib/model/types.ts';
import mini from '../fixtures/mini-record.json';

export const miniRecord = mini as unknown as ArchivalRecord;

/** Render a prop-less view under an Explorer for `record`; returns the render result and the Explorer. */
export function renderWithExplorer(view: Component, record: ArchivalRecord = miniRecord) {
  let explorer!: Explorer;
  const result = render(Harness, { props: { record, view, onready: (e: Explorer) => (explorer = e) } });
  return { ...result, explorer };
}
