import { describe, expect, it, vi } from 'vitest';
import { lazyChunk } from '../../src/lib/views/lazy-chunk.ts';

describe('lazyChunk', () => {
  it('fetches once, however often it is asked, and is at hand once it has come', async () => {
    const fetch = vi.fn(() => Promise.resolve({ answer: 42 }));
    const chunk = lazyChunk(fetch);
    expect(chunk.ready()).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    const a = chunk.load();
    const b = chunk.load();
    expect(chunk.ready()).toBeNull();
    expect(await a).toEqual({ answer: 42 });
    expect(await b).toBe(await a);
    expect(chunk.ready()).toBe(await a);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed fetch, and is not at hand until one succeeds', async () => {
    const fetch = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('code');
    const chunk = lazyChunk(fetch);
    await expect(chunk.load()).rejects.toThrow('offline');
    expect(chunk.ready()).toBeNull();
    expect(await chunk.load()).toBe('code');
    expect(chunk.ready()).toBe('code');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
