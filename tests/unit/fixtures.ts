import mini from '../fixtures/mini-record.json';
import type { ArchivalRecord } from '../../src/lib/model/types.ts';

/** A fresh deep copy of the mini record, safe to mutate in a test. */
export function miniRecord(): ArchivalRecord {
  return structuredClone(mini) as unknown as ArchivalRecord;
}
