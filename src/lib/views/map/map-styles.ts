/** How each kind of place is drawn: symbol, size, label rank. Shapes differ by kind, not only colour. */
import type { PlaceKind } from '../../model/types.ts';

export interface KindStyle {
  /** the symbol: the CSS in MapView draws it from this class */
  glyph: 'circle' | 'square' | 'diamond' | 'ring' | 'text';
  /** the marker's hit box in pixels: at least 24, the WCAG 2.2 minimum target size (2.5.8) */
  box: number;
  /** half the drawn symbol, in pixels: labels keep clear of it */
  radius: number;
  /** label rank: higher labels are placed first */
  priority: number;
  /** for the legend */
  legend: string;
}

/** WCAG 2.2 (2.5.8) minimum pointer target, px: every marker's hit box is at least this. */
export const TARGET_PX = 24;

export const KIND_STYLE: Record<PlaceKind, KindStyle> = {
  city: { glyph: 'circle', box: 24, radius: 5, priority: 50, legend: 'City' },
  country: { glyph: 'diamond', box: 24, radius: 6, priority: 40, legend: 'Country, with its outline' },
  region: { glyph: 'ring', box: 24, radius: 6, priority: 30, legend: 'Region' },
  district: { glyph: 'square', box: 24, radius: 4, priority: 20, legend: 'District' },
  continent: { glyph: 'text', box: 0, radius: 0, priority: 10, legend: 'Continent' },
};

/** Legend order. */
export const KINDS: readonly PlaceKind[] = ['city', 'district', 'country', 'region', 'continent'];

export const LINE_LABEL_PRIORITY = 35;
/** a line shorter than this on screen gets no label: a name for a line one cannot see is clutter */
export const LINE_LABEL_MIN_PX = 48;
/** an area wider than this (a continent) draws its circle only while chosen or hovered */
export const VAST_AREA_KM = 1500;
/** what the selection and its related places add to a label's rank */
export const FOCUS_PRIORITY = 200;
export const PREVIEW_PRIORITY = 100;

/** Closest zoom when flying to a selection: a city alone, a district alone, anything wider. */
export const MAX_FLY_ZOOM = { city: 7, district: 9, other: 6 } as const;
/** from this zoom on, the 1:50m basemap replaces 1:110m (fetched the first time it is needed) */
export const FINE_ZOOM = 3.5;
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 10;

export const ATTRIBUTION = 'Natural Earth · present-day borders';

/**
 * Hook for an opt-in online tile layer. Null keeps the map offline (the default: the app makes
 * no request outside its origin). To opt in, set a URL template and its attribution here.
 */
export const OPTIONAL_TILE_LAYER: { url: string; attribution: string } | null = null;

/** Colours the canvas basemap cannot take from CSS directly: read from these custom properties. */
export const BASEMAP_VARS = {
  land: ['--map-land', '#f3efe4'],
  border: ['--map-border', '#c9bfad'],
  graticule: ['--map-graticule', 'rgba(60, 84, 96, 0.13)'],
} as const;
