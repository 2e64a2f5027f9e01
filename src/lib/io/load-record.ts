/**
 * Fetch and validate a record file. Nothing is handed to the app until the whole record has
 * passed: a bad file yields problems that name the file and field, never half a record.
 */
import { validateRecord, type RecordProblem, type ValidationResult } from '../model/validate.ts';

export function parseRecordText(text: string, file: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ file, field: '(file)', message: `is not valid JSON: ${(err as Error).message}; fix the syntax at that position` }] };
  }
  return validateRecord(json, file);
}

export async function loadRecord(url: string, file = url, fetcher: typeof fetch = fetch): Promise<ValidationResult> {
  let res: Response;
  try {
    res = await fetcher(url);
  } catch (err) {
    return fail(file, `could not be fetched (${(err as Error).message}); check that the file is served beside the app`);
  }
  if (!res.ok) return fail(file, `could not be fetched: HTTP ${res.status}; check the path`);
  return parseRecordText(await res.text(), file);
}

function fail(file: string, message: string): { ok: false; problems: RecordProblem[] } {
  return { ok: false, problems: [{ file, field: '(file)', message }] };
}
