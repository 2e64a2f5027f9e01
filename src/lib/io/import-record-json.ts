/**
 * The project's own record JSON, checked by the one validator. A syntax error names its line
 * and column (JSON.parse gives only a character position, and not in every engine).
 */
import { validateRecord } from '../model/validate.ts';
import { guard, lineColumn, problem, type RecordImport } from './import-result.ts';

/** "line 3, column 5" for a JSON.parse error, when the engine says where it stopped. */
export function jsonErrorPlace(text: string, err: Error): string {
  const lc = /line (\d+) column (\d+)/.exec(err.message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/.exec(err.message);
  if (pos) {
    const { line, column } = lineColumn(text, Number(pos[1]));
    return `line ${line}, column ${column}`;
  }
  if (/end of (?:JSON )?input/i.test(err.message)) {
    const { line, column } = lineColumn(text, text.length);
    return `line ${line}, column ${column} (end of file)`;
  }
  return '(file)';
}

/** Parse JSON text; a syntax error becomes a problem that says where. */
export function parseJson(text: string, file: string): { ok: true; json: unknown } | { ok: false; problems: ReturnType<typeof problem>['problems'] } {
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (err) {
    const e = err as Error;
    return problem(file, jsonErrorPlace(text, e), `is not valid JSON (${e.message}); fix the syntax there`);
  }
}

export function importRecordJson(text: string, file: string): RecordImport {
  return guard(file, () => {
    const parsed = parseJson(text, file);
    if (!parsed.ok) return parsed;
    const checked = validateRecord(parsed.json, file);
    return checked.ok ? { ok: true, value: checked.record, notes: [] } : checked;
  });
}
