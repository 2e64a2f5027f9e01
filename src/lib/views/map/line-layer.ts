/** A 1965 context line (a demarcation line): a dashed polyline and a quiet label at one end. */
import L from 'leaflet';
import type { DemarcationLine } from '../../model/types.ts';
import { wrapLon } from '../../geo/antimeridian.ts';
import type { LabelSide } from '../../geo/label-placement.ts';
import { setLabelSide } from './place-layer.ts';

/**
 * The short label the map writes by a line: its name without any parenthesis, and the year it
 * dates from. "Military Demarcation Line (Korean Armistice, 1953)" → "Military Demarcation Line (1953)".
 */
export function lineLabel(line: DemarcationLine): string {
  const year = /^-?\d{4}/.exec(line.when.replace(/^\.\.\//, ''))?.[0];
  const name = line.name.replace(/\s*\([^)]*\)\s*/g, ' ').trim() || line.name;
  return year ? `${name} (${year})` : name;
}

export class LineLayer {
  readonly line: DemarcationLine;
  readonly path: L.Polyline;
  readonly anchor: L.LatLng;
  readonly ends: readonly [L.LatLng, L.LatLng];
  readonly labelMarker: L.Marker;
  readonly label: HTMLElement;
  private side: LabelSide | null | undefined;
  private size: [number, number] | null = null;

  constructor(line: DemarcationLine) {
    this.line = line;
    const latlngs = line.coords.map(([lat, lon]) => L.latLng(lat, wrapLon(lon)));
    this.path = L.polyline(latlngs, { pane: 'lines', className: 'context-line', interactive: false });
    // label at the eastern end: for both lines of 1965 that is open sea
    this.anchor = latlngs.reduce((a, b) => (b.lng > a.lng ? b : a));
    this.ends = [latlngs[0]!, latlngs[latlngs.length - 1]!];
    this.label = document.createElement('span');
    this.label.className = 'label side-e';
    this.label.textContent = lineLabel(line);
    this.labelMarker = L.marker(this.anchor, {
      icon: L.divIcon({ html: this.label, className: 'line-label', iconSize: [0, 0], iconAnchor: [0, 0] }),
      interactive: false,
      keyboard: false,
      pane: 'lineLabels',
    });
  }

  get id(): string {
    return this.line.id;
  }

  addTo(map: L.Map): this {
    this.path.addTo(map);
    this.labelMarker.addTo(map);
    return this;
  }

  remove() {
    this.path.remove();
    this.labelMarker.remove();
  }

  labelSize(): [number, number] {
    if (this.size) return this.size;
    const w = this.label.offsetWidth;
    const h = this.label.offsetHeight;
    if (w > 0 && h > 0) this.size = [w + 2, h];
    return this.size ?? [w, h];
  }

  setSide(side: LabelSide | null) {
    if (side === this.side) return;
    this.side = side;
    setLabelSide(this.label, side);
  }
}
