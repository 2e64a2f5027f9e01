import { describe, expect, it } from 'vitest';
import { buildIndex, packIndex, unpackIndex, CLUSTER_OPTIONS, type ClusterIndex, type ClusterPoint } from '../../src/lib/views/map/cluster-index.ts';
import { prng } from '../../scripts/bench/generate-collection.ts';

/** Places in a few dense regions and scattered over the world (clusters at every zoom, and singles). */
function points(n: number, seed: number): ClusterPoint[] {
  const rnd = prng(seed);
  const centres = [[126.9, 37.5], [125.7, 39.0], [106.8, -6.2], [2.3, 48.9], [37.6, 55.8], [179.5, -17]] as const;
  return Array.from({ length: n }, (_, i) => {
    const c = centres[i % centres.length]!;
    const wide = i % 5 === 0;
    const lon = wide ? rnd() * 360 - 180 : Math.max(-180, Math.min(180, c[0] + (rnd() - 0.5) * 8));
    const lat = wide ? rnd() * 160 - 80 : c[1] + (rnd() - 0.5) * 6;
    return { id: `place-${i}`, lon, lat };
  });
}

/** What the map asks of an index, over zooms and views, as plain data. */
function answers(index: ClusterIndex) {
  const boxes: [number, number, number, number][] = [[-180, -85, 180, 85], [120, 30, 135, 45], [100, -10, 112, 0], [170, -30, 180, -5], [-10, 40, 45, 60]];
  const out: unknown[] = [];
  for (let z = 0; z <= CLUSTER_OPTIONS.maxZoom + 2; z++) {
    for (const b of boxes) {
      const fs = index.getClusters(b, z);
      out.push(fs.map((f) => [f.geometry.coordinates, f.properties]));
      for (const f of fs.slice(0, 6)) {
        if (!('cluster' in f.properties)) continue;
        const id = f.properties.cluster_id;
        out.push(index.getClusterExpansionZoom(id), index.getLeaves(id, 50).map((l) => l.properties.id), index.getChildren(id).map((c) => c.properties));
      }
    }
  }
  return out;
}

describe('cluster index packed for a worker', () => {
  it('answers every query as the index it was packed from, after crossing a structured clone', () => {
    const pts = points(3000, 5);
    const built = buildIndex(pts);
    const expected = answers(built);
    const packed = packIndex(buildIndex(pts));
    expect(packed).not.toBeNull();
    // what postMessage does: the buffers move, nothing is shared with the sender
    const crossed = structuredClone(packed!.packed, { transfer: packed!.transfer });
    const revived = unpackIndex(crossed);
    expect(revived).not.toBeNull();
    expect(answers(revived!)).toEqual(expected);
    // a real test of the queries: they found clusters, leaves and single places
    const flat = JSON.stringify(expected);
    expect(flat).toContain('"cluster":true');
    expect(flat).toContain('"id":"place-');
  });

  it('moves its buffers rather than copying them, each once', () => {
    const packed = packIndex(buildIndex(points(800, 6)))!;
    expect(new Set(packed.transfer).size).toBe(packed.transfer.length);
    expect(packed.transfer.length).toBeGreaterThan(2);
    structuredClone(packed.packed, { transfer: packed.transfer });
    // transferred: the sender's buffers are detached
    expect(packed.packed.coords.byteLength).toBe(0);
  });

  it('declines what it does not recognise instead of returning a broken index', () => {
    const packed = packIndex(buildIndex(points(500, 7)))!.packed;
    expect(unpackIndex({ ...packed, zoomTree: packed.zoomTree.slice(1) })).toBeNull();
    expect(unpackIndex({ ...packed, stride: packed.stride + 1 })).toBeNull();
    expect(unpackIndex({ ...packed, trees: packed.trees.map((t) => ({ ...t, kdbush: new ArrayBuffer(16) })) })).toBeNull();
    // an index laid out otherwise (another supercluster) is not packed at all
    const other = buildIndex(points(50, 8)) as unknown as { trees: unknown };
    other.trees = new Map();
    expect(packIndex(other as unknown as ClusterIndex)).toBeNull();
  });
});
