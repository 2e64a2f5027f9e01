import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordJsonSchema } from '../../src/lib/model/json-schema.ts';

describe('data/schema/record.schema.json', () => {
  it('is in step with the TypeScript schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../data/schema/record.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(recordJsonSchema())));
  });
});
