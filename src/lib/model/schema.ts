/**
 * The record format, written once: the TypeScript types (types.ts) are inferred from these
 * schemas and `npm run schema` writes the JSON Schema in data/schema/ from them, so the three
 * cannot drift apart (a unit test fails if the committed JSON Schema is stale).
 */
import * as v from 'valibot';
import { isValidEdtf } from './edtf-syntax.ts';

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug of letters, digits and hyphens, e.g. "east-pyongyang"'),
);
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const Wikidata = v.nullable(
  v.pipe(v.string(), v.regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as "Q18808", or null when there is none')),
);
const Edtf = v.pipe(
  v.string(),
  v.check(isValidEdtf, 'must be an EDTF level 0/1 date, e.g. "1965-10-28", "1950-10/1958-10", "1966?", "1965-23", "../1965-10"'),
);

/** W3C Web Annotation TextQuoteSelector + TextPositionSelector on one text part. */
export const MentionSchema = v.object({
  /** id of the text part (body paragraph, front or back matter) that holds the words */
  paragraph: Id,
  exact: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  prefix: v.string(),
  suffix: v.string(),
  /** UTF-16 code unit offsets into the part's text; end is exclusive */
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const ParagraphSchema = v.object({
  id: Id,
  /** 1-based number of the body paragraph as the reader shows it */
  n: v.pipe(v.number(), v.integer(), v.minValue(1)),
  text: NonEmpty,
});

export const PartSchema = v.object({
  id: Id,
  /** what this part of the page is: "date line", "title", "addressees", "signatories", … */
  label: NonEmpty,
  text: NonEmpty,
});

export const PlaceKind = v.picklist(['city', 'district', 'country', 'region', 'continent']);

/** How a place is drawn on the map. */
export const ShapeSchema = v.variant('type', [
  v.object({ type: v.literal('point') }),
  v.object({
    type: v.literal('countries'),
    /** ISO 3166-1 numeric codes of Natural Earth (world-atlas) features whose union is the outline */
    iso: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[0-9]{3}$/, 'must be a 3-digit ISO 3166-1 numeric code'))), v.minLength(1)),
    /** keep only the part of the outline north or south of a latitude (e.g. Vietnam at the 17th parallel) */
    clip: v.optional(v.object({ side: v.picklist(['north', 'south']), lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)) })),
  }),
  v.object({
    type: v.literal('area'),
    /** radius of the soft area drawn round the point, in kilometres */
    radiusKm: v.pipe(v.number(), v.minValue(1)),
  }),
]);

export const SourceNote = v.object({
  /** short citation of where a context fact or identification comes from */
  note: NonEmpty,
});

export const PlaceSchema = v.object({
  id: Id,
  name: NonEmpty,
  kind: PlaceKind,
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  wikidata: Wikidata,
  shape: ShapeSchema,
  /** what the place was in 1965, e.g. "Republic of Vietnam (South Vietnam), capital Saigon" */
  status1965: NonEmpty,
  /** why the mentions mean this place, and how the point was chosen */
  note: v.optional(v.string()),
  mentions: v.array(MentionSchema),
});

export const Modality = v.picklist(['past', 'ongoing', 'expected', 'hypothetical']);
export const Basis = v.picklist(['text', 'context']);

export const EventSchema = v.pipe(
  v.object({
    id: Id,
    title: NonEmpty,
    when: Edtf,
    modality: Modality,
    places: v.array(Id),
    people: v.optional(v.array(Id)),
    /** "text" when the record states it; "context" when it is background the text presupposes */
    basis: Basis,
    /** for context events, the source of the fact; for text events, how the date was resolved */
    source: v.optional(v.string()),
    note: v.optional(v.string()),
    mentions: v.array(MentionSchema),
  }),
  v.forward(
    v.check((e) => e.basis !== 'context' || (e.source ?? '').trim().length > 0, 'a context event must give its source'),
    ['source'],
  ),
);

export const PersonSchema = v.object({
  id: Id,
  name: NonEmpty,
  wikidata: Wikidata,
  /** who they were in October 1965 */
  role: NonEmpty,
  note: v.optional(v.string()),
  mentions: v.array(MentionSchema),
});

export const LineSchema = v.object({
  id: Id,
  name: NonEmpty,
  /** [lat, lon] vertices, WGS84 */
  coords: v.pipe(v.array(v.tuple([v.number(), v.number()])), v.minLength(2)),
  when: Edtf,
  source: NonEmpty,
});

/** Where the map looks: its centre (WGS84) and Leaflet zoom level. */
export const MapViewSchema = v.object({
  lat: v.pipe(v.number(), v.minValue(-85), v.maxValue(85)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  zoom: v.pipe(v.number(), v.minValue(1), v.maxValue(10)),
});

/** One step of a guided tour: what the presenter says, and what the three views show meanwhile. */
export const TourStepSchema = v.object({
  title: NonEmpty,
  /** the presenter's words; words in “curly quotes” must be the record's own, verbatim */
  narration: NonEmpty,
  /** the one thing selected (as a click would select it) */
  select: v.optional(v.object({ kind: v.picklist(['place', 'event', 'person', 'paragraph']), id: Id })),
  /** more places and events lit beside the selection */
  places: v.optional(v.array(Id)),
  events: v.optional(v.array(Id)),
  /** the text part the reader shows (a body paragraph id, e.g. "p3") */
  paragraph: v.optional(Id),
  /** the time window, from the start of the first EDTF date to the end of the second: ["1950", "1966"] */
  window: v.optional(v.tuple([Edtf, Edtf])),
  /** an explicit map view; without it the map fits what the step lights */
  map: v.optional(MapViewSchema),
});

export const TourSchema = v.object({
  id: Id,
  title: NonEmpty,
  /** who the tour is for and how long it takes */
  description: v.optional(v.string()),
  steps: v.pipe(v.array(TourStepSchema), v.minLength(1, 'a tour needs at least one step')),
});

export const RecordSchema = v.object({
  $schema: v.optional(v.string()),
  id: Id,
  title: NonEmpty,
  /** the record's own date: the document's "now" */
  date: Edtf,
  archive: NonEmpty,
  collection: v.optional(v.string()),
  genre: v.optional(v.string()),
  citation: NonEmpty,
  obtainedBy: v.array(NonEmpty),
  translatedBy: v.array(NonEmpty),
  support: v.optional(v.string()),
  rights: NonEmpty,
  language: v.optional(v.string()),
  front: v.array(PartSchema),
  paragraphs: v.pipe(v.array(ParagraphSchema), v.minLength(1, 'a record needs at least one body paragraph')),
  back: v.array(PartSchema),
  places: v.array(PlaceSchema),
  events: v.array(EventSchema),
  people: v.optional(v.array(PersonSchema)),
  /** lines of the period drawn on the map (demarcation lines) */
  lines: v.optional(v.array(LineSchema)),
  /** guided tours through the record, for teaching */
  tours: v.optional(v.array(TourSchema)),
});
