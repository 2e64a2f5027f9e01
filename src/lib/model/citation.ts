/** The record cited as its archive cites it, as one line of plain text (slide captions, handouts). Pure. */
import { describeWhen } from './describe-when.ts';
import { toTimeSpan } from './time-span.ts';
import type { ArchivalRecord } from './types.ts';

const list = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

function when(date: string): string {
  try {
    return describeWhen(toTimeSpan(date));
  } catch {
    return date;
  }
}

export function citationText(record: ArchivalRecord): string {
  const credit = [
    record.obtainedBy.length ? `Obtained by ${list(record.obtainedBy)}` : '',
    record.translatedBy.length ? `${record.obtainedBy.length ? 'translated' : 'Translated'} by ${list(record.translatedBy)}` : '',
  ].filter(Boolean).join(' and ');
  return `“${record.title},” ${when(record.date)}, ${record.citation}.${credit ? ` ${credit}.` : ''} ${record.archive}.`;
}
