import { describe, expect, it } from 'vitest';
import { importText, parseCitationBlock, EMAIL_NOTE, NOT_STATED } from '../../src/lib/io/import-text.ts';
import { parseDateWords, looksLikeDateOrTime } from '../../src/lib/io/date-words.ts';
import { bundled, fixture, seedText } from './io-fixtures.ts';

function ok(r: ReturnType<typeof importText>) {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.field} ${p.message}`).join('; '));
  return r;
}

describe('importText on the archive page of the bundled record (the seed)', () => {
  const r = ok(importText(seedText(), 'seed.txt'));
  const want = bundled();

  it('gives the 7 body paragraphs verbatim', () => {
    expect(r.value.paragraphs).toHaveLength(7);
    expect(r.value.paragraphs).toEqual(want.paragraphs);
  });

  it('gives the front and back parts the bundled record has', () => {
    expect(r.value.front).toEqual(want.front);
    expect(r.value.back).toEqual(want.back);
    expect(r.value.front.map((p) => p.label)).toEqual(['date line', 'title', 'support', 'addressees']);
    expect(r.value.back.map((p) => p.label)).toEqual(['signatories', 'time line', 'archive summary', 'document information']);
  });

  it('recognises the citation block: citation, obtainedBy, translatedBy, id', () => {
    expect(r.value.citation).toBe('PRC FMA 106-01479-08, 85-88');
    expect(r.value.obtainedBy).toEqual(['Shen Zhihua']);
    expect(r.value.translatedBy).toEqual(['Jeffrey Wang', 'Charles Kraus']);
    expect(r.value.id).toBe('prc-fma-106-01479-08');
  });

  it('reads title, date, support, genre, archive and rights as the bundled record has them', () => {
    for (const k of ['title', 'date', 'support', 'genre', 'archive', 'rights'] as const) expect(r.value[k], k).toBe(want[k]);
  });

  it('strips the page debris, the empty labels and the obfuscated e-mail, and says so', () => {
    const all = JSON.stringify(r.value);
    expect(all).not.toContain('Skip to content');
    expect(all).not.toContain('Record ID');
    expect(all).not.toContain('[email protected]');
    expect(r.value.rights).toContain(EMAIL_NOTE);
    expect(r.notes.join('\n')).toMatch(/line 1: dropped page debris “Skip to content”/);
    expect(r.notes.join('\n')).toMatch(/empty page label “Record ID”/);
  });

  it('has no annotations yet', () => {
    expect(r.value.places).toEqual([]);
    expect(r.value.events).toEqual([]);
  });
});

describe('importText on Markdown', () => {
  const r = ok(importText(fixture('telegram.md'), 'telegram.md'));

  it('takes the # heading as title and strips emphasis, keeping [insertions]', () => {
    expect(r.value.title).toBe('Telegram from the Chinese Embassy in Pyongyang on the Tunnels');
    expect(r.value.paragraphs[0]!.text).toBe(
      'The Korean comrades told us that the tunnels under Pyongyang are nearly finished, and that work in East and West Pyongyang will be complete this year.',
    );
  });

  it('joins hard-wrapped lines of a paragraph with one space', () => {
    expect(r.value.paragraphs[1]!.text).toBe(
      'They said that the [North] Korean army is digging in other cities as well, and that the comrades from Hanoi asked to see the work.',
    );
    expect(r.value.paragraphs).toHaveLength(2);
  });

  it('finds date line, addressees, signatories, time line and the citation block', () => {
    expect(r.value.date).toBe('1966-03-03');
    expect(r.value.front.map((p) => p.label)).toEqual(['title', 'date line', 'addressees']);
    expect(r.value.back.map((p) => [p.label, p.text])).toEqual([
      ['signatories', 'Chinese Embassy in the DPRK'],
      ['time line', '3 March, 9:00 a.m.'],
      ['document information', 'PRC FMA 106-01480-01, 12-13. Obtained by Shen Zhihua and translated by Charles Kraus.'],
    ]);
    expect(r.value.citation).toBe('PRC FMA 106-01480-01, 12-13');
    expect(r.value.translatedBy).toEqual(['Charles Kraus']);
    expect(r.value.genre).toBe('Telegram');
    expect(r.value.rights).toContain(EMAIL_NOTE);
  });
});

describe('importText on a bare text', () => {
  it('rejects a text with no date, naming the file and the field and saying what to do', () => {
    const r = importText(fixture('bare.txt'), 'bare.txt');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ file: 'bare.txt', field: 'date' });
    expect(r.problems[0]!.message).toMatch(/October 29, 1965/);
  });

  it('accepts it with the date given, every block after the title a paragraph, and notes what is missing', () => {
    const r = ok(importText(fixture('bare.txt'), 'bare.txt', { meta: { date: '1965-10-29' } }));
    expect(r.value.title).toBe('Notes on a conversation');
    expect(r.value.paragraphs.map((p) => p.text)).toEqual([
      'Kim said that the tunnels under Pyongyang would be finished by next year.',
      'He also spoke of the situation in Indonesia.',
    ]);
    expect(r.value.id).toBe('bare');
    expect(r.value.archive).toBe(NOT_STATED);
    expect(r.notes.some((n) => n.startsWith('archive'))).toBe(true);
  });

  it('rejects an empty file', () => {
    const r = importText('\n\n  \n', 'empty.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file: 'empty.txt', field: '(file)' });
  });
});

describe('date words and citation blocks', () => {
  it.each([
    ['October 29, 1965', '1965-10-29'],
    ['29 October 1965', '1965-10-29'],
    ['29 Oct. 1965', '1965-10-29'],
    ['October 1965', '1965-10'],
    ['1965-10-29', '1965-10-29'],
    ['1965', '1965'],
    ['February 30, 1965', null],
    ['Premier Kim met them on 28 October 1965.', null],
  ])('parseDateWords(%j) is %j', (s, want) => expect(parseDateWords(s)).toBe(want));

  it.each([
    ['29 October, 5:00 p.m.', true],
    ['Yang Yong and Hao Deqing', false],
    ['October 29, 1965', true],
  ])('looksLikeDateOrTime(%j) is %j', (s, want) => expect(looksLikeDateOrTime(s)).toBe(want));

  it('splits a citation block into citation and names', () => {
    expect(parseCitationBlock('AVPRF f. 0102, op. 21, d. 12. Obtained by A. B, C. D and E. F.')).toEqual({
      citation: 'AVPRF f. 0102, op. 21, d. 12',
      obtainedBy: ['A. B', 'C. D', 'E. F'],
      translatedBy: [],
    });
  });
});
