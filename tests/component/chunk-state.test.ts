import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { lazyChunk } from '../../src/lib/views/lazy-chunk.ts';
import { chunkState } from '../../src/lib/views/chunk-state.svelte.ts';

describe('chunkState', () => {
  it('has a chunk that has arrived at once, without fetching it again', async () => {
    const fetch = vi.fn(() => Promise.resolve('view'));
    const chunk = lazyChunk(fetch);
    await chunk.load();
    const s = chunkState(chunk);
    expect(s.current).toBe('view');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('fetches a wanted chunk and has it once it arrives', async () => {
    let arrive!: (v: string) => void;
    const chunk = lazyChunk(() => new Promise<string>((r) => (arrive = r)));
    const s = chunkState(chunk);
    expect(s.current).toBeNull();
    arrive('view');
    await chunk.load();
    flushSync();
    expect(s.current).toBe('view');
  });

  it('leaves an unwanted chunk unfetched', () => {
    const fetch = vi.fn(() => Promise.resolve('view'));
    const s = chunkState(lazyChunk(fetch), false);
    expect(s.current).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});
