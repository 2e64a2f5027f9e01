/**
 * The editor: the working record, its undo and redo history, and the autosave. Every change goes
 * through `commit`, which validates the new record whole: a change that would break it is refused
 * with the validator's problems, and the record shown stays as it was.
 */
import { createContext } from 'svelte';
import { validateRecord, type RecordProblem } from '../model/validate.ts';
import type { ArchivalRecord } from '../model/types.ts';

export interface EditorStore {
  save(record: ArchivalRecord): Promise<void>;
  clear(): Promise<void>;
}

const LIMIT = 200;

export class Editor {
  record = $state.raw<ArchivalRecord>() as ArchivalRecord;
  #past = $state.raw<ArchivalRecord[]>([]);
  #future = $state.raw<ArchivalRecord[]>([]);
  /** the problems of the last refused change */
  problems = $state.raw<RecordProblem[]>([]);
  saveState = $state<'unsaved' | 'saving' | 'saved' | 'failed'>('unsaved');
  /** the last change made, for the status line ("Moved Pyongyang") */
  lastChange = $state('');
  readonly #store: EditorStore | null;
  readonly #onchange: (r: ArchivalRecord) => void;

  constructor(record: ArchivalRecord, opts: { store?: EditorStore; onchange?: (r: ArchivalRecord) => void; saved?: boolean } = {}) {
    this.record = record;
    this.#store = opts.store ?? null;
    this.#onchange = opts.onchange ?? (() => {});
    if (opts.saved) this.saveState = 'saved';
  }

  get canUndo() {
    return this.#past.length > 0;
  }
  get canRedo() {
    return this.#future.length > 0;
  }

  /** Replace the record with `next` if it validates; returns whether it did. */
  commit(next: ArchivalRecord, what: string, file = 'edit'): boolean {
    const checked = validateRecord(next, file);
    if (!checked.ok) {
      this.problems = checked.problems;
      return false;
    }
    this.problems = [];
    this.#past = [...this.#past, this.record].slice(-LIMIT);
    this.#future = [];
    this.#set(checked.record, what);
    return true;
  }

  undo() {
    const prev = this.#past.at(-1);
    if (!prev) return;
    this.#past = this.#past.slice(0, -1);
    this.#future = [this.record, ...this.#future];
    this.#set(prev, 'Undone');
  }

  redo() {
    const next = this.#future[0];
    if (!next) return;
    this.#future = this.#future.slice(1);
    this.#past = [...this.#past, this.record];
    this.#set(next, 'Redone');
  }

  #set(r: ArchivalRecord, what: string) {
    this.record = r;
    this.lastChange = what;
    this.#onchange(r);
    this.save();
  }

  /** Autosave; a failure is shown, never thrown. */
  save(): Promise<void> {
    if (!this.#store) return Promise.resolve();
    this.saveState = 'saving';
    const r = this.record;
    return this.#store.save(r).then(
      () => {
        if (this.record === r) this.saveState = 'saved';
      },
      () => {
        this.saveState = 'failed';
      },
    );
  }
}

export const [getEditor, setEditor] = createContext<Editor>();
