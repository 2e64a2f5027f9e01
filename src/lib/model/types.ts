import type * as v from 'valibot';
import type {
  EventSchema, LineSchema, MapViewSchema, MentionSchema, ParagraphSchema, PartSchema, PersonSchema, PlaceSchema, RecordSchema,
  TourSchema, TourStepSchema,
} from './schema.ts';

export type Mention = v.InferOutput<typeof MentionSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type Part = v.InferOutput<typeof PartSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type PlaceKind = Place['kind'];
export type HistEvent = v.InferOutput<typeof EventSchema>;
export type Modality = HistEvent['modality'];
export type Person = v.InferOutput<typeof PersonSchema>;
export type DemarcationLine = v.InferOutput<typeof LineSchema>;
export type ArchivalRecord = v.InferOutput<typeof RecordSchema>;
export type MapCamera = v.InferOutput<typeof MapViewSchema>;
export type TourStep = v.InferOutput<typeof TourStepSchema>;
export type Tour = v.InferOutput<typeof TourSchema>;

/** The kinds of thing a reader can select; each view shows all of them. */
export type EntityKind = 'place' | 'event' | 'person';
export type SelectionKind = EntityKind | 'paragraph';
export interface Ref {
  kind: SelectionKind;
  id: string;
}
