// Regression: hashes with the top bit set were stored unsigned but looked up signed, so about half
// of all repeated keys went unseen (found on the Indianapolis crime file: 1 of 4 repeats reported).
import { describe, expect, it } from 'vitest';
import { Hasher, hashValues, SeenSet } from '../src/validate/seen-set.js';

describe('SeenSet', () => {
  it('finds every repeat, whatever the hash bits', () => {
    const seen = new SeenSet(1_000_000);
    for (let i = 0; i < 40_000; i++) expect(seen.addOne(`K${i}`, i + 1)).toBe(0);
    let repeats = 0;
    for (let i = 0; i < 40_000; i++) if (seen.addOne(`K${i}`, 99) === i + 1) repeats += 1;
    expect(repeats).toBe(40_000);
  });

  it('gives the same answer for a hash computed elsewhere (by a worker)', () => {
    const seen = new SeenSet(1000);
    const hasher = new Hasher();
    seen.add(['A', 1], 5);
    hashValues(hasher, ['A', 1]);
    expect(seen.addHash(hasher.a, hasher.b, 9)).toBe(5);
  });

  it('holds exactly its bound of entries in a table sized for it, and finds each again', () => {
    const seen = new SeenSet(100_000, 16);
    for (let i = 0; i < 100_000; i++) expect(seen.addOne(`row ${i}`, i + 1)).toBe(0);
    expect(seen.saturated).toBe(false);
    for (let i = 0; i < 100_000; i += 7) expect(seen.addOne(`row ${i}`, 0)).toBe(i + 1);
    expect(seen.addOne('one more', 1)).toBe(0);
    expect(seen.saturated).toBe(true);
    expect(seen.addOne('row 99999', 0)).toBe(100_000);
  });

  it('adds hashes recorded elsewhere in a batch with the answers one at a time would give', () => {
    const hasher = new Hasher();
    const recorded = new Uint32Array(3 * 5000);
    for (let i = 0; i < 5000; i++) {
      // Repeats within the batch and of the entries added before it.
      hashValues(hasher, [`K${i % 3000}`]);
      recorded.set([hasher.a, hasher.b, i + 101], i * 3);
    }
    const one = new SeenSet(2000, 16);
    const batch = new SeenSet(2000, 16);
    for (let i = 0; i < 100; i++) {
      expect(one.addOne(`K${i * 50}`, i + 1)).toBe(batch.addOne(`K${i * 50}`, i + 1));
    }
    const expected = Array.from({ length: 5000 }, (_, i) =>
      one.addHash(recorded[i * 3] ?? 0, recorded[i * 3 + 1] ?? 0, recorded[i * 3 + 2] ?? 0),
    );
    expect([...batch.addHashes(recorded, 5000).subarray(0, 5000)]).toEqual(expected);
    expect(expected.filter((first) => first !== 0).length).toBeGreaterThan(1500);
    // 3,000 distinct keys against a limit of 2,000: both refuse the same ones.
    expect(one.saturated).toBe(true);
    expect(batch.saturated).toBe(true);
  });

  it('never fills every slot, whatever its bound and starting size', () => {
    for (const [limit, initial] of [
      [0, 1],
      [1, 1],
      [2, 1],
      [3, 2],
    ] as const) {
      const seen = new SeenSet(limit, initial);
      for (let i = 0; i < 10; i++) seen.addOne(`K${i}`, i + 1);
      expect(seen.addOne('another', 99)).toBe(0);
      expect(seen.saturated).toBe(true);
    }
  });

  it('stops adding at its bound and says so', () => {
    const seen = new SeenSet(10);
    for (let i = 0; i < 20; i++) seen.addOne(i, i + 1);
    expect(seen.saturated).toBe(true);
    expect(seen.addOne(15, 99)).toBe(0);
    expect(seen.addOne(3, 99)).toBe(4);
  });
});
