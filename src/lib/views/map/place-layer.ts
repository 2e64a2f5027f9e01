/**
 * One place on the map: a focusable marker whose symbol depends on the kind (and, for a country,
 * its outline; for a region or continent, a soft circle). Leaflet objects only: the view decides
 * what is shown and how it looks and calls `show`, `hide` and `setLook`; this class compares
 * before it touches the DOM.
 */
import L from 'leaflet';
import type { MultiPolygon } from 'geojson';
import type { Place } from '../../model/types.ts';
import { wrapLon } from '../../geo/antimeridian.ts';
import { areaBounds, geometryBounds, pointBounds, type Bounds } from '../../geo/bounds.ts';
import { DIAGONAL, SIDES, type LabelSide } from '../../geo/label-placement.ts';
import { estimateLabelWidth } from '../../layout/lanes.ts';

/** the map label's font size (MapView's `.label`) */
const LABEL_PX = 12;
import { KIND_STYLE, VAST_AREA_KM } from './map-styles.ts';
import { flatMarker } from './flat-marker.ts';

/** How a place looks now: from the Explorer (first four) and from label layout (last two). */
export interface PlaceLook {
  selected: boolean;
  focused: boolean;
  previewed: boolean;
  dimmed: boolean;
  /** drawn small because a more important symbol covers it at this zoom */
  crowded: boolean;
  /** its hit box lies under a more important marker's: it takes no pointer input at this zoom */
  shadowed: boolean;
  /** where its label goes, or null when it is hidden */
  side: LabelSide | null;
}

export interface PlaceHandlers {
  activate(id: string): void;
  hover(id: string | null): void;
  /** edit mode: the marker was dragged, or nudged by the arrow keys, to `at` (the map's longitudes) */
  moved?(id: string, at: L.LatLng, by: 'drag' | 'keys'): void;
}

/** Arrow keys nudge a marker in edit mode by this many pixels (Shift: one pixel). */
export const NUDGE_PX = 10;
const NUDGE: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

const LOOK_CLASSES = ['selected', 'focused', 'previewed', 'dimmed', 'crowded', 'shadowed'] as const;
const ALL_SIDES: readonly LabelSide[] = [...SIDES, 'c'];

/** Put the label at `side` (or hide it): one class each, compared before the DOM is touched. */
export function setLabelSide(label: HTMLElement, side: LabelSide | null) {
  for (const s of ALL_SIDES) {
    if (label.classList.contains(`side-${s}`) !== (side === s)) label.classList.toggle(`side-${s}`, side === s);
  }
  if (label.classList.contains('label-hidden') !== (side === null)) label.classList.toggle('label-hidden', side === null);
}

function tipContent(place: Place): HTMLElement {
  const tip = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = place.name;
  const status = document.createElement('span');
  status.textContent = place.status1965;
  tip.append(name, status);
  return tip;
}

export function toLatLngs(geometry: MultiPolygon): L.LatLngTuple[][][] {
  return geometry.coordinates.map((poly) => poly.map((ring) => ring.map((p) => [p[1]!, p[0]!] as L.LatLngTuple)));
}

export class PlaceLayer {
  readonly place: Place;
  readonly latLng: L.LatLng;
  readonly marker: L.Marker;
  /** the visible label inside the marker; aria-hidden, since the marker's title names it */
  readonly label: HTMLElement;
  private outline: L.Polygon | null = null;
  private outlineGeometry: MultiPolygon | null = null;
  private readonly area: L.Circle | null = null;
  private map: L.Map | null = null;
  private look: PlaceLook | null = null;
  /** the pointer is on the marker (its symbol or its label) */
  private pointer = false;
  private size: [number, number] | null = null;
  private readonly handlers: PlaceHandlers;
  /** edit mode: the marker can be dragged, and nudged by the arrow keys */
  private editable = false;
  /** words for assistive technology saying how to move the marker in edit mode */
  private editHint = '';

  constructor(place: Place, handlers: PlaceHandlers) {
    this.place = place;
    this.handlers = handlers;
    this.latLng = L.latLng(place.lat, wrapLon(place.lon));
    const style = KIND_STYLE[place.kind];

    const html = document.createElement('span');
    html.className = 'place-symbol';
    // the label CSS keeps clear of the symbol by the same radius the layout uses
    html.style.setProperty('--r', `${style.radius}px`);
    html.style.setProperty('--d', `${style.radius * DIAGONAL}px`);
    const glyph = document.createElement('span');
    glyph.className = `glyph glyph-${style.glyph}`;
    glyph.setAttribute('aria-hidden', 'true');
    this.label = document.createElement('span');
    this.label.className = place.kind === 'continent' ? 'label side-c' : 'label side-e';
    this.label.setAttribute('aria-hidden', 'true');
    this.label.textContent = place.name;
    html.append(glyph, this.label);

    this.marker = flatMarker(this.latLng, {
      icon: L.divIcon({
        html,
        className: `place-marker kind-${place.kind}`,
        iconSize: [style.box, style.box],
        iconAnchor: [style.box / 2, style.box / 2],
        tooltipAnchor: [style.box / 2, 0],
      }),
      title: place.name,
      alt: place.name,
      keyboard: true,
      riseOnHover: true,
      // continents sit underneath everything else; the selection is raised in setLook
      zIndexOffset: place.kind === 'continent' ? -500 : 0,
    });
    // left or right of the symbol, towards the middle of the map, so it is never cut off at an edge
    this.marker.bindTooltip(tipContent(place), { direction: 'auto', className: 'place-tip', opacity: 1 });
    this.marker.on('click', () => handlers.activate(place.id));
    this.marker.on('mouseover', () => {
      this.pointer = true;
      handlers.hover(place.id);
    });
    this.marker.on('mouseout', () => {
      this.pointer = false;
      handlers.hover(null);
    });
    // edit mode: a soft area goes with its point while it is dragged; the new point is reported at the end
    this.marker.on('drag', () => this.area?.setLatLng(this.marker.getLatLng()));
    this.marker.on('dragend', () => handlers.moved?.(place.id, this.marker.getLatLng(), 'drag'));
    // Leaflet makes a new element each time the marker is added: wire it and restore its look.
    this.marker.on('add', () => this.wire());

    if (place.shape.type === 'area') {
      this.area = L.circle(this.latLng, {
        radius: place.shape.radiusKm * 1000,
        pane: 'areas',
        className: `place-area kind-${place.kind}${place.shape.radiusKm > VAST_AREA_KM ? ' vast' : ''}`,
        interactive: false,
      });
    }
  }

  get id(): string {
    return this.place.id;
  }

  get shown(): boolean {
    return this.map !== null;
  }

  /**
   * Where its label is while the pointer is on the marker, else null. Label layout keeps it
   * there: moved by the preview its hover starts, the label would leave the pointer, end that
   * preview, move back under the pointer and start it again, every frame.
   */
  get heldSide(): LabelSide | null {
    return this.pointer ? (this.look?.side ?? null) : null;
  }

  /** The country's outline (from the basemap), or null to draw none. */
  setOutline(geometry: MultiPolygon | null) {
    if (geometry === this.outlineGeometry) return;
    this.outline?.remove();
    this.outline = null;
    this.outlineGeometry = geometry;
    if (!geometry) return;
    const id = this.place.id;
    this.outline = L.polygon(toLatLngs(geometry), { pane: 'outlines', className: 'country-outline', smoothFactor: 0.6 });
    this.outline.bindTooltip(tipContent(this.place), { sticky: true, direction: 'auto', className: 'place-tip', opacity: 1 });
    this.outline.on('click', () => this.handlers.activate(id));
    this.outline.on('mouseover', () => this.handlers.hover(id));
    this.outline.on('mouseout', () => this.handlers.hover(null));
    this.outline.on('add', () => this.applyLook(true));
    if (this.map) this.outline.addTo(this.map);
  }

  show(map: L.Map) {
    if (this.map === map) return;
    this.map = map;
    this.area?.addTo(map);
    this.outline?.addTo(map);
    this.marker.addTo(map);
  }

  hide() {
    if (!this.map) return;
    this.map = null;
    this.pointer = false;
    this.marker.remove();
    this.outline?.remove();
    this.area?.remove();
  }

  /**
   * Edit mode on or off: the marker is dragged with the pointer (Leaflet's marker dragging) and,
   * focused, nudged with the arrow keys. `hint` tells assistive technology how.
   */
  setEditable(on: boolean, hint = '') {
    if (on === this.editable && hint === this.editHint) return;
    this.editable = on;
    this.editHint = hint;
    // before the marker is on a map, Leaflet reads the option when it is added
    this.marker.options.draggable = on;
    if (this.marker.dragging) {
      if (on) this.marker.dragging.enable();
      else this.marker.dragging.disable();
    }
    this.applyEditable();
  }

  private applyEditable() {
    const el = this.marker.getElement();
    if (!el) return;
    el.classList.toggle('editable', this.editable);
    if (this.editable && this.editHint) el.setAttribute('aria-description', this.editHint);
    else el.removeAttribute('aria-description');
    if (this.editable) el.setAttribute('aria-keyshortcuts', 'ArrowUp ArrowDown ArrowLeft ArrowRight');
    else el.removeAttribute('aria-keyshortcuts');
  }

  /** Back to the place's own point (a move the editor refused). */
  resetPoint() {
    this.marker.setLatLng(this.latLng);
    this.area?.setLatLng(this.latLng);
  }

  /** Edit mode: move the marker by (dx, dy) screen pixels and report where it went. */
  private nudge(dx: number, dy: number) {
    const map = this.map;
    if (!map) return;
    const p = map.latLngToContainerPoint(this.marker.getLatLng());
    const at = map.containerPointToLatLng(p.add([dx, dy]));
    this.marker.setLatLng(at);
    this.area?.setLatLng(at);
    this.handlers.moved?.(this.place.id, at, 'keys');
  }

  /** What to fit the map to when this place is chosen. */
  bounds(): Bounds {
    if (this.outlineGeometry) return geometryBounds(this.outlineGeometry) ?? pointBounds(this.latLng.lat, this.latLng.lng);
    if (this.place.shape.type === 'area') return areaBounds(this.latLng.lat, this.latLng.lng, this.place.shape.radiusKm);
    return pointBounds(this.latLng.lat, this.latLng.lng);
  }

  /**
   * The label's size in pixels: measured (see measureLabel), or until then estimated from its
   * text. Never read from the page here: a read in the middle of an update lays the page out
   * once more, in the very frame that shows a selection.
   */
  labelSize(): [number, number] {
    return this.size ?? [Math.ceil(estimateLabelWidth(this.place.name, LABEL_PX) * 1.08) + 2, Math.ceil(LABEL_PX * 1.2)];
  }

  /** Measure the label once it is laid out (after a paint, when that costs nothing); true if that changed its size. */
  measureLabel(): boolean {
    if (this.size) return false;
    const w = this.label.offsetWidth;
    const h = this.label.offsetHeight;
    if (w === 0 || h === 0) return false;
    const before = this.labelSize();
    // bold when selected: leave room rather than measure again
    this.size = [Math.ceil(w * 1.08) + 2, h];
    return this.size[0] !== before[0] || this.size[1] !== before[1];
  }

  setLook(look: PlaceLook) {
    const old = this.look;
    this.look = look;
    if (old && LOOK_CLASSES.every((k) => old[k] === look[k]) && old.side === look.side) return;
    this.applyLook(false, old);
  }

  private applyLook(force: boolean, old: PlaceLook | null = force ? null : this.look) {
    const look = this.look;
    if (!look) return;
    const el = this.marker.getElement();
    if (el) {
      for (const k of LOOK_CLASSES) if (force || old?.[k] !== look[k]) el.classList.toggle(k, look[k]);
      if (look.selected) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
    }
    if (force || old?.selected !== look.selected || old?.focused !== look.focused) {
      // Leaflet stacks markers by screen y (south on top); where they touch, the more specific
      // kind must win instead (Pyongyang over South Korea's diamond), and the selection over all.
      const z = look.selected ? 100_000 : look.focused ? 50_000 : (KIND_STYLE[this.place.kind].priority - 30) * 100;
      this.marker.setZIndexOffset(z);
    }
    if (force || old?.side !== look.side) setLabelSide(this.label, look.side);
    for (const path of [this.outline, this.area]) {
      const p = path?.getElement();
      if (!p) continue;
      for (const k of LOOK_CLASSES) if (k !== 'crowded' && k !== 'shadowed' && (force || old?.[k] !== look[k])) p.classList.toggle(k, look[k]);
    }
  }

  private wire() {
    const el = this.marker.getElement();
    if (!el) return;
    const id = this.place.id;
    L.DomEvent.on(el, 'focus', () => this.handlers.hover(id));
    L.DomEvent.on(el, 'blur', () => this.handlers.hover(null));
    // role="button" promises Enter and Space; Leaflet's markers answer neither by themselves.
    L.DomEvent.on(el, 'keydown', (e) => {
      const key = (e as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        L.DomEvent.preventDefault(e);
        this.handlers.activate(id);
        return;
      }
      const k = e as KeyboardEvent;
      const step = NUDGE[key];
      if (this.editable && step && !k.altKey && !k.ctrlKey && !k.metaKey) {
        L.DomEvent.preventDefault(e);
        L.DomEvent.stopPropagation(e);
        const px = k.shiftKey ? 1 : NUDGE_PX;
        this.nudge(step[0] * px, step[1] * px);
      }
    });
    this.applyLook(true);
    this.applyEditable();
  }
}
