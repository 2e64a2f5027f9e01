/**
 * The dense timeline's two canvas layers: the bottom one draws every mark in view, the top one
 * only the raised marks (selected, focused, previewed), so a click redraws a few marks. Drawn on
 * a fake context that records its calls: what each layer writes, and with which compositing.
 */
import { describe, expect, it } from 'vitest';
import { layoutDense } from '../../src/lib/layout/dense-layout.ts';
import { toTimeSpan } from '../../src/lib/model/time-span.ts';
import { drawDense, drawRaised, type DenseDraw, type MarkState } from '../../src/lib/views/timeline/draw-dense.ts';

const DAY = 86_400_000;
const t0 = Date.UTC(1965, 0, 1);
const domain = [t0, Date.UTC(1967, 0, 1)] as const;
const events = [
  { id: 'a', title: 'Talks in Hanoi', span: toTimeSpan('1965-01-10') },
  { id: 'b', title: 'Tunnels under Pyongyang', span: toTimeSpan('1965-04-01/1965-06-30') },
  { id: 'c', title: 'Coup in Jakarta', span: toTimeSpan('1965-10-01') },
  { id: 'd', title: 'Treaty with Japan', span: toTimeSpan('1965-06-22') },
];
/** 1 px a day from 1 January 1965: the whole of 1965 fits a 400 px view */
const layout = layoutDense(events, (t) => (t - t0) / DAY, domain, { measure: () => 10 });

interface Call {
  name: string;
  args: unknown[];
  /** compositing and alpha at the call */
  op: string;
  alpha: number;
}

/** A 2D context that records every method call; properties are plain fields. */
function recorder() {
  const calls: Call[] = [];
  const state: Record<string | symbol, unknown> = { globalCompositeOperation: 'source-over', globalAlpha: 1 };
  const ctx = new Proxy(state, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'measureText') return (s: string) => ({ width: s.length * 7 });
      if (key === 'createLinearGradient') return () => ({ addColorStop() {} });
      return (...args: unknown[]) => calls.push({ name: String(key), args, op: String(target.globalCompositeOperation), alpha: Number(target.globalAlpha) });
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, calls, titles: () => calls.filter((c) => c.name === 'fillText').map((c) => c.args[0]) };
}

function draw(state: (id: string) => MarkState, veil: DenseDraw['veil'] = null): DenseDraw {
  return {
    layout,
    scale: 1,
    offset: 0,
    width: 400,
    height: 20 + layout.lanes * 26 + 4,
    scrollTop: 0,
    g: { top: 20, row: 26, labelH: 16, barH: 8, radius: 6, font: '13px sans-serif' },
    palette: { event: '#7a3e9d', eventRgb: '122, 62, 157', bg: '#ffffff', sel: '#ffd54a', fg: '#1a1a1a', muted: '#666666', accent: '#1f6feb' },
    hatch: null,
    modality: () => 'past',
    context: () => false,
    title: (id) => events.find((e) => e.id === id)!.title,
    state,
    veil,
  };
}

const selectingB = (id: string): MarkState => (id === 'b' ? 'selected' : id === 'c' ? 'focus' : 'dim');

describe('the dense timeline in two layers', () => {
  it('the bottom layer draws every mark in view, all in one look', () => {
    const { ctx, titles, calls } = recorder();
    expect(drawDense(ctx, draw(() => 'dim'))).toBe(4);
    expect(new Set(titles())).toEqual(new Set(events.map((e) => e.title)));
    expect(calls[0]).toMatchObject({ name: 'clearRect', args: [0, 0, 400, expect.any(Number)] });
  });

  it('the top layer draws only the selected and focused marks, selected and focused', () => {
    const { ctx, titles, calls } = recorder();
    expect(drawRaised(ctx, draw(selectingB))).toBe(2);
    expect(new Set(titles())).toEqual(new Set(['Tunnels under Pyongyang', 'Coup in Jakarta']));
    // each raised mark has its opaque halo in the selection's colour, over what the layer below drew
    const halos = calls.filter((c) => (c.name === 'fillRect' || c.name === 'fill') && c.alpha === 1);
    expect(halos.length).toBeGreaterThanOrEqual(2);
    // it starts from a clear layer
    expect(calls[0]!.name).toBe('clearRect');
  });

  it('with nothing raised the top layer is cleared and left empty', () => {
    const { ctx, calls } = recorder();
    expect(drawRaised(ctx, draw(() => 'dim', [100, 300]))).toBe(0);
    expect(calls[0]!.name).toBe('clearRect');
    // nothing painted after the clear: no mark, no words, no veil
    expect(calls.slice(1).filter((c) => /fill|stroke/i.test(c.name))).toEqual([]);
  });

  it("the time window's veil covers the top layer's own marks only (source-atop), the bottom layer's all (source-over)", () => {
    const top = recorder();
    drawRaised(top.ctx, draw(selectingB, [100, 300]));
    const topVeil = top.calls.filter((c) => c.name === 'fillRect' && c.alpha === 0.72);
    expect(topVeil.length).toBe(2);
    expect(topVeil.every((c) => c.op === 'source-atop')).toBe(true);
    // and compositing is back to normal after it
    expect(top.ctx.globalCompositeOperation).toBe('source-over');

    const bottom = recorder();
    drawDense(bottom.ctx, draw(() => 'dim', [100, 300]));
    const veil = bottom.calls.filter((c) => c.name === 'fillRect' && c.alpha === 0.72);
    expect(veil.length).toBe(2);
    expect(veil.every((c) => c.op === 'source-over')).toBe(true);
  });

  it('one canvas with every state (drawDense alone) draws each mark once, the raised ones last', () => {
    const { ctx, titles } = recorder();
    drawDense(ctx, draw(selectingB));
    const order = titles();
    expect(order).toHaveLength(4);
    expect(order.slice(-2).sort()).toEqual(['Coup in Jakarta', 'Tunnels under Pyongyang']);
  });
});
