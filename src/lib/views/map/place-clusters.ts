/**
 * Places at collection scale: thousands of markers would swamp the DOM, so nearby places are
 * drawn as one count marker (supercluster) and only the places standing alone in the view get
 * their own PlaceLayer, made the first time it is needed and kept. The chosen places (the
 * selection's focus) always stand alone, so what is selected is always drawn as itself.
 * Leaflet objects only; the map view decides when to update.
 */
import L from 'leaflet';
import { t } from '../../i18n/i18n.svelte.ts';
import Supercluster, { type PointFeature } from 'supercluster';
import type { Place } from '../../model/types.ts';
import { wrapLon } from '../../geo/antimeridian.ts';
import { PlaceLayer, type PlaceHandlers } from './place-layer.ts';
import { flatMarker } from './flat-marker.ts';

/** the most single places drawn at once (a dense view at a deep zoom) */
const MAX_LEAVES = 200;

interface Props {
  id: string;
}

export class PlaceClusters {
  private readonly byId = new Map<string, Place>();
  private readonly layers = new Map<string, PlaceLayer>();
  private readonly counts = new Map<string, L.Marker>();
  private readonly handlers: PlaceHandlers;
  /** null until setVisible: the map may move before the filters are known */
  private index: Supercluster<Props, Props> | null = null;
  private shown = new Map<string, PlaceLayer>();

  constructor(places: readonly Place[], handlers: PlaceHandlers) {
    for (const p of places) this.byId.set(p.id, p);
    this.handlers = handlers;
  }

  /** The places the filters leave visible: the clusters are rebuilt from them. */
  setVisible(ids: ReadonlySet<string>) {
    const points: PointFeature<Props>[] = [];
    for (const id of ids) {
      const p = this.byId.get(id);
      // continents are labels across a whole region, not points to count
      if (p && p.kind !== 'continent') points.push({ type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } });
    }
    this.index = new Supercluster<Props, Props>({ radius: 56, maxZoom: 9, minPoints: 3 }).load(points);
    // cluster ids belong to one index: the old count markers mean nothing now
    for (const m of this.counts.values()) m.remove();
    this.counts.clear();
  }

  /** The layer for a place, made on first use. */
  layer(id: string): PlaceLayer | null {
    let l = this.layers.get(id);
    if (!l) {
      const p = this.byId.get(id);
      if (!p) return null;
      l = new PlaceLayer(p, this.handlers);
      this.layers.set(id, l);
    }
    return l;
  }

  /**
   * Draw the view: a count marker per cluster, a PlaceLayer per place alone, plus the `pinned`
   * places wherever they are. Returns the places drawn as themselves (for labels and looks).
   */
  update(map: L.Map, pinned: ReadonlySet<string>): ReadonlyMap<string, PlaceLayer> {
    const b = map.getBounds();
    const zoom = Math.round(map.getZoom());
    // the map's longitudes run past 180° (antimeridian.ts); supercluster's run from -180 to 180
    const west = b.getWest();
    const east = b.getEast();
    const bbox: [number, number, number, number] =
      east - west >= 360 ? [-180, b.getSouth(), 180, b.getNorth()] : [norm(west), b.getSouth(), norm(east), b.getNorth()];
    const features = this.index?.getClusters(bbox, zoom) ?? [];

    const next = new Map<string, PlaceLayer>();
    const counts = new Set<string>();
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      if ('cluster' in f.properties && f.properties.cluster) {
        const key = `${zoom}/${f.properties.cluster_id}`;
        counts.add(key);
        if (!this.counts.has(key)) this.counts.set(key, this.countMarker(map, f.properties.cluster_id, f.properties.point_count, lat, lon));
      } else if (next.size < MAX_LEAVES) {
        const l = this.layer((f.properties as Props).id);
        if (l) next.set(l.id, l);
      }
    }
    for (const id of pinned) {
      const l = this.layer(id);
      if (l && this.byId.get(id)?.kind !== 'continent') next.set(id, l);
    }
    // continents are few and always drawn, as in the unclustered map
    for (const p of this.byId.values()) if (p.kind === 'continent') next.set(p.id, this.layer(p.id)!);

    for (const [key, m] of this.counts) {
      if (!counts.has(key)) {
        m.remove();
        this.counts.delete(key);
      }
    }
    for (const [id, l] of this.shown) if (!next.has(id)) l.hide();
    for (const l of next.values()) l.show(map);
    const same = next.size === this.shown.size && [...next.keys()].every((id) => this.shown.has(id));
    if (!same) this.shown = next;
    return this.shown;
  }

  /** Every layer made so far (outlines follow the basemap for these). */
  made(): IterableIterator<PlaceLayer> {
    return this.layers.values();
  }

  destroy() {
    for (const l of this.layers.values()) l.hide();
    for (const m of this.counts.values()) m.remove();
    this.counts.clear();
    this.shown = new Map();
  }

  private countMarker(map: L.Map, clusterId: number, count: number, lat: number, lon: number): L.Marker {
    const size = count < 10 ? 26 : count < 100 ? 32 : count < 1000 ? 38 : 44;
    const html = document.createElement('span');
    html.className = 'cluster-count';
    html.textContent = count >= 1000 ? `${Math.round(count / 100) / 10}k` : String(count);
    html.setAttribute('aria-hidden', 'true');
    const m = flatMarker([lat, wrapLon(lon)], {
      icon: L.divIcon({ html, className: 'place-cluster', iconSize: [size, size], iconAnchor: [size / 2, size / 2] }),
      title: t('map.cluster', { n: count }),
      alt: `${count} places`,
      keyboard: true,
      zIndexOffset: -100,
    });
    const open = () => {
      const z = Math.min(this.index?.getClusterExpansionZoom(clusterId) ?? map.getZoom() + 2, map.getMaxZoom());
      map.flyTo([lat, wrapLon(lon)], z, { duration: 0.6 });
    };
    m.on('click', open);
    m.on('add', () => {
      const el = m.getElement();
      if (!el) return;
      L.DomEvent.on(el, 'keydown', (e) => {
        const key = (e as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') {
          L.DomEvent.preventDefault(e);
          open();
        }
      });
    });
    return m.addTo(map);
  }
}

function norm(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}
