/**
 * The guided tour: which tour, which step, and which layout (the explorer, the projected
 * presentation, or the presenter's window). It drives the Explorer through its `present` verb,
 * so the views follow a step exactly as they follow a click; it keeps other windows in step
 * through a TourLink, and saves edited tours through `persist`.
 */
import { createContext } from 'svelte';
import type { Explorer } from './explorer.svelte.ts';
import type { TourLink, TourMessage } from './tour-link.ts';
import { mergeTours } from './tour-store.ts';
import { stageOf, type Stage } from '../model/tour.ts';
import type { TourAt } from '../model/url-hash.ts';
import type { Tour, TourStep } from '../model/types.ts';

export type TourView = 'explore' | 'present' | 'presenter';

export interface TourOptions {
  /** tours saved in this browser, laid over the record's */
  saved?: readonly Tour[];
  /** called with every saved tour after an edit */
  persist?: (saved: readonly Tour[]) => void;
  /** the line to other windows of this record */
  link?: TourLink;
}

/** A step's stage; a window that cannot be read (an edited tour) is left out, not fatal. */
function safeStage(step: TourStep): Stage {
  try {
    return stageOf(step);
  } catch {
    return stageOf({ ...step, window: undefined });
  }
}

/** What a step shows, as one comparable string (title and narration left out). */
function showKey(s: TourStep): string {
  return JSON.stringify([s.select ?? null, s.places ?? [], s.events ?? [], s.paragraph ?? null, s.window ?? null, s.map ?? null]);
}

export class TourState {
  /** the record's own tours */
  own = $state.raw<readonly Tour[]>([]);
  /** tours saved in this browser */
  saved = $state.raw<readonly Tour[]>([]);
  tours: readonly Tour[] = $derived(mergeTours(this.own, this.saved));
  tourId = $state.raw<string | null>(null);
  /** 0-based */
  step = $state(0);
  view = $state.raw<TourView>('explore');

  tour: Tour | null = $derived(this.tours.find((t) => t.id === this.tourId) ?? null);
  current: TourStep | null = $derived(this.tour?.steps[this.step] ?? null);
  following: TourStep | null = $derived(this.tour?.steps[this.step + 1] ?? null);
  /** where the URL says the tour is; null outside a tour */
  at: TourAt | null = $derived(
    this.tour ? { tour: this.tour.id, step: this.step, ...(this.view !== 'explore' ? { view: this.view } : {}) } : null,
  );

  private readonly explorer: Explorer;
  private readonly options: TourOptions;

  constructor(explorer: Explorer, own: readonly Tour[], options: TourOptions = {}) {
    this.explorer = explorer;
    this.own = own;
    this.options = options;
    this.saved = options.saved ?? [];
  }

  get active(): boolean {
    return this.tour !== null;
  }

  get count(): number {
    return this.tour?.steps.length ?? 0;
  }

  /** Open a tour at a step (and layout), as a URL or another window asks. False if there is no such tour. */
  open(at: TourAt, remote = false): boolean {
    if (!this.tours.some((t) => t.id === at.tour)) return false;
    this.tourId = at.tour;
    if (at.view) this.view = at.view;
    this.go(at.step, remote);
    return true;
  }

  /** Go to step i (clamped) and show it; tell the other windows unless they told us. */
  go(i: number, remote = false) {
    const tour = this.tour;
    if (!tour) return;
    this.step = Math.max(0, Math.min(tour.steps.length - 1, Math.trunc(i) || 0));
    this.explorer.present(safeStage(tour.steps[this.step]!));
    if (!remote) this.options.link?.post({ type: 'at', tour: tour.id, step: this.step });
  }

  next() {
    if (this.step < this.count - 1) this.go(this.step + 1);
  }

  prev() {
    if (this.step > 0) this.go(this.step - 1);
  }

  first() {
    this.go(0);
  }

  last() {
    this.go(this.count - 1);
  }

  /** Leave the tour; the selection stays as the last step left it. */
  stop() {
    this.tourId = null;
    this.step = 0;
    this.view = 'explore';
    this.explorer.present(null);
  }

  setView(view: TourView) {
    this.view = view;
  }

  // ---- editing -----------------------------------------------------------------------------

  isEdited(id: string): boolean {
    return this.saved.some((t) => t.id === id);
  }

  isOwn(id: string): boolean {
    return this.own.some((t) => t.id === id);
  }

  /**
   * Keep an edited (or new) tour in this browser. The step on show is shown again only when what
   * it shows changed: typing its narration does not fly the map.
   */
  save(tour: Tour) {
    const before = this.tourId === tour.id ? this.current : null;
    this.saved = [...this.saved.filter((t) => t.id !== tour.id), tour];
    this.options.persist?.(this.saved);
    if (tour.id !== this.tourId) return;
    const after = tour.steps[Math.min(this.step, tour.steps.length - 1)] ?? null;
    if (!before || !after || showKey(before) !== showKey(after) || this.step >= tour.steps.length) this.go(this.step, true);
  }

  /** Drop this browser's copy: the record's own tour comes back (or a new tour goes). */
  revert(id: string) {
    this.saved = this.saved.filter((t) => t.id !== id);
    this.options.persist?.(this.saved);
    if (id === this.tourId) {
      if (this.tour) this.go(this.step, true);
      else this.stop();
    }
  }

  // ---- other windows -------------------------------------------------------------------------

  /**
   * Follow the other windows, and answer a new one with where we are. A window that joins late
   * (the presenter's) asks first; the projected one does not, so a reload keeps its own step.
   * Returns the disconnect.
   */
  connect(ask = false): () => void {
    const link = this.options.link;
    if (!link) return () => {};
    const off = link.listen((m: TourMessage) => {
      if (m.type === 'hello') {
        if (this.tour) link.post({ type: 'at', tour: this.tour.id, step: this.step });
      } else if (m.tour !== this.tourId || m.step !== this.step) {
        this.open({ tour: m.tour, step: m.step }, true);
      }
    });
    if (ask) link.post({ type: 'hello' });
    return off;
  }
}

export const [getTour, setTour] = createContext<TourState>();
