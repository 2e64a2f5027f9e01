/**
 * The `<iframe>` an editor pastes into an article: the embed URL (the app's address, the embed
 * options in the query, the state in the hash) and the markup around it. Pure, so the escaping
 * and the URL are unit-tested.
 */
import { VIEW_NAMES, originOf, type Theme, type ViewName } from './app-mode.ts';
import type { Locale } from '../i18n/locale.ts';

export interface EmbedOptions {
  /** the app's address without query or hash, e.g. "https://example.org/explorer/" */
  app: string;
  /** query parameters the app was opened with that should carry over (e.g. record=…) */
  keep?: URLSearchParams;
  /** the state to open at: a URL hash such as "#place=pyongyang" or "#tour=class&step=4" */
  hash: string;
  views: readonly ViewName[];
  theme: Theme;
  /** the frame's height in CSS pixels (its width is 100% of the column) */
  height: number;
  /** the embedding page's origin, for the postMessage API; empty for none */
  host?: string;
  /** the embed's interface language (`lang=`); null or left out: the visitor's browser decides */
  lang?: Locale | null;
  /** the frame's accessible name */
  title: string;
}

export const HEIGHT_RANGE = [240, 1600] as const;

export function clampHeight(h: number): number {
  return Number.isFinite(h) ? Math.round(Math.min(HEIGHT_RANGE[1], Math.max(HEIGHT_RANGE[0], h))) : 480;
}

export function embedUrl(o: EmbedOptions): string {
  const q = new URLSearchParams(o.keep);
  q.set('embed', '1');
  // all three is the default: leave it out and the URL stays short
  const views = VIEW_NAMES.filter((v) => o.views.includes(v));
  if (views.length && views.length < VIEW_NAMES.length) q.set('views', views.join(','));
  if (o.theme !== 'light') q.set('theme', o.theme);
  // set here, not carried over: a `lang=` this page was opened with is not the embed's choice
  q.delete('lang');
  if (o.lang) q.set('lang', o.lang);
  const host = o.host ? originOf(o.host) : null;
  if (host) q.set('origin', host);
  // commas in the views list read better unescaped, and stay valid in a query
  return `${o.app}?${q.toString().replace(/%2C/g, ',')}${o.hash && o.hash !== '#' ? o.hash : ''}`;
}

/**
 * The views an embed shows, listed the language's way, for the frame's accessible name:
 * "map, timeline, text", "地图、时间线、原文", "지도, 연표 및 원문".
 */
export function listViews(labels: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(labels);
  } catch {
    return labels.join(', '); // no Intl.ListFormat (an old browser)
  }
}

/** Escape for a double-quoted HTML attribute. */
export function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet(o: EmbedOptions): string {
  return (
    `<iframe src="${attr(embedUrl(o))}" title="${attr(o.title)}" width="100%" height="${clampHeight(o.height)}"` +
    ` style="border:0;max-width:100%" loading="lazy" allow="fullscreen"` +
    ` sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`
  );
}
