/**
 * The one source of truth for the linked views: the loaded record, what is selected, what is
 * hovered, and the filters. Views read it and call its verbs; none copies state from another.
 */
import { createContext } from 'svelte';
import { RecordIndex, EMPTY_FOCUS, type Focus } from '../model/record-index.ts';
import { ALL, visibleIn, type Filters, type Visible } from '../model/filters.ts';
import { stageFocus, unionFocus, type Stage } from '../model/tour.ts';
import type { Bounds } from '../geo/bounds.ts';
import type { ArchivalRecord, EntityKind, MapCamera, Modality, Ref } from '../model/types.ts';

/** Where the map looks, and the box it shows (in the map's longitudes). */
export interface MapSight extends MapCamera {
  bounds: Bounds;
}

/** Which view a selection came from: a view does not scroll or fly to what it just showed. */
export type Origin = 'map' | 'timeline' | 'reader' | 'list' | 'url' | 'app' | 'tour';

export class Explorer {
  /** replaced whole on load, never mutated */
  index = $state.raw<RecordIndex>() as RecordIndex;
  selected = $state.raw<Ref | null>(null);
  hovered = $state.raw<Ref | null>(null);
  /** where the last selection came from */
  origin = $state.raw<Origin>('app');
  /** counts selections, so a view can re-centre on a repeated click of the same thing */
  seq = $state(0);
  filters = $state.raw<Filters>(ALL);
  /** what a tour step shows besides its selection (more lit, a map view); cleared by any other selection */
  stage = $state.raw<Stage | null>(null);
  /** where the map looks, written by the map when it settles: what the tour editor saves */
  mapView = $state.raw<MapSight | null>(null);

  focus: Focus = $derived(
    this.stage ? unionFocus(this.index.focusOf(this.selected), stageFocus(this.stage, this.index)) : this.index.focusOf(this.selected),
  );
  preview: Focus = $derived(this.hovered ? this.index.focusOf(this.hovered) : EMPTY_FOCUS);
  visible: Visible = $derived(visibleIn(this.index, this.filters));

  constructor(record: ArchivalRecord) {
    this.index = new RecordIndex(record);
  }

  get record(): ArchivalRecord {
    return this.index.record;
  }

  select(ref: Ref | null, origin: Origin = 'app') {
    if (ref && !this.index.has(ref)) ref = null;
    if (origin !== 'tour') this.stage = null;
    this.origin = origin;
    this.selected = ref;
    this.seq++;
  }

  /** Select, or clear when the same thing is chosen again (a second click deselects). */
  toggle(ref: Ref, origin: Origin) {
    this.select(isSelected(this.selected, ref) ? null : ref, origin);
  }

  hover(ref: Ref | null) {
    if (!sameRef(this.hovered, ref)) this.hovered = ref;
  }

  isSelected(ref: Ref): boolean {
    return isSelected(this.selected, ref);
  }

  toggleKind(kind: EntityKind) {
    const kinds = new Set(this.filters.kinds);
    if (!kinds.delete(kind)) kinds.add(kind);
    this.filters = { ...this.filters, kinds };
  }

  toggleModality(m: Modality) {
    const modalities = new Set(this.filters.modalities);
    if (!modalities.delete(m)) modalities.add(m);
    this.filters = { ...this.filters, modalities };
  }

  setWindow(window: readonly [number, number] | null) {
    const w = this.filters.window;
    if (w === window || (w && window && w[0] === window[0] && w[1] === window[1])) return;
    this.filters = { ...this.filters, window };
  }

  resetFilters() {
    this.filters = ALL;
  }

  /**
   * Show a tour step whole: its selection, what it lights, its time window and map view, with the
   * other filters cleared, so a step looks the same however one arrives at it. Null ends the
   * stage and keeps the selection.
   */
  present(stage: Stage | null) {
    this.stage = stage;
    if (!stage) return;
    this.filters = { ...ALL, window: stage.window };
    this.select(stage.select, 'tour');
  }

  /** The map reports where it looks (compared first: it fires on every pan). */
  noteMapView(view: MapSight) {
    const v = this.mapView;
    if (v && v.lat === view.lat && v.lon === view.lon && v.zoom === view.zoom && v.bounds.flat().join() === view.bounds.flat().join()) return;
    this.mapView = view;
  }
}

export function sameRef(a: Ref | null, b: Ref | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}

function isSelected(sel: Ref | null, ref: Ref): boolean {
  return sameRef(sel, ref);
}

export const [getExplorer, setExplorer] = createContext<Explorer>();
