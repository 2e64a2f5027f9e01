/**
 * How the page was asked to run, read once from its query string: the full explorer, an embed
 * in someone else's page (`?embed=1&views=map,text&theme=dark&origin=https://host.example`), or
 * a gallery kiosk (`?kiosk=1&tour=class&dwell=12&idle=90`). The hash keeps what is selected;
 * the query says how to show it. Pure, so every odd input is unit-tested.
 */

export type ViewName = 'map' | 'timeline' | 'text';
export const VIEW_NAMES: readonly ViewName[] = ['map', 'timeline', 'text'];

export type Theme = 'light' | 'dark';

export interface AppMode {
  kind: 'full' | 'embed' | 'kiosk';
  /** the views an embed shows (always at least one), in the canonical order map, timeline, text */
  views: readonly ViewName[];
  theme: Theme;
  /**
   * Origins whose postMessage commands an embed obeys, and the only ones it posts to: those named
   * by `origin=` (comma-separated), then the app's own origin. Never a wildcard.
   */
  hosts: readonly string[];
  /** kiosk: seconds each tour step stays on screen in the attract loop */
  dwell: number;
  /** kiosk: seconds without a touch before the attract loop comes back */
  idle: number;
  /** kiosk: the tour the attract loop plays; null for the record's first */
  tour: string | null;
}

export const DEFAULT_DWELL = 12;
export const DEFAULT_IDLE = 90;
/** Bounds that keep a typo from freezing or racing a kiosk: short ones are for tests. */
const DWELL_RANGE = [0.25, 3600] as const;
const IDLE_RANGE = [1, 86_400] as const;

const on = (v: string | null) => v !== null && v !== '0' && v.toLowerCase() !== 'false';

function seconds(v: string | null, fallback: number, [lo, hi]: readonly [number, number]): number {
  const n = v === null || v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
}

/** An http(s) origin, normalised ("https://Example.org/page" → "https://example.org"), or null. */
export function originOf(value: string): string | null {
  try {
    const u = new URL(value.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

export function parseViews(value: string | null): ViewName[] {
  const asked = new Set((value ?? '').split(',').map((s) => s.trim().toLowerCase()));
  const views = VIEW_NAMES.filter((v) => asked.has(v));
  return views.length ? views : [...VIEW_NAMES];
}

/**
 * @param search the page's `location.search`
 * @param self the page's own origin (`location.origin`); "null" (a file:// page) adds nothing
 */
export function parseAppMode(search: string, self: string): AppMode {
  const q = new URLSearchParams(search);
  const kind = on(q.get('kiosk')) ? 'kiosk' : on(q.get('embed')) ? 'embed' : 'full';
  const hosts: string[] = [];
  for (const value of (q.getAll('origin').join(',')).split(',')) {
    const o = value.trim() ? originOf(value) : null;
    if (o && !hosts.includes(o)) hosts.push(o);
  }
  const own = originOf(self);
  if (own && !hosts.includes(own)) hosts.push(own);
  return {
    kind,
    views: parseViews(q.get('views')),
    theme: q.get('theme') === 'dark' ? 'dark' : 'light',
    hosts,
    dwell: seconds(q.get('dwell'), DEFAULT_DWELL, DWELL_RANGE),
    idle: seconds(q.get('idle'), DEFAULT_IDLE, IDLE_RANGE),
    tour: q.get('tour') || null,
  };
}

/** The query keys that belong to the embed and kiosk modes (dropped from "open the full view"). */
export const MODE_KEYS = ['embed', 'kiosk', 'views', 'theme', 'origin', 'dwell', 'idle', 'tour'] as const;

/**
 * The full explorer at the same state: this page's address without the embed or kiosk keys
 * (other keys, such as `record=`, stay), with the given hash.
 */
export function fullViewHref(href: string, hash: string): string {
  const url = new URL(href);
  for (const k of MODE_KEYS) url.searchParams.delete(k);
  url.hash = hash && hash !== '#' ? hash : '';
  return url.href;
}

/** The full explorer: what a page without mode keys gets. */
export const FULL_MODE: AppMode = Object.freeze({
  kind: 'full',
  views: VIEW_NAMES,
  theme: 'light',
  hosts: [],
  dwell: DEFAULT_DWELL,
  idle: DEFAULT_IDLE,
  tour: null,
});
