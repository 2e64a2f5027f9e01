/**
 * Edit mode, shared between the editor (the Workbench and its panel, outside the explorer) and
 * the explorer's views (which are made anew for every edit: App keys the Explorer on the record).
 * One per page: editing is for the full explorer, which a page shows once.
 *
 * - `active`: the edit panel is open; the map's markers can be dragged, and moved by arrow keys.
 * - `movePlace`: what the map calls when a marker was dragged or nudged; the panel commits it
 *   through the editor (validated, undoable, autosaved).
 * - `preview`: an event's date being typed and valid, not yet committed; the timeline draws it
 *   as a ghost, in no undo history.
 * - the map's view across the redraw an edit causes: the map notes where it looks, the editor
 *   asks for that view to be kept, and the next map made for the same record opens there
 *   instead of fitting the record again. Likewise keyboard focus on the marker being moved.
 */
import type { DatePreview } from '../edit/date-preview.ts';

export type { DatePreview };

/** A place's point moved on the map (in the map's longitudes, which may run past 180°). */
export interface PlaceMove {
  id: string;
  lat: number;
  lon: number;
  /** the decimals the point is good to at the zoom it was placed at */
  decimals: number;
  /** dragged with the pointer, or nudged with the arrow keys */
  by: 'drag' | 'keys';
}

/** Where the map looked. */
export interface KeptView {
  record: string;
  lat: number;
  lon: number;
  zoom: number;
}

export class EditSession {
  active = $state(false);
  preview = $state.raw<DatePreview | null>(null);
  #mover: ((m: PlaceMove) => boolean) | null = null;
  #lastView: KeptView | null = null;
  #keep = false;
  #refocus: string | null = null;

  /** The edit panel opens: markers move, and their moves go to `mover`. Returns the way out. */
  begin(mover: (m: PlaceMove) => boolean): () => void {
    this.#mover = mover;
    this.active = true;
    return () => {
      if (this.#mover !== mover) return;
      this.#mover = null;
      this.active = false;
      this.preview = null;
    };
  }

  /** A marker was dragged or nudged: commit it. False when it was not (edit mode off, or the editor refused). */
  movePlace(m: PlaceMove): boolean {
    if (!this.active || !this.#mover) return false;
    // a nudged marker has keyboard focus: give it back once the map is drawn again
    if (m.by === 'keys') this.#refocus = m.id;
    const ok = this.#mover(m);
    if (!ok) this.#refocus = null;
    return ok;
  }

  /** The map settled here. */
  noteView(v: KeptView) {
    this.#lastView = v;
  }

  /** The record is about to be redrawn for an edit: the next map keeps this map's view. */
  keepView() {
    this.#keep = true;
  }

  /** For a map being made: the view to open at (once), if an edit of this same record asked to keep it. */
  takeView(record: string): KeptView | null {
    const keep = this.#keep;
    this.#keep = false;
    const v = this.#lastView;
    return keep && v && v.record === record ? v : null;
  }

  /** The marker to focus once the map is drawn again (once). */
  takeFocus(): string | null {
    const id = this.#refocus;
    this.#refocus = null;
    return id;
  }
}

export const editSession = new EditSession();
