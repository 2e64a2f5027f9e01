/**
 * Helpers shared by the importers and exporters: the text parts of a record in reading order,
 * every mention with what it mentions, and the canonical order of an entity's mentions (front,
 * body, back; by offset; the longer first), so that an import gives back the order an export read.
 */
import type { ArchivalRecord, EntityKind, Mention } from '../model/types.ts';

export interface TextPart {
  id: string;
  text: string;
  section: 'front' | 'body' | 'back';
}

export function textParts(record: Pick<ArchivalRecord, 'front' | 'paragraphs' | 'back'>): TextPart[] {
  return [
    ...record.front.map((p) => ({ id: p.id, text: p.text, section: 'front' as const })),
    ...record.paragraphs.map((p) => ({ id: p.id, text: p.text, section: 'body' as const })),
    ...record.back.map((p) => ({ id: p.id, text: p.text, section: 'back' as const })),
  ];
}

export interface EntityMention {
  kind: EntityKind;
  id: string;
  mention: Mention;
}

export function entityMentions(record: ArchivalRecord): EntityMention[] {
  return [
    ...record.places.flatMap((e) => e.mentions.map((mention) => ({ kind: 'place' as const, id: e.id, mention }))),
    ...record.events.flatMap((e) => e.mentions.map((mention) => ({ kind: 'event' as const, id: e.id, mention }))),
    ...(record.people ?? []).flatMap((e) => e.mentions.map((mention) => ({ kind: 'person' as const, id: e.id, mention }))),
  ];
}

/** Reading order of mentions, given the order of the text parts. */
export function mentionOrder(partOrder: readonly string[]): (a: Mention, b: Mention) => number {
  const at = new Map(partOrder.map((id, i) => [id, i]));
  return (a, b) => (at.get(a.paragraph) ?? 1e9) - (at.get(b.paragraph) ?? 1e9) || a.start - b.start || b.end - a.end;
}

/** The record with every entity's mentions in reading order (what importers produce). */
export function withSortedMentions(record: ArchivalRecord): ArchivalRecord {
  const order = mentionOrder(textParts(record).map((p) => p.id));
  const sort = <T extends { mentions: Mention[] }>(e: T): T => ({ ...e, mentions: [...e.mentions].sort(order) });
  return {
    ...record,
    places: record.places.map(sort),
    events: record.events.map(sort),
    ...(record.people ? { people: record.people.map(sort) } : {}),
  };
}
