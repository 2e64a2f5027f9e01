import { describe, expect, test } from 'vitest';
import { assignLanes, estimateLabelWidth, type LaneItem, type LaneOptions, type LaneSlot } from '../../src/lib/layout/lanes.ts';
import { prng } from '../../scripts/bench/generate-collection.ts';

// "random" inputs from the bench's seeded PRNG (prng): the same on every run

function randomItems(seed: number, n: number, width: number): LaneItem[] {
  const r = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const point = r() < 0.4;
    const x0 = Math.round(r() * width * 1.2 - width * 0.1);
    const len = point ? 0 : Math.round(r() ** 3 * width);
    return { id: `e${i}`, x0, x1: x0 + len, point, labelWidth: r() < 0.1 ? 0 : Math.round(30 + r() * 220) };
  });
}

/** The boxes a slot really draws into: its mark, and its label when it has one. */
function boxes(slot: LaneSlot, item: LaneItem): [number, number][] {
  const out: [number, number][] = [[slot.markX0, slot.markX1]];
  if (slot.label !== 'none') out.push([slot.labelX, slot.labelX + item.labelWidth]);
  return out;
}

/** Every pair of things drawn in one lane, from different items, that come closer than `gap`. */
function collisions(items: LaneItem[], slots: LaneSlot[], gap: number): string[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const bad: string[] = [];
  for (let i = 0; i < slots.length; i++) {
    for (let j = i + 1; j < slots.length; j++) {
      const a = slots[i]!;
      const b = slots[j]!;
      if (a.lane !== b.lane) continue;
      for (const [a0, a1] of boxes(a, byId.get(a.id)!)) {
        for (const [b0, b1] of boxes(b, byId.get(b.id)!)) {
          if (a0 < b1 + gap && b0 < a1 + gap) bad.push(`${a.id}×${b.id} in lane ${a.lane}`);
        }
      }
    }
  }
  return bad;
}

describe('assignLanes: placing one item', () => {
  const cases: { name: string; item: LaneItem; options?: LaneOptions; label: LaneSlot['label'] }[] = [
    { name: 'a label goes inside a bar wide enough for it', item: { id: 'a', x0: 0, x1: 300, labelWidth: 100 }, label: 'inside' },
    { name: 'a label goes right of a bar too narrow for it', item: { id: 'a', x0: 0, x1: 50, labelWidth: 100 }, label: 'right' },
    { name: 'a label goes right of a point', item: { id: 'a', x0: 40, x1: 40, point: true, labelWidth: 100 }, label: 'right' },
    {
      name: 'a label that would run off the right edge goes left of its mark',
      item: { id: 'a', x0: 900, x1: 900, point: true, labelWidth: 120 },
      options: { bounds: [0, 960] },
      label: 'left',
    },
    {
      name: 'a label that fits on neither side stays right of its mark',
      item: { id: 'a', x0: 50, x1: 50, point: true, labelWidth: 2000 },
      options: { bounds: [0, 960] },
      label: 'right',
    },
    {
      name: 'a label inside a bar that runs off the left edge counts only the visible part',
      item: { id: 'a', x0: -5000, x1: 60, labelWidth: 100 },
      options: { bounds: [0, 960] },
      label: 'right',
    },
    { name: 'an item with no label takes its mark alone', item: { id: 'a', x0: 0, x1: 10, labelWidth: 0 }, label: 'none' },
  ];
  test.each(cases)('$name', ({ item, options, label }) => {
    const { slots, lanes } = assignLanes([item], options);
    expect(lanes).toBe(1);
    expect(slots[0]!.label).toBe(label);
  });

  test('an inside label starts at the visible start of a bar cut by the left edge', () => {
    const { slots } = assignLanes([{ id: 'a', x0: -500, x1: 400, labelWidth: 100 }], { bounds: [0, 960], insidePad: 6 });
    expect(slots[0]).toMatchObject({ label: 'inside', labelX: 6 });
  });

  test('an inside label can keep to the end of a bar (a bar whose start is open)', () => {
    const { slots } = assignLanes([{ id: 'a', x0: -500, x1: 400, labelWidth: 100, insideAlign: 'end' }], { bounds: [0, 960], insidePad: 6 });
    expect(slots[0]).toMatchObject({ label: 'inside', labelX: 294 });
  });

  test('a point is drawn centred on its position with the given radius', () => {
    const { slots } = assignLanes([{ id: 'a', x0: 100, x1: 100, point: true, labelWidth: 0 }], { pointRadius: 7 });
    expect(slots[0]).toMatchObject({ markX0: 93, markX1: 107 });
  });

  test('a very short bar is drawn at the minimum width', () => {
    const { slots } = assignLanes([{ id: 'a', x0: 100, x1: 100.5, labelWidth: 0 }], { minBarWidth: 4 });
    expect(slots[0]!.markX1).toBe(104);
  });
});

describe('assignLanes: labels above their marks', () => {
  const above = { placement: 'above' as const, bounds: [0, 960] as const };
  test.each([
    { name: 'a label no wider than its bar lies over it', item: { id: 'a', x0: 100, x1: 300, labelWidth: 150 }, label: 'inside', labelX: 100 },
    { name: 'a wider label starts at the bar’s start and runs on', item: { id: 'a', x0: 100, x1: 130, labelWidth: 150 }, label: 'right', labelX: 100 },
    { name: 'a point’s label starts at the point’s left edge', item: { id: 'a', x0: 100, x1: 100, point: true, labelWidth: 50 }, label: 'right', labelX: 94 },
    { name: 'near the right edge a label ends at the mark’s end', item: { id: 'a', x0: 900, x1: 920, labelWidth: 150 }, label: 'left', labelX: 770 },
    { name: 'a bar cut by the left edge labels its visible part', item: { id: 'a', x0: -900, x1: 300, labelWidth: 150 }, label: 'inside', labelX: 0 },
    {
      name: 'a bar with an open start labels its known end',
      item: { id: 'a', x0: -900, x1: 300, labelWidth: 150, insideAlign: 'end' as const },
      label: 'inside',
      labelX: 150,
    },
  ])('$name', ({ item, label, labelX }) => {
    expect(assignLanes([item], above).slots[0]).toMatchObject({ label, labelX });
  });

  test('a label over a bar lets the next item follow right after the bar', () => {
    const { lanes } = assignLanes(
      [
        { id: 'a', x0: 0, x1: 300, labelWidth: 100 },
        { id: 'b', x0: 320, x1: 320, point: true, labelWidth: 100 },
      ],
      above,
    );
    expect(lanes).toBe(1);
  });
});

describe('assignLanes: packing', () => {
  test('two points on the same day take two lanes', () => {
    const { slots, lanes } = assignLanes([
      { id: 'a', x0: 100, x1: 100, point: true, labelWidth: 80 },
      { id: 'b', x0: 100, x1: 100, point: true, labelWidth: 80 },
    ]);
    expect(lanes).toBe(2);
    expect(slots.map((s) => s.lane)).toEqual([0, 1]);
  });

  test('an item after another item’s label shares its lane', () => {
    const { lanes } = assignLanes([
      { id: 'a', x0: 0, x1: 0, point: true, labelWidth: 80 },
      { id: 'b', x0: 200, x1: 200, point: true, labelWidth: 80 },
    ]);
    expect(lanes).toBe(1);
  });

  test('an item that would touch another’s label moves down a lane', () => {
    const { slots } = assignLanes([
      { id: 'a', x0: 0, x1: 0, point: true, labelWidth: 80 },
      { id: 'b', x0: 60, x1: 60, point: true, labelWidth: 80 },
    ]);
    expect(slots.find((s) => s.id === 'b')!.lane).toBe(1);
  });

  test('beyond maxLanes, labels are dropped before lanes are added; each lane keeps its last label', () => {
    const items: LaneItem[] = [0, 1, 2, 3].map((i) => ({ id: `p${i}`, x0: i * 20, x1: i * 20, point: true, labelWidth: 150 }));
    const { slots, lanes } = assignLanes(items, { maxLanes: 2 });
    expect(lanes).toBe(2);
    expect(slots.map((s) => `${s.id}:${s.lane}:${s.label}`)).toEqual(['p0:0:none', 'p1:1:right', 'p2:0:none', 'p3:0:right']);
  });

  test('a label flipped left of a mark near the right edge is dropped rather than add a lane', () => {
    const { slots, lanes } = assignLanes(
      [
        { id: 'a', x0: 700, x1: 700, point: true, labelWidth: 60 },
        { id: 'b', x0: 900, x1: 900, point: true, labelWidth: 200 },
      ],
      { bounds: [0, 960], maxLanes: 1 },
    );
    expect(lanes).toBe(1);
    expect(slots.map((s) => s.label)).toEqual(['right', 'none']);
  });

  test('when even the mark cannot fit within maxLanes, a lane beyond the limit is opened', () => {
    const items: LaneItem[] = [0, 1, 2].map((i) => ({ id: `p${i}`, x0: 100, x1: 100, point: true, labelWidth: 50 }));
    const { slots, lanes } = assignLanes(items, { maxLanes: 2 });
    expect(lanes).toBe(3);
    expect(slots[2]).toMatchObject({ lane: 2, label: 'right' });
  });

  test.each([
    { seed: 1, n: 10 },
    { seed: 2, n: 40 },
    { seed: 3, n: 120 },
    ...Array.from({ length: 40 }, (_, i) => ({ seed: 100 + i, n: 5 + ((i * 7) % 60) })),
  ])('no two marks or labels overlap in a lane (seed $seed, $n items)', ({ seed, n }) => {
    const items = randomItems(seed, n, 960);
    const gap = 6;
    const variants: LaneOptions[] = [
      { gap },
      { gap, bounds: [0, 960] },
      { gap, bounds: [0, 960], maxLanes: 4 },
      { gap, placement: 'above' },
      { gap, placement: 'above', bounds: [0, 960], maxLanes: 4 },
    ];
    for (const options of variants) {
      const { slots, lanes } = assignLanes(items, options);
      expect(slots).toHaveLength(n);
      expect(collisions(items, slots, gap)).toEqual([]);
      expect(new Set(slots.map((s) => s.lane)).size).toBe(lanes);
      for (const s of slots) {
        // the occupied extent covers what is drawn; an inside label lies within its bar
        const item = items.find((i) => i.id === s.id)!;
        for (const [a, b] of boxes(s, item)) expect(s.left <= a && b <= s.right).toBe(true);
        if (s.label === 'inside') expect(s.labelX >= s.markX0 && s.labelX + item.labelWidth <= s.markX1).toBe(true);
      }
    }
  });
});

describe('assignLanes: order', () => {
  test('the result does not depend on input order (seeded shuffles)', () => {
    const items = randomItems(7, 50, 960);
    const expected = assignLanes(items, { bounds: [0, 960], maxLanes: 5 });
    const r = prng(99);
    for (let k = 0; k < 20; k++) {
      const shuffled = [...items].sort(() => r() - 0.5);
      expect(assignLanes(shuffled, { bounds: [0, 960], maxLanes: 5 })).toEqual(expected);
    }
  });

  test('slots come in packing order: by start, then id', () => {
    const { slots } = assignLanes([
      { id: 'b', x0: 10, x1: 10, point: true, labelWidth: 10 },
      { id: 'c', x0: 5, x1: 5, point: true, labelWidth: 10 },
      { id: 'a', x0: 10, x1: 10, point: true, labelWidth: 10 },
    ]);
    expect(slots.map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });

  test('of two items starting together, the lower id gets the upper lane', () => {
    const { slots } = assignLanes([
      { id: 'z', x0: 0, x1: 0, point: true, labelWidth: 40 },
      { id: 'm', x0: 0, x1: 0, point: true, labelWidth: 40 },
    ]);
    expect(slots.find((s) => s.id === 'm')!.lane).toBe(0);
  });
});

describe('estimateLabelWidth', () => {
  test.each([
    { name: 'grows with the text', a: 'Korean War', b: 'Korean War armistice', wider: 'b' },
    { name: 'counts capitals wider than narrow letters', a: 'MMMM', b: 'iiii', wider: 'a' },
    { name: 'counts CJK characters at full width', a: '平壤', b: 'ab', wider: 'a' },
  ])('$name', ({ a, b, wider }) => {
    const [wa, wb] = [estimateLabelWidth(a), estimateLabelWidth(b)];
    expect(wider === 'a' ? wa > wb : wb > wa).toBe(true);
  });

  test('scales with the font size and is a whole number of px', () => {
    const w13 = estimateLabelWidth('Tunnels under East and West Pyongyang complete', 13);
    const w26 = estimateLabelWidth('Tunnels under East and West Pyongyang complete', 26);
    expect(Number.isInteger(w13)).toBe(true);
    expect(Math.abs(w26 - 2 * w13)).toBeLessThanOrEqual(1);
  });

  test('errs wide: a 13 px title of 46 characters is estimated at 250–340 px', () => {
    const w = estimateLabelWidth('Tunnels under East and West Pyongyang complete', 13);
    expect(w).toBeGreaterThan(250);
    expect(w).toBeLessThan(340);
  });

  test('is empty for an empty label', () => {
    expect(estimateLabelWidth('')).toBe(0);
  });

  test('counts a character outside the BMP once (a surrogate pair is one character), a lone surrogate once', () => {
    expect(estimateLabelWidth('a😀')).toBe(estimateLabelWidth('a平'));
    expect(estimateLabelWidth('\uD83D')).toBe(estimateLabelWidth('平'));
  });

  // The estimate is a table lookup by UTF-16 code; it must give what a per-character reading gives.
  test('matches a character-by-character reference on random text (BMP, CJK, surrogates, quotes)', () => {
    const narrow = new Set("iljI.,;:'!|()[]{}ftr -\u2019\u2018`");
    const wide = new Set('MWmw@%');
    const reference = (text: string, fontPx: number, weight: 400 | 600) => {
      let em = 0;
      for (const ch of text) {
        if (narrow.has(ch)) em += 0.3;
        else if (wide.has(ch)) em += 0.86;
        else if (ch >= 'A' && ch <= 'Z') em += 0.68;
        else if (ch >= '0' && ch <= '9') em += 0.58;
        else if (ch.charCodeAt(0) > 0x2e80) em += 1;
        else em += 0.55;
      }
      return Math.ceil(em * fontPx * (weight === 600 ? 1.06 : 1));
    };
    const pool = "abcXYZ019 .,'’‘`MWm@%iljI漢字한국어😀é–—\u2e80\u2e81\uD800\uDC00\uDFFF";
    const rnd = prng(11);
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const n = Math.floor(rnd() * 40);
      // indexing by UTF-16 unit also cuts pairs: lone surrogates are tried too
      for (let i = 0; i < n; i++) text += pool[Math.floor(rnd() * pool.length)];
      for (const weight of [400, 600] as const) expect(estimateLabelWidth(text, 13, weight)).toBe(reference(text, 13, weight));
    }
  });
});
