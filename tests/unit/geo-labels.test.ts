import { describe, expect, test } from 'vitest';
import { crowdedGlyphs, labelBox, overlaps, placeLabels, preferSide, SIDES, type LabelItem, type LabelSide } from '../../src/lib/geo/label-placement.ts';

const item = (id: string, x: number, y: number, priority: number, extra: Partial<LabelItem> = {}): LabelItem =>
  ({ id, x, y, width: 60, height: 14, radius: 5, priority, ...extra });

describe('placeLabels', () => {
  test('a lone label goes east of its symbol', () => {
    expect(placeLabels([item('a', 0, 0, 1)]).get('a')).toBe('e');
  });

  test('a label that would cover another symbol moves to the west', () => {
    const sides = placeLabels([item('b', 40, 0, 1), item('a', 0, 0, 2)]);
    expect(sides.get('a')).toBe('w');
    expect(sides.get('b')).toBe('e');
  });

  test('a less important label gives way to a more important one', () => {
    const sides = placeLabels([item('low', 0, 40, 1, { sides: ['n'] }), item('high', 0, 0, 2, { sides: ['s'] })]);
    expect(sides.get('high')).toBe('s');
    expect(sides.get('low')).toBeNull();
  });

  test('labels never overlap each other or another symbol', () => {
    const items = Array.from({ length: 10 }, (_, i) => item(`p${i}`, (i % 4) * 12, Math.floor(i / 4) * 10, 10 - i));
    const sides = placeLabels(items);
    const boxes = items.flatMap((i) => (sides.get(i.id) ? [labelBox(i, sides.get(i.id)!)] : []));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    expect([...sides.values()].filter((s) => s === null).length).toBeGreaterThan(0);
  });

  test('the selection is shown even where it collides, and goes first', () => {
    const sides = placeLabels([item('big', 0, 0, 9), item('sel', 1, 1, 0, { force: true })]);
    expect(sides.get('sel')).toBe('e');
    expect(sides.get('big')).not.toBe('e');
  });

  test('diagonals come before the far side', () => {
    // something just east: north-east is free, so the label does not jump west
    const sides = placeLabels([item('a', 0, 0, 2), item('b', 30, 4, 1, { width: 0, height: 0 })]);
    expect(sides.get('a')).toBe('ne');
  });

  test('a centred label (a continent) avoids the symbols under it', () => {
    const sides = placeLabels([item('asia', 0, 0, 1, { radius: 0, sides: ['c', 'n', 's'] }), item('china', 0, 2, 5, { width: 0, height: 0 })]);
    expect(sides.get('asia')).toBe('n');
  });

  test('near the edge of the frame a label turns inwards', () => {
    const frame = { x0: -100, y0: -100, x1: 40, y1: 100 };
    expect(placeLabels([item('a', 0, 0, 1)], [], frame).get('a')).toBe('w');
  });

  test('obstacles keep labels off', () => {
    const sides = placeLabels([item('a', 0, 0, 1)], [{ x0: 5, y0: -30, x1: 200, y1: 30 }]);
    expect(sides.get('a')).toBe('w');
  });
});

describe('preferSide', () => {
  test('puts the side a label has first and keeps the rest in order', () => {
    expect(preferSide(SIDES, 'sw')).toEqual(['sw', 'e', 'ne', 'se', 'w', 'nw', 'n', 's']);
  });

  test('leaves the order alone without a side, or with one the item may not take', () => {
    expect(preferSide(SIDES, null)).toBe(SIDES);
    expect(preferSide(['c', 'n', 's'], 'e')).toEqual(['c', 'n', 's']);
  });

  test('a label raised in rank stays on the side it had, where the first free side has moved', () => {
    // at rank 1, 'b' is placed first and covers the east of 'a', which goes west; raised above 'b', east is free
    const items = (rank: number, held: LabelSide | null) => [
      item('b', 20, 0, 2, { radius: 0 }),
      item('a', 0, 0, rank, { sides: preferSide(SIDES, held) }),
    ];
    expect(placeLabels(items(1, null)).get('a')).toBe('w');
    expect(placeLabels(items(3, null)).get('a')).toBe('e');
    expect(placeLabels(items(3, 'w')).get('a')).toBe('w');
  });
});

describe('crowdedGlyphs', () => {
  test('a district on top of its city is crowded; apart it is not', () => {
    expect([...crowdedGlyphs([item('city', 0, 0, 3), item('district', 2, 1, 1)])]).toEqual(['district']);
    expect(crowdedGlyphs([item('city', 0, 0, 3), item('district', 40, 1, 1)]).size).toBe(0);
  });
});
