/**
 * The one source of truth for the linked views: the loaded record, what is selected, what is
 * hovered, and the filters. Views read it and call its verbs; none copies state from another.
 */
import { createContext } from 'svelte';
import { RecordIndex, EMPTY_FOCUS, indexOf, type Focus } from '../model/record-index.ts';
import { ALL, visibleIn, type Filters, type Visible } from '../model/filters.ts';
import { stageFocus, unionFocus, type Stage } from '../model/tour.ts';
import type { Bounds } from '../geo/bounds.ts';
import type { ArchivalRecord, EntityKind, MapCamera, Modality, Ref } from '../model/types.ts';
import { formatHash, parseHash, type TourAt } from '../model/url-hash.ts';
import { mergeCollection, recordOf, type Collection, type RecordText } from '../collection/merge-collection.ts';
import { formatCollectionHash, parseCollectionHash } from '../collection/collection-hash.ts';

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

  /** the records loaded (one, for a single record); replaced whole, never mutated */
  collection = $state.raw<Collection>() as Collection;
  /** id of the record the reader shows; the map and timeline show the whole collection */
  recordId = $state.raw<string>('');
  current: ArchivalRecord = $derived.by(() => {
    const id = this.recordId;
    return this.collection.records.find((r) => r.id === id) ?? this.collection.records[0]!;
  });
  /** the current record's text parts, with the collection's ids (what the index and focus use) */
  text: RecordText = $derived(this.collection.texts.get(this.current.id)!);

  constructor(source: ArchivalRecord | Collection) {
    this.collection = 'merged' in source ? source : mergeCollection(source.id, source.title, [source]);
    this.recordId = this.collection.records[0]!.id;
    this.index = indexOf(this.collection.merged);
  }

  /** Everything loaded as one record: a collection's merged places and events, or the single record. */
  get record(): ArchivalRecord {
    return this.index.record;
  }

  /** More than one record: links name the record, and ids carry it. */
  get many(): boolean {
    return this.collection.records.length > 1;
  }

  /** Read another record of the collection; the selection stays (the views are collection-wide). */
  showRecord(id: string) {
    if (id !== this.recordId && this.collection.texts.has(id)) this.recordId = id;
  }

  /** The URL hash for the selection (and record, in a collection; or a tour step). */
  hash(at: TourAt | null = null): string {
    if (!this.many) return formatHash(this.selected, this.index, at);
    return formatCollectionHash({ record: this.recordId, ref: this.selected }, this.collection);
  }

  /** A link to a thing, as the URL would name it when it is selected. */
  linkTo(ref: Ref): string {
    if (!this.many) return formatHash(ref, this.index);
    return formatCollectionHash({ record: this.recordId, ref }, this.collection);
  }

  /** Open what a URL hash names; `always` selects even when it is selected already (the first load). */
  openHash(hash: string, origin: Origin = 'url', always = false) {
    const at = this.many ? parseCollectionHash(hash, this.collection) : { record: this.recordId, ref: parseHash(hash, this.index) };
    this.showRecord(at.record);
    if (always || !sameRef(at.ref, this.selected)) this.select(at.ref, origin);
  }

  select(ref: Ref | null, origin: Origin = 'app') {
    if (ref && !this.index.has(ref)) ref = null;
    // the reader follows the selection to its record (a shared place stays in the record being read)
    if (ref && this.many) this.showRecord(recordOf(this.collection, ref.kind, ref.id, this.recordId) ?? this.recordId);
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
