import { describe, expect, it } from 'vitest';
import { describeWhen } from '../../src/lib/model/describe-when.ts';
import { toTimeSpan } from '../../src/lib/model/time-span.ts';

describe('describeWhen', () => {
  it.each([
    ['1965-10-28', '28 October 1965'],
    ['1965-10', 'October 1965'],
    ['1966?', '1966?'],
    ['1965-10~', 'about October 1965'],
    ['1965-23', 'autumn 1965'],
    ['1950-10/1958-10', 'October 1950 – October 1958'],
    ['1950-10-19/1958-10-26', '19 October 1950 – 26 October 1958'],
    ['1950-06/..', 'June 1950 – ongoing'],
    ['../1965-10-28', '… – 28 October 1965'],
    ['/1965-10-28', 'unknown start – 28 October 1965'],
  ])('describes %s as "%s"', (edtf, words) => {
    expect(describeWhen(toTimeSpan(edtf))).toBe(words);
  });
});
