import { afterEach, describe, expect, test } from 'vitest';
import L from 'leaflet';
import { flatMarker } from '../../src/lib/views/map/flat-marker.ts';

// jsdom has no 3D transforms, so Leaflet would place by left/top: pretend, as a browser does
const had3d = L.Browser.any3d;
afterEach(() => {
  (L.Browser as { any3d: boolean }).any3d = had3d;
  document.body.innerHTML = '';
});

function mapWith3d(): L.Map {
  (L.Browser as { any3d: boolean }).any3d = true;
  const el = document.createElement('div');
  document.body.append(el);
  return L.map(el, { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false }).setView([36, 120], 4);
}

describe('flatMarker', () => {
  test('is placed with a 2D translate where Leaflet would use translate3d, at the same point', () => {
    const map = mapWith3d();
    const plain = L.marker([39, 125.75]).addTo(map);
    const flat = flatMarker([39, 125.75]).addTo(map);
    expect(plain.getElement()!.style.transform).toMatch(/^translate3d\(/);
    const el = flat.getElement()!;
    const at = map.latLngToLayerPoint([39, 125.75]).round();
    expect(el.style.transform).toBe(`translate(${at.x}px, ${at.y}px)`);
    // what Leaflet reads back (dragging in edit mode) and the stacking it derives from the position
    expect(L.DomUtil.getPosition(el)).toEqual(at);
    expect(el.style.zIndex).toBe(plain.getElement()!.style.zIndex);
  });

  test('follows a move', () => {
    const map = mapWith3d();
    const flat = flatMarker([39, 125.75]).addTo(map);
    flat.setLatLng([37.5, 127]);
    const at = map.latLngToLayerPoint([37.5, 127]).round();
    expect(flat.getElement()!.style.transform).toBe(`translate(${at.x}px, ${at.y}px)`);
  });
});
