/** An SVG path for a diamond (a square on its point) of half-width r about (cx, cy). */
export const diamond = (cx: number, cy: number, r: number) => `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`;
