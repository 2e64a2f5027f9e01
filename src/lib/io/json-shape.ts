/**
 * Reading untyped JSON from a file without trusting its shape: each helper returns the value
 * when it has the expected type, else a neutral one, so a wrong shape becomes a clear problem
 * downstream ("has no coordinates") instead of a TypeError from deep inside an importer.
 */

export const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
export const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
export const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
export const obj = (x: unknown): Record<string, unknown> | undefined =>
  x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;

/** A GeoJSON position [lon, lat, …] with two finite numbers, or null. */
export function position(x: unknown): [number, number] | null {
  const a = arr(x);
  const lon = num(a[0]);
  const lat = num(a[1]);
  return lon === undefined || lat === undefined ? null : [lon, lat];
}
