import { describe, expect, it } from 'vitest';
import { exportTei } from '../../src/lib/io/export-tei.ts';
import { importTei } from '../../src/lib/io/import-tei.ts';
import { anchor } from '../../src/lib/model/anchor.ts';
import { bundled, fixture } from './io-fixtures.ts';
import { miniRecord } from './fixtures.ts';
import { parseXml } from './xml-parse.ts';

function ok(r: ReturnType<typeof importTei>) {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.field} ${p.message}`).join('; '));
  return r;
}

describe('importTei on hand-made TEI', () => {
  const r = ok(importTei(fixture('small.tei.xml'), 'small.tei.xml', parseXml));

  it('collapses the wrapped lines of each <p> into one line of text', () => {
    expect(r.value.paragraphs.map((p) => p.text)).toEqual([
      'Premier Kim Il Sung met the delegation on 28 October.',
      'There are tunnels being built underneath Pyongyang, and the comrades in Hanoi dug in the first half of the year.',
    ]);
  });

  it('links <placeName ref="#id"> to the listed place, with its coordinates and Wikidata id', () => {
    const p = r.value.places.find((x) => x.id === 'pyongyang')!;
    expect(p).toMatchObject({ name: 'Pyongyang', kind: 'city', lat: 39.0194, lon: 125.7381, wikidata: 'Q18808' });
    expect(p.mentions.map((m) => [m.paragraph, m.exact])).toEqual([['p2', 'Pyongyang']]);
  });

  it('keeps a placeName with no coordinates as a pending place, with its words and Wikidata id', () => {
    expect(r.pending).toEqual([{ name: 'Hanoi', wikidata: 'Q1858', mentions: [expect.objectContaining({ paragraph: 'p2', exact: 'Hanoi' })] }]);
  });

  it('adds a person for a <persName> not in a list', () => {
    expect(r.value.people).toEqual([expect.objectContaining({ id: 'kim-il-sung', name: 'Kim Il Sung', mentions: [expect.objectContaining({ exact: 'Kim Il Sung' })] })]);
  });

  it('makes an event of each <date>: when → a day, notBefore/notAfter → an interval', () => {
    expect(r.value.events.map((e) => [e.when, e.modality, e.mentions[0]!.exact])).toEqual([
      ['1965-10-28', 'past', '28 October'],
      ['1965-01/1965-06', 'past', 'in the first half of the year'],
    ]);
  });

  it('reads the header: title, date, archive, citation, translator, rights', () => {
    expect(r.value).toMatchObject({
      title: 'Record of a Conversation in Pyongyang',
      date: '1965-10-29',
      archive: 'Test Archive',
      citation: 'TEST 2, 1-2',
      translatedBy: ['Charles Kraus'],
      rights: 'For research use.',
      id: 'test-2',
    });
  });
});

describe('importTei rejects bad input, naming the file and where', () => {
  it('malformed XML: the line and column of the error', () => {
    const r = importTei(fixture('bad.tei.xml'), 'bad.tei.xml', parseXml);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.file).toBe('bad.tei.xml');
    expect(r.problems[0]!.field).toMatch(/^line 5, column \d+$/);
    expect(r.problems[0]!.message).toMatch(/not well-formed/);
  });

  it('XML that is not TEI', () => {
    const r = importTei('<html><body><p>x</p></body></html>', 'page.xml', parseXml);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file: 'page.xml', field: '<html>' });
  });

  it('TEI with no date for the record', () => {
    const r = importTei('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader><text><body><p>Words.</p></body></text></TEI>', 'nodate.xml', parseXml);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.field).toMatch(/creation/);
  });

  it('a listed place with coordinates that are not numbers', () => {
    const xml = fixture('small.tei.xml').replace('39.0194 125.7381', 'north of the river');
    const r = importTei(xml, 'small.tei.xml', parseXml);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.field).toMatch(/place xml:id="pyongyang".*geo/);
  });
});

describe('exportTei', () => {
  const xml = exportTei(bundled());

  it('writes placeName, persName and date inline, and lists places in standOff', () => {
    expect(xml).toContain('underneath <placeName ref="#pyongyang">Pyongyang</placeName>');
    expect(xml).toContain('<persName ref="#mao-zedong">Mao Zedong</persName>');
    expect(xml).toMatch(/<date when="1965-10-29" ref="#report-sent">October 29, 1965<\/date>/);
    expect(xml).toMatch(/<place xml:id="pyongyang" type="city"><placeName>Pyongyang<\/placeName><location><geo>39.0194 125.7381<\/geo>/);
  });

  it('is well-formed XML', () => {
    expect(parseXml(xml).getElementsByTagName('parsererror')).toHaveLength(0);
  });

  it('writes crossing mentions as anchors and a span, and reads them back', () => {
    const r = miniRecord();
    const p2 = r.paragraphs[1]!.text;
    // "next year those under East" crosses "East and West Pyongyang"
    r.events[0]!.mentions.push(anchor('p2', p2, 'next year those under East'));
    r.places.push({ id: 'ew', name: 'East and West', kind: 'district', lat: 39, lon: 125.7, wikidata: null, shape: { type: 'point' }, status1965: 'x', mentions: [anchor('p2', p2, 'East and West Pyongyang')] });
    const out = exportTei(r);
    expect(out).toMatch(/<anchor xml:id="p2\.a1"\/>/);
    expect(out).toMatch(/<span type="[a-z]+" ana="#[a-z-]+" from="#p2\.a1" to="#p2\.b1"\/>/);
    const back = importTei(out, 'x.xml', parseXml);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.value.places.find((p) => p.id === 'ew')!.mentions).toEqual(r.places.find((p) => p.id === 'ew')!.mentions);
    expect(back.value.events[0]!.mentions).toEqual(expect.arrayContaining(r.events[0]!.mentions));
  });

  it('escapes markup characters in the text', () => {
    const r = miniRecord();
    r.paragraphs[0]!.text = 'A <b>bold</b> & "quoted" claim.';
    r.places = r.places.map((p) => ({ ...p, mentions: p.mentions.filter((m) => m.paragraph !== 'p1') }));
    r.events = r.events.filter((e) => e.mentions.every((m) => m.paragraph !== 'p1'));
    r.people = r.people?.map((p) => ({ ...p, mentions: p.mentions.filter((m) => m.paragraph !== 'p1') }));
    const out = exportTei(r);
    expect(out).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; "quoted" claim.');
  });
});
