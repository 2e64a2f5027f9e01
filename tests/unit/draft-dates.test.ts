import { describe, expect, it } from 'vitest';
import { draftDates } from '../../src/lib/draft/draft-dates.ts';
import { textRecord } from './draft-fixtures.ts';

const found = (text: string, date = '1965-10-29') => {
  const r = textRecord(text);
  r.date = date;
  return draftDates(r).map((d) => [d.mention.exact, d.when, d.modality]);
};

describe('draftDates reads dates against the record’s own date', () => {
  it.each([
    ['by next year those tunnels will be complete', [['next year', '1966', 'expected']]],
    ['this year’s situation is not very good', [['this year', '1965', 'ongoing']]],
    ['last year the harvest failed', [['last year', '1964', 'past']]],
    ['met the delegation on 28 [October 1965].', [['28 [October 1965]', '1965-10-28', 'past']]],
    ['the 30 September Movement', [['30 September', '1965-09-30', 'past']]],
    ['agriculture suffered from the autumn drought', [['the autumn', '1965-23', 'ongoing']]],
    ['in the spring of 1964 they met', [['the spring of 1964', '1964-21', 'past']]],
    ['the Volunteers came in 1950 and left in the 1950s', [['1950', '1950', 'past'], ['1950s', '195X', 'past']]],
    ['in October 1966 they will finish', [['October 1966', '1966-10', 'expected']]],
  ])('%j', (text, want) => expect(found(text)).toEqual(want));

  it('does not take durations, "now" or catalogue numbers for dates', () => {
    expect(found('he stayed for two months; now we are ready; PRC FMA 106-01479-08, 85-88')).toEqual([]);
  });

  it('reads the same words differently in a record of another year', () => {
    expect(found('by next year', '1950-06-25')).toEqual([['next year', '1951', 'expected']]);
  });
});
