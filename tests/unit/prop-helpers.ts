/**
 * Shared settings for the property-based tests (fast-check): a fixed seed (FC_SEED overrides it,
 * to explore), bounded runs, and a per-run time limit. A synchronous loop cannot be interrupted
 * in-thread, so "never hangs" is checked as "every run, on bounded input, finishes well inside
 * the limit": a run that is slow fails with its input shrunk.
 */
import fc from 'fast-check';

export const SEED = Number(process.env.FC_SEED ?? 20251127);

export function params(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns, endOnFailure: false };
}

/** Run `fn`, and fail if it took longer than `ms` (a hang on real input shows as a slow run first). */
export function timed<T>(ms: number, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const took = performance.now() - t0;
  if (took > ms) throw new Error(`took ${took.toFixed(0)} ms (limit ${ms} ms)`);
  return out;
}

/** A thrown value is a clean Error: an Error instance with a message of words, not a crash in our code. */
export function isCleanError(e: unknown): boolean {
  return e instanceof Error && e.message.length > 0 && !/is not a function|Cannot read prop|undefined is not|of undefined|of null|Maximum call stack/.test(e.message);
}

/** A JSON-able mutation of `value` at a random path: delete, replace, retype, or wrap a field. */
export function mutated(value: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[], depth: number) => {
    paths.push(path);
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) v.slice(0, 4).forEach((x, i) => walk(x, [...path, i], depth + 1));
    else for (const [k, x] of Object.entries(v)) walk(x, [...path, k], depth + 1);
  };
  walk(value, [], 0);
  const replacement = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.string({ maxLength: 40 }),
    fc.constantFrom('', '..', '/', '1965-13-40', '<script>alert(1)</script>', '\u0000', 'x'.repeat(300)),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.constant([]),
    fc.constant({}),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const one = fc.tuple(fc.constantFrom(...paths), replacement);
  return fc.array(one, { minLength: 1, maxLength: 4 }).map((edits) => {
    const copy = structuredClone(value) as unknown;
    for (const [path, rep] of edits) {
      if (path.length === 0) continue;
      let at: unknown = copy;
      for (const k of path.slice(0, -1)) at = at && typeof at === 'object' ? (at as Record<string | number, unknown>)[k] : undefined;
      if (!at || typeof at !== 'object') continue;
      const last = path[path.length - 1]!;
      if (rep === undefined) {
        if (Array.isArray(at) && typeof last === 'number') at.splice(last, 1);
        else delete (at as Record<string | number, unknown>)[last];
      } else (at as Record<string | number, unknown>)[last] = structuredClone(rep); // a fresh [] or {}: no shared or circular values
    }
    return copy;
  });
}
