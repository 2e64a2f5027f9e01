/**
 * The working record, saved in this browser (IndexedDB) after every edit, so that a reload or a
 * crashed tab loses nothing. What is read back is validated like any file: a damaged copy is
 * reported and ignored whole, never half-loaded.
 */
import { validateRecord, type ValidationResult } from '../model/validate.ts';
import type { ArchivalRecord } from '../model/types.ts';

const DB = 'record-explorer';
const STORE = 'working';
const KEY = 'current';
export const SAVED_FILE = 'the copy saved in this browser';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('this browser has no IndexedDB'));
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
  });
}

function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = act(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result as T);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? new Error('IndexedDB transaction failed'));
        };
      }),
  );
}

export function saveWorking(record: ArchivalRecord): Promise<void> {
  return run<unknown>('readwrite', (s) => s.put({ record, savedAt: new Date().toISOString() }, KEY)).then(() => undefined);
}

/** The saved working record (validated), null when there is none. */
export async function loadWorking(): Promise<ValidationResult | null> {
  let got: { record?: unknown } | undefined;
  try {
    got = await run<{ record?: unknown } | undefined>('readonly', (s) => s.get(KEY));
  } catch {
    return null;
  }
  if (!got?.record) return null;
  return validateRecord(got.record, SAVED_FILE);
}

export function clearWorking(): Promise<void> {
  return run<unknown>('readwrite', (s) => s.delete(KEY)).then(() => undefined);
}
