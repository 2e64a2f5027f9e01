import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHint } from '../../scripts/compile-hints.ts';

describe('compileHint', () => {
  it('marks the chunks a collection fetches beside its data', () => {
    expect(compileHint({ facadeModuleId: '/work/app/src/lib/views/timeline/TimelineCanvas.svelte' })).toBe(COMPILE_HINT);
    expect(compileHint({ facadeModuleId: '/work/app/src/lib/views/map/place-clusters.ts' })).toBe(COMPILE_HINT);
    expect(compileHint({ facadeModuleId: 'C:\\app\\src\\lib\\views\\map\\place-clusters.ts' })).toBe(COMPILE_HINT);
  });

  it('leaves the entry, shared chunks and other lazy views alone', () => {
    expect(compileHint({ facadeModuleId: '/work/app/index.html' })).toBe('');
    expect(compileHint({ facadeModuleId: null })).toBe('');
    expect(compileHint({ facadeModuleId: '/work/app/src/lib/views/map/load-place-clusters.ts' })).toBe('');
    expect(compileHint({ facadeModuleId: '/work/app/src/lib/views/timeline/TimelineCanvasLegend.svelte' })).toBe('');
    expect(compileHint({ facadeModuleId: '/work/app/src/lib/views/edit/Workbench.svelte' })).toBe('');
  });

  it('is the comment V8 looks for, on a line of its own', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });
});
