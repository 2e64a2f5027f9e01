/**
 * A Leaflet marker placed with a 2D transform. Leaflet places markers with translate3d(), and a
 * 3D transform makes each marker a compositor layer of its own: at collection scale (a few
 * hundred place and count markers) every frame of a pan then commits and composites hundreds of
 * layers, in software where there is no GPU. Placed in 2D they are painted together into their
 * pane, which a pan only moves. Same position, stacking (a transform either way) and events.
 */
import L from 'leaflet';

/** Leaflet's own (undocumented) marker positioning, which this replaces the transform of */
type Positioned = { _setPos(this: L.Marker, pos: L.Point): void };
const leafletSetPos = (L.Marker.prototype as unknown as Positioned)._setPos;

export class FlatMarker extends L.Marker {
  /** Called by Leaflet whenever the marker is placed (added, moved, zoomed). */
  _setPos(pos: L.Point) {
    // Leaflet keeps the position on the element and sets the z-index from it
    leafletSetPos.call(this, pos);
    const el = this.getElement();
    // without 3D support Leaflet places by left/top, and there is no transform to replace
    if (el && L.Browser.any3d) el.style.transform = `translate(${pos.x}px, ${pos.y}px)`;
  }
}

export function flatMarker(latLng: L.LatLngExpression, options?: L.MarkerOptions): FlatMarker {
  return new FlatMarker(latLng, options);
}
