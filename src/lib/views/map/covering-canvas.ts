/**
 * A Leaflet canvas renderer that does not redraw after a pan its canvas still covers. Leaflet's
 * renderer draws a margin round the view (`padding`) and, at the end of every pan, moves the
 * canvas to the new view and draws everything again: for the basemap's thousands of land and
 * border vertices that is tens of milliseconds, in the frame that answers the mouse's release.
 * Within one zoom the canvas's drawing stays where it belongs however the map is panned, so
 * while the view is inside it there is nothing to redraw; once a pan nears its edge, or the
 * zoom or the map's size changes, Leaflet redraws as before.
 */
import L from 'leaflet';

/** The pixel boxes the decision needs: the canvas's (drawn) and the view's, in layer pixels. */
export interface PixelBox {
  min: { x: number; y: number };
  max: { x: number; y: number };
}

/** True when a pan's end needs no redraw: same zoom, and the view inside what is drawn. */
export function stillCovers(drawn: PixelBox | undefined, view: PixelBox, sameZoom: boolean): boolean {
  return !!drawn && sameZoom && view.min.x >= drawn.min.x && view.min.y >= drawn.min.y && view.max.x <= drawn.max.x && view.max.y <= drawn.max.y;
}

/** Leaflet's renderer internals this reads (undocumented, stable since 1.0). */
interface RendererInternals {
  _map: L.Map;
  _bounds?: PixelBox;
  _zoom?: number;
  _update(): void;
}

export class CoveringCanvas extends L.Canvas {
  override getEvents(): { [name: string]: L.LeafletEventHandlerFn } {
    // moveend only: a zoom, a reset of the view and a resize still redraw through Leaflet's own handlers
    return { ...super.getEvents?.(), moveend: this.panEnd };
  }

  private panEnd(this: CoveringCanvas) {
    const self = this as unknown as RendererInternals;
    const map = self._map;
    const size = map.getSize();
    const view = { min: map.containerPointToLayerPoint([0, 0]), max: map.containerPointToLayerPoint([size.x, size.y]) };
    if (stillCovers(self._bounds, view, self._zoom === map.getZoom())) return;
    self._update();
  }
}

export function coveringCanvas(options?: L.RendererOptions): CoveringCanvas {
  return new CoveringCanvas(options);
}
