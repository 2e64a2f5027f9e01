/**
 * A collection manifest: `data/collections/<id>/collection.json`, listing record files by paths
 * relative to the manifest, served as static files beside the app. Pure: validation only.
 */
import * as v from 'valibot';
import type { RecordProblem } from '../model/validate.ts';

export const ManifestSchema = v.object({
  $schema: v.optional(v.string()),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug of letters, digits and hyphens')),
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty')),
  description: v.optional(v.string()),
  /** record files, relative to the manifest: "../../records/<id>/record.json" */
  records: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/\.json$/, 'must be the path of a record .json file'))),
    v.minLength(1, 'a collection needs at least one record'),
  ),
});

export type Manifest = v.InferOutput<typeof ManifestSchema>;

export type ManifestResult = { ok: true; manifest: Manifest } | { ok: false; problems: RecordProblem[] };

export function validateManifest(json: unknown, file: string): ManifestResult {
  const parsed = v.safeParse(ManifestSchema, json, { abortEarly: false });
  if (parsed.success) {
    const seen = new Set<string>();
    const problems: RecordProblem[] = [];
    parsed.output.records.forEach((r, i) => {
      if (seen.has(r)) problems.push({ file, field: `records[${i}]`, message: `"${r}" is listed twice; list each record once` });
      seen.add(r);
    });
    return problems.length ? { ok: false, problems } : { ok: true, manifest: parsed.output };
  }
  return {
    ok: false,
    problems: parsed.issues.map((i) => ({
      file,
      field: (i.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('').replace(/^\./, '') || '(top level)',
      message: i.message,
    })),
  };
}
