/**
 * Editing on the map and the timeline: the precision a dragged point is written to, the note that
 * says it was corrected by hand, the edit itself (validated, undoable), the date preview, and the
 * edit session that keeps the map's view and focus across the redraw an edit causes.
 */
import { describe, expect, it } from 'vitest';
import { clampLat, decimalsAtZoom, handMovedNote, normLon, precisionText, roundTo } from '../../src/lib/edit/coords.ts';
import { movePlace } from '../../src/lib/edit/record-edits.ts';
import { newEventPreview, redatePreview, typedSpan } from '../../src/lib/edit/date-preview.ts';
import { EditSession, type PlaceMove } from '../../src/lib/state/edit-session.svelte.ts';
import { Editor } from '../../src/lib/state/editor.svelte.ts';
import { validateRecord } from '../../src/lib/model/validate.ts';
import { miniRecord } from './fixtures.ts';

describe('coordinates placed by hand', () => {
  it('are written to what a pixel resolves at the zoom, from 1 to 4 decimals', () => {
    expect(decimalsAtZoom(1)).toBe(1);
    expect(decimalsAtZoom(3)).toBe(1); // ~0.18° a pixel
    expect(decimalsAtZoom(5)).toBe(2); // ~0.04°
    expect(decimalsAtZoom(5.5)).toBe(2);
    expect(decimalsAtZoom(9)).toBe(3); // ~0.003°
    expect(decimalsAtZoom(10)).toBe(3);
    expect(decimalsAtZoom(14)).toBe(4);
    expect(decimalsAtZoom(22)).toBe(4);
    expect(decimalsAtZoom(Number.NaN)).toBe(4);
    // a finer zoom never gives fewer decimals
    for (let z = 0; z < 20; z += 0.25) expect(decimalsAtZoom(z + 0.25)).toBeGreaterThanOrEqual(decimalsAtZoom(z));
  });

  it('round without binary noise or negative zero; longitudes come back into range', () => {
    expect(roundTo(21.030000000000001, 4)).toBe(21.03);
    expect(roundTo(105.84999, 2)).toBe(105.85);
    expect(roundTo(0.1 + 0.2, 1)).toBe(0.3);
    expect(Object.is(roundTo(-0.00001, 2), 0)).toBe(true);
    expect(normLon(190)).toBe(-170);
    expect(normLon(-190)).toBe(170);
    expect(normLon(125.7)).toBeCloseTo(125.7, 10);
    expect(normLon(180)).toBe(-180);
    expect(clampLat(91)).toBe(90);
    expect(clampLat(-95)).toBe(-90);
  });

  it('leave a note saying the point was corrected by hand, replacing an earlier one and keeping the rest', () => {
    expect(precisionText(1)).toBe('about 10 km');
    expect(precisionText(4)).toBe('about 10 m');
    const drafted = 'Drafted from GeoNames; check the point and the identification.';
    const once = handMovedNote(drafted, { how: 'map', decimals: 2 });
    expect(once).toBe(`${drafted} Point corrected by hand on the map, to about 1 km.`);
    const twice = handMovedNote(once, { how: 'map', decimals: 3 });
    expect(twice).toBe(`${drafted} Point corrected by hand on the map, to about 100 m.`);
    expect(handMovedNote(twice, { how: 'typed' })).toBe(`${drafted} Point corrected by hand (coordinates typed in).`);
    expect(handMovedNote(undefined, { how: 'map', decimals: 1 })).toBe('Point corrected by hand on the map, to about 10 km.');
  });
});

describe('movePlace', () => {
  it('a point dragged on the map: rounded to the zoom, longitude back in range, note updated, record valid', () => {
    const r = miniRecord();
    const out = movePlace(r, 'pyongyang', 39.123456, 125.987654 + 360, { how: 'map', decimals: 2 });
    const p = out.places.find((x) => x.id === 'pyongyang')!;
    expect(p).toMatchObject({ lat: 39.12, lon: 125.99, note: 'Point corrected by hand on the map, to about 1 km.' });
    // the other place and the record given are untouched
    expect(out.places[1]).toEqual(r.places[1]);
    expect(r).toEqual(miniRecord());
    expect(validateRecord(out, 'x').ok).toBe(true);
  });

  it('coordinates typed: about a metre, taken as typed (out of range is refused by the editor)', () => {
    const r = miniRecord();
    expect(movePlace(r, 'pyongyang', 39.0123456, 125.7654321, { how: 'typed' }).places[0]).toMatchObject({
      lat: 39.01235,
      lon: 125.76543,
      note: 'Point corrected by hand (coordinates typed in).',
    });
    const ed = new Editor(r);
    expect(ed.commit(movePlace(r, 'pyongyang', 39, 190, { how: 'typed' }), 'Moved')).toBe(false);
    expect(ed.problems[0]!.field).toBe('places[0].lon');
  });

  it('goes through the editor like any edit: undone and redone', () => {
    const r = miniRecord();
    const ed = new Editor(r);
    expect(ed.commit(movePlace(r, 'pyongyang', 40.5, 126.25, { how: 'map', decimals: 1 }), 'Moved Pyongyang')).toBe(true);
    expect(ed.record.places[0]).toMatchObject({ lat: 40.5, lon: 126.3 });
    ed.undo();
    expect(ed.record.places[0]).toEqual(r.places[0]);
    ed.redo();
    expect(ed.record.places[0]!.lat).toBe(40.5);
  });
});

describe('date preview', () => {
  const events = miniRecord().events;

  it('is the typed span while the date is valid EDTF and differs from the event’s', () => {
    expect(redatePreview(events, 'tunnels', '1967')).toMatchObject({ event: 'tunnels', title: events[1]!.title, when: '1967' });
    expect(redatePreview(events, 'tunnels', ' 1966-23 ')!.span.season).toBe('autumn');
    expect(redatePreview(events, 'tunnels', '1966')).toBeNull(); // unchanged
    expect(redatePreview(events, 'tunnels', '1966-13')).toBeNull(); // not EDTF
    expect(redatePreview(events, 'tunnels', '19')).toBeNull(); // half typed
    expect(redatePreview(events, 'tunnels', '')).toBeNull();
    expect(redatePreview(events, 'no-such-event', '1967')).toBeNull();
  });

  it('for a new event needs a title and a valid date', () => {
    expect(newEventPreview('Digging', '1966')).toMatchObject({ event: null, title: 'Digging', when: '1966' });
    expect(newEventPreview('  ', '1966')).toBeNull();
    expect(newEventPreview('Digging', 'next year')).toBeNull();
    expect(typedSpan('1950-10/1958-10')!.point).toBe(false);
    expect(typedSpan('1965-10-28')!.point).toBe(true);
  });
});

describe('EditSession', () => {
  const move = (by: PlaceMove['by']): PlaceMove => ({ id: 'pyongyang', lat: 40, lon: 126, decimals: 2, by });

  it('passes moves to the panel only while it is open', () => {
    const s = new EditSession();
    const got: PlaceMove[] = [];
    expect(s.movePlace(move('drag'))).toBe(false);
    const end = s.begin((m) => (got.push(m), true));
    expect(s.active).toBe(true);
    expect(s.movePlace(move('drag'))).toBe(true);
    end();
    expect(s.active).toBe(false);
    expect(s.movePlace(move('drag'))).toBe(false);
    expect(got).toHaveLength(1);
  });

  it('keeps focus on a nudged marker across the redraw, not after a refused move or a drag', () => {
    const s = new EditSession();
    let ok = true;
    s.begin(() => ok);
    s.movePlace(move('keys'));
    expect(s.takeFocus()).toBe('pyongyang');
    expect(s.takeFocus()).toBeNull();
    s.movePlace(move('drag'));
    expect(s.takeFocus()).toBeNull();
    ok = false;
    s.movePlace(move('keys'));
    expect(s.takeFocus()).toBeNull();
  });

  it('hands the map its view once, after an edit of the same record only', () => {
    const s = new EditSession();
    const v = { record: 'r1', lat: 39, lon: 125.7, zoom: 6.25 };
    s.noteView(v);
    expect(s.takeView('r1')).toBeNull(); // no edit asked for it: a map made anew fits the record
    s.keepView();
    expect(s.takeView('r1')).toEqual(v);
    expect(s.takeView('r1')).toBeNull(); // once
    s.keepView();
    expect(s.takeView('r2')).toBeNull(); // another record (an import) starts at its own view
    expect(s.takeView('r1')).toBeNull();
  });

  it('clears the preview when the panel closes', () => {
    const s = new EditSession();
    const end = s.begin(() => true);
    s.preview = redatePreview(miniRecord().events, 'tunnels', '1967');
    expect(s.preview).not.toBeNull();
    end();
    expect(s.preview).toBeNull();
  });
});
