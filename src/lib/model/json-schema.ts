import { toJsonSchema } from '@valibot/to-json-schema';
import { RecordSchema } from './schema.ts';

/** The JSON Schema (draft-07) of the record format, derived from the one valibot schema. */
export function recordJsonSchema(): object {
  const schema = toJsonSchema(RecordSchema, {
    errorMode: 'ignore', // custom checks (EDTF syntax, context sources) are enforced by validate.ts
  }) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...schema,
    title: 'Archival record for the record explorer',
    description:
      'One archival record: its text in parts and body paragraphs, and the places, events and people it refers to, each anchored to exact words by W3C Web Annotation selectors. Generated from src/lib/model/schema.ts by `npm run schema`.',
  };
}
