// Writes data/schema/record.schema.json from the valibot schema (src/lib/model/schema.ts).
// `npm run schema`; a unit test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { recordJsonSchema } from '../src/lib/model/json-schema.ts';

const out = new URL('../data/schema/record.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(recordJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out.pathname}`);
