/**
 * The canvas timeline is a chunk of its own: a single record never needs it. A collection's
 * loader starts fetching it beside the data (see App), so the first render draws the canvas
 * straight away instead of a frame with an empty timeline.
 */

type CanvasModule = typeof import('./TimelineCanvas.svelte');
let loaded: CanvasModule['default'] | null = null;
let loading: Promise<CanvasModule['default']> | null = null;

export function loadTimelineCanvas(): Promise<CanvasModule['default']> {
  loading ??= import('./TimelineCanvas.svelte').then((m) => (loaded = m.default));
  return loading;
}

/** The component, if its chunk has arrived. */
export function timelineCanvas(): CanvasModule['default'] | null {
  return loaded;
}

