/**
 * Which side of the record-date line its label goes: right of the line, else left, else (no room,
 * or the line itself under an edge button) not at all. `lo` and `hi` bound the free band: the
 * "earlier" button's right edge and the "later" button's left edge, or the plot's ends.
 */
export function recordLabelSide(x: number, labelW: number, lo: number, hi: number): 'right' | 'left' | null {
  // a line under an edge button: a label beside it would sit on the button, or be read as the button's
  if (x < lo || x > hi) return null;
  if (x + labelW <= hi) return 'right';
  if (x - labelW >= lo) return 'left';
  return null;
}
