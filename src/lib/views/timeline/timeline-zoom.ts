/**
 * The timeline's one d3-zoom instance, wrapped: horizontal zoom and pan only, kept inside the
 * time domain, reported as a plain {k, x} that the component stores and derives its scale from
 * (transform.rescaleX(base)). d3-zoom keeps its own copy of the transform on the element, so
 * every programmatic change goes through it too; the component never writes the transform
 * itself, and the two never disagree.
 */
import { zoom as d3zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { select } from 'd3-selection';

export interface View {
  /** zoom factor, 1 = the whole domain across the width */
  k: number;
  /** horizontal translate, px */
  x: number;
}

export interface TimelineZoomOptions {
  /** current [width, height] of the zoomed element, px */
  size: () => readonly [number, number];
  /** deepest zoom allowed (e.g. the domain over a fortnight) */
  maxK: () => number;
  /** every change, from a gesture or from code */
  onview: (view: View) => void;
  /** false for events that must not start a gesture (controls, the brush strip) */
  accept?: (event: Event) => boolean;
  /** an element whose vertical scroll follows the vertical part of a one-pointer drag */
  scrollY?: () => HTMLElement | undefined;
}

export interface TimelineZoom {
  /** go to a view (constrained to the domain); eases unless `animate` is false */
  set(view: View, animate: boolean): void;
  /** zoom by a factor about a point (px, default the centre) */
  zoomBy(factor: number, at?: number): void;
  /** pan by px (positive moves the content right, i.e. shows earlier time) */
  panBy(dx: number): void;
  /** keep the same time in view when the element changes width */
  resize(oldWidth: number): void;
  destroy(): void;
}

/** The pointer's y for a mouse drag or a one-finger touch; null for wheels and pinches. */
function clientY(e: Event): number | null {
  if (e.type.startsWith('mouse')) return (e as MouseEvent).clientY;
  if (e.type.startsWith('touch')) {
    const t = (e as TouchEvent).touches;
    return t.length === 1 ? t[0]!.clientY : null;
  }
  return null;
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export function attachTimelineZoom(el: HTMLElement, o: TimelineZoomOptions): TimelineZoom {
  const sel = select(el);
  let frame = 0;
  /** a drag in progress: where it began, and the scroll it began with */
  let drag: { y: number; top: number; box: HTMLElement } | null = null;

  // A CSS zoom on an ancestor (the presentation's, the kiosk's) scales what the timeline lays out
  // in its own px. d3 reads pointers in the zoomed px, so d3-zoom works in those, and every
  // transform is converted at this boundary: otherwise a pinch would zoom about the wrong point.
  // Read once and again on a resize (the zoom is a mode's, fixed while the timeline lives): reading
  // it styles the page, which in a click's task, after the views changed, cost ~0.6 ms a select.
  let zoomRead = 0;
  const cssZoom = () => zoomRead || (zoomRead = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom || 1);

  const constrain = (v: View): View => {
    const [w] = o.size();
    const k = Math.min(o.maxK(), Math.max(1, v.k));
    const x = Math.min(0, Math.max(w * (1 - k), v.x));
    return { k, x };
  };
  const current = (): View => {
    const t = zoomTransform(el);
    return { k: t.k, x: t.x / cssZoom() };
  };
  const apply = (v: View) => behavior.transform(sel, zoomIdentity.translate(v.x * cssZoom(), 0).scale(v.k));
  const stop = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };

  const behavior = d3zoom<HTMLElement, unknown>()
    .extent(() => {
      const [w, h] = o.size();
      const z = cssZoom();
      return [[0, 0], [w * z, h * z]];
    })
    .scaleExtent([1, o.maxK()])
    .clickDistance(4)
    .filter((event: Event) => {
      const e = event as MouseEvent & WheelEvent;
      if (o.accept && !o.accept(event)) return false;
      // The plain wheel scrolls the lanes (the record's events need many); Ctrl/⌘ + wheel and a
      // trackpad pinch (which browsers send as a wheel with ctrlKey) zoom; a sideways swipe pans.
      if (e.type === 'wheel') return (e.ctrlKey || e.metaKey) && Math.abs(e.deltaY) >= Math.abs(e.deltaX);
      return !e.ctrlKey && !e.button;
    })
    .on('start', (e: D3ZoomEvent<HTMLElement, unknown>) => {
      if (!e.sourceEvent) return;
      stop(); // a gesture takes over from an easing
      const y = clientY(e.sourceEvent as Event);
      const box = o.scrollY?.();
      drag = y !== null && box ? { y, top: box.scrollTop, box } : null;
    })
    .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => {
      o.onview({ k: e.transform.k, x: e.transform.x / cssZoom() });
      // the grabbing hand once a drag moves, not on every press (as :active would): a press that
      // stays a click then changes no style, and a click on a mark selects without a restyle first
      if (drag && e.sourceEvent?.type === 'mousemove' && !el.classList.contains('grabbing')) el.classList.add('grabbing');
      // d3-zoom pans in x only here; the drag's vertical part scrolls the lanes
      const y = drag && e.sourceEvent ? clientY(e.sourceEvent as Event) : null;
      if (drag && y !== null) drag.box.scrollTop = drag.top - (y - drag.y) / cssZoom();
    })
    .on('end', () => {
      drag = null;
      if (el.classList.contains('grabbing')) el.classList.remove('grabbing');
    });

  const limits = () => {
    const [w, h] = o.size();
    const z = cssZoom();
    behavior.scaleExtent([1, o.maxK()]).translateExtent([[0, 0], [w * z, h * z]]);
  };
  // The limits are set by the first set() or resize(), not here: at attach the page's style is
  // dirty (the timeline was just added), and reading the zoom would style the whole page inside
  // the mount's task (13 ms of a 55 ms task on a phone's first load, measured 2026-11-29).
  sel.call(behavior).on('dblclick.zoom', null);

  const onWheel = (e: WheelEvent) => {
    if (!o.accept || o.accept(e)) {
      // Shift + wheel is the mouse's sideways scroll; browsers report it in deltaY or deltaX.
      const dx = Math.abs(e.deltaX) > Math.abs(e.deltaY) ? e.deltaX : e.shiftKey ? e.deltaY : 0;
      if (!dx || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      stop();
      apply(constrain({ ...current(), x: current().x - dx }));
    }
  };
  el.addEventListener('wheel', onWheel, { passive: false });

  const reduced = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  return {
    set(view, animate) {
      stop();
      limits();
      const to = constrain(view);
      const from = current();
      if (!animate || reduced() || typeof requestAnimationFrame !== 'function') {
        apply(to);
        return;
      }
      // Ease the centre linearly and the scale geometrically: a zoom reads as steady.
      const [w] = o.size();
      const c0 = (w / 2 - from.x) / from.k;
      const c1 = (w / 2 - to.x) / to.k;
      const ms = 480;
      let t0 = -1;
      const step = (now: number) => {
        // time from the first frame's own clock: rAF's timestamp and performance.now() may differ
        if (t0 < 0) t0 = now;
        const p = ease(Math.max(0, Math.min(1, (now - t0) / ms)));
        const k = from.k * (to.k / from.k) ** p;
        const c = c0 + (c1 - c0) * p;
        apply(constrain({ k, x: w / 2 - c * k }));
        frame = p < 1 ? requestAnimationFrame(step) : 0;
      };
      frame = requestAnimationFrame(step);
    },
    zoomBy(factor, at) {
      stop();
      const [w] = o.size();
      const p = at ?? w / 2;
      const v = current();
      const k = Math.min(o.maxK(), Math.max(1, v.k * factor));
      this.set({ k, x: p - ((p - v.x) * k) / v.k }, true);
    },
    panBy(dx) {
      const v = current();
      this.set({ k: v.k, x: v.x + dx }, true);
    },
    resize(oldWidth) {
      zoomRead = 0;
      stop();
      limits();
      const [w] = o.size();
      const v = current();
      apply(constrain({ k: v.k, x: oldWidth > 0 ? (v.x * w) / oldWidth : v.x }));
    },
    destroy() {
      stop();
      el.removeEventListener('wheel', onWheel);
      sel.on('.zoom', null);
    },
  };
}
