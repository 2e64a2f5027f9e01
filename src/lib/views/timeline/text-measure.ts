/**
 * Label widths measured with the page's own font (canvas measureText), so lanes fit the text as
 * drawn, whatever font the system substitutes. Null where text cannot be measured (jsdom, a
 * server): the layout then falls back to estimateLabelWidth.
 */
export function textMeasurer(font: string): ((text: string) => number) | null {
  if (typeof document === 'undefined' || typeof navigator === 'undefined' || /jsdom/i.test(navigator.userAgent)) return null;
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = document.createElement('canvas').getContext('2d');
  } catch {
    return null;
  }
  if (!ctx) return null;
  ctx.font = font;
  const c = ctx;
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = c.measureText(text).width;
      cache.set(text, w);
    }
    return w;
  };
}
