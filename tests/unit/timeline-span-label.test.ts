import { expect, test } from 'vitest';
import { toTimeSpan } from '../../src/lib/model/time-span.ts';
import { describeSpan, qualifierMarks } from '../../src/lib/layout/span-label.ts';

test.each([
  { edtf: '1965-10-28', words: '28 Oct 1965', marks: '' },
  { edtf: '1965-10', words: 'Oct 1965', marks: '' },
  { edtf: '1966', words: '1966', marks: '' },
  { edtf: '1965-23', words: 'autumn 1965', marks: '' },
  { edtf: '1965-24', words: 'winter 1965', marks: '' },
  { edtf: '1966?', words: '1966?', marks: '?' },
  { edtf: '1965-10~', words: 'c. Oct 1965', marks: '~' },
  { edtf: '1965-10-28%', words: 'c. 28 Oct 1965?', marks: '~?' },
  { edtf: '1899~', words: 'c. 1899', marks: '~' },
  { edtf: '195X', words: '1950s', marks: '' },
  { edtf: '1950-06-25/1953-07-27', words: '25 Jun 1950 – 27 Jul 1953', marks: '' },
  { edtf: '1961/1967', words: '1961 – 1967', marks: '' },
  { edtf: '1965-10/1966~', words: 'Oct 1965 – c. 1966', marks: '~' },
  { edtf: '1950-07/..', words: 'Jul 1950 onwards', marks: '' },
  { edtf: '../1965-10-28', words: 'until 28 Oct 1965', marks: '' },
  { edtf: '1965-10/', words: 'Oct 1965 – end unknown', marks: '' },
  { edtf: '/1965-10', words: 'start unknown – Oct 1965', marks: '' },
])('describeSpan("$edtf") is "$words", marked "$marks"', ({ edtf, words, marks }) => {
  const span = toTimeSpan(edtf);
  expect(describeSpan(span)).toBe(words);
  expect(qualifierMarks(span)).toBe(marks);
});
