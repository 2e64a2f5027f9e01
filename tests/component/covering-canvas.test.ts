import { describe, expect, it } from 'vitest';
import { stillCovers } from '../../src/lib/views/map/covering-canvas.ts';

const box = (x0: number, y0: number, x1: number, y1: number) => ({ min: { x: x0, y: y0 }, max: { x: x1, y: y1 } });
// a 100 × 80 view drawn with Leaflet's padding 0.5: the canvas is twice the view, centred on it
const drawn = box(-50, -40, 150, 120);

describe('stillCovers', () => {
  it('needs no redraw after a pan that keeps the view inside what is drawn', () => {
    expect(stillCovers(drawn, box(0, 0, 100, 80), true)).toBe(true);
    expect(stillCovers(drawn, box(40, -30, 140, 50), true)).toBe(true);
    expect(stillCovers(drawn, box(50, 40, 150, 120), true)).toBe(true);
  });

  it('redraws once the view reaches past an edge, after a zoom, or before anything is drawn', () => {
    expect(stillCovers(drawn, box(51, 0, 151, 80), true)).toBe(false);
    expect(stillCovers(drawn, box(0, -41, 100, 39), true)).toBe(false);
    expect(stillCovers(drawn, box(0, 0, 100, 80), false)).toBe(false);
    expect(stillCovers(undefined, box(0, 0, 100, 80), true)).toBe(false);
  });
});
