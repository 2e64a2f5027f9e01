/**
 * The postMessage API between an embedded explorer and the page that embeds it. Every message,
 * both ways, is a plain object with `app: "record-explorer"`; anything else on the channel
 * (other widgets, browser extensions) is not ours and is left alone.
 *
 * Host → app (commands):
 *   { app, type: 'select', ref: { kind: 'place'|'event'|'person'|'paragraph', id } | null }
 *   { app, type: 'tour', tour?: string, step?: number }   step counts from 1, as in URLs
 *   { app, type: 'next' } · { app, type: 'prev' }           step through the tour on show
 *   { app, type: 'reset' }                                  back to how the embed opened
 *   { app, type: 'hello' }                                  answered with a 'ready' event
 * App → host (events):
 *   { app, type: 'ready', state, tours }                    once loaded, and in answer to 'hello'
 *   { app, type: 'selection', state }                       whenever the selection or tour step changes
 *
 * Pure: the checks here decide what is obeyed; host-bridge.ts wires them to a window.
 */
import type { Ref, SelectionKind } from '../model/types.ts';

export const APP = 'record-explorer';

export type HostCommand =
  | { type: 'select'; ref: Ref | null }
  | { type: 'tour'; tour?: string; step?: number }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'reset' }
  | { type: 'hello' };

/** What the app is showing, as the host sees it. */
export interface AppState {
  ref: Ref | null;
  /** the selection's name (a place's name, an event's title…), or null */
  label: string | null;
  /** the URL hash that reopens this state, e.g. "#place=pyongyang" */
  hash: string;
  /** the tour step on show (step counts from 1), or null */
  tour: { id: string; step: number; count: number } | null;
}

export type AppEvent =
  | { type: 'ready'; state: AppState; tours: { id: string; title: string; steps: number }[] }
  | { type: 'selection'; state: AppState };

/** An event as posted: tagged with the app's name. */
export type AppMessage = AppEvent & { app: typeof APP };
/** A command as a host posts it. */
export type HostMessage = HostCommand & { app: typeof APP };

const KINDS: readonly SelectionKind[] = ['place', 'event', 'person', 'paragraph'];
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200;

/** A command from a host, checked field by field; null for anything that is not one of ours. */
export function parseHostCommand(data: unknown): HostCommand | null {
  if (!isObject(data) || data.app !== APP) return null;
  switch (data.type) {
    case 'select': {
      if (data.ref === null) return { type: 'select', ref: null };
      const r = data.ref;
      if (!isObject(r) || !KINDS.includes(r.kind as SelectionKind) || !isId(r.id)) return null;
      return { type: 'select', ref: { kind: r.kind as SelectionKind, id: r.id } };
    }
    case 'tour': {
      const out: { type: 'tour'; tour?: string; step?: number } = { type: 'tour' };
      if (data.tour !== undefined) {
        if (!isId(data.tour)) return null;
        out.tour = data.tour;
      }
      if (data.step !== undefined) {
        if (!Number.isInteger(data.step) || (data.step as number) < 1) return null;
        out.step = data.step as number;
      }
      return out;
    }
    case 'next':
    case 'prev':
    case 'reset':
    case 'hello':
      return { type: data.type };
    default:
      return null;
  }
}

/**
 * Whether a message's origin is on the allow-list. Exact match of serialised origins: no
 * wildcards, no prefixes, and never "null" (sandboxed frames and file:// pages all share it).
 */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  return origin !== 'null' && origin !== '*' && allowed.includes(origin);
}

export function appMessage(event: AppEvent): AppMessage {
  return { app: APP, ...event };
}
