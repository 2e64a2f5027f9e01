/**
 * Coordinates corrected by hand: how many decimals a point placed on the map is good to (no more
 * than one screen pixel at the zoom it was placed at resolves), the longitude back into the
 * record's range, and the sentence the place's note gets so the record says how its point was
 * chosen. Pure; no DOM, no Leaflet.
 */

/** the finest a point is ever written to by hand: 4 decimals, about 10 m */
export const MAX_DECIMALS = 4;
/** the coarsest: 1 decimal, about 10 km (a whole-world view) */
export const MIN_DECIMALS = 1;

/**
 * Decimals a point placed with the pointer at `zoom` is good to: one pixel of a 256-px Web
 * Mercator tile spans 360 / (256 × 2^zoom) degrees of longitude; the point is written to the
 * first decimal finer than that, between MIN_DECIMALS and MAX_DECIMALS.
 */
export function decimalsAtZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return MAX_DECIMALS;
  const degPerPx = 360 / (256 * 2 ** zoom);
  const d = Math.ceil(-Math.log10(degPerPx));
  return Math.min(MAX_DECIMALS, Math.max(MIN_DECIMALS, d));
}

/** `x` rounded to `decimals` places, without binary noise (21.0300000001) or a negative zero. */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Number((Math.round(x * f) / f).toFixed(decimals));
  return Object.is(r, -0) ? 0 : r;
}

/** A longitude in any turn (the map's run past 180°) moved into [-180, 180). */
export function normLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** Latitude kept within the poles. */
export function clampLat(lat: number): number {
  return Math.max(-90, Math.min(90, lat));
}

/** How far a point written to `decimals` places may be off, in words, for the note. */
export function precisionText(decimals: number): string {
  // a degree is about 111 km: to one significant figure, 10^(5 − decimals) metres
  const metres = 10 ** (5 - decimals);
  return metres >= 1000 ? `about ${Math.round(metres / 1000)} km` : `about ${Math.round(metres)} m`;
}

/** How a point was corrected by hand. */
export type HandMove = { how: 'map'; decimals: number } | { how: 'typed' };

const HAND_NOTE = /(?:^|\s+)Point corrected by hand[^.]*\.\s*$/;

/**
 * The place's note with the last sentence saying how its point was corrected by hand (replacing
 * an earlier such sentence, so repeated drags do not pile up); whatever else it says (where a
 * draft came from, why the mentions mean this place) is kept.
 */
export function handMovedNote(note: string | undefined, move: HandMove): string {
  const said = move.how === 'map' ? `Point corrected by hand on the map, to ${precisionText(move.decimals)}.` : 'Point corrected by hand (coordinates typed in).';
  const rest = (note ?? '').replace(HAND_NOTE, '').trim();
  return rest ? `${rest} ${said}` : said;
}
