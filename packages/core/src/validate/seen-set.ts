// Remembers which keys (or whole rows) were seen, and on which line, in bounded memory: each entry
// is a 64-bit hash and a line number (12 bytes) in typed arrays, not the key itself. Two different
// keys share a hash with odds of about n²/2⁶⁵ (1 in 36 million for a million keys).
// Past `maxEntries` it stops adding, and says so, so memory stays flat however large the file.

const SEPARATOR = 0x1f;

/**
 * Two independent 32-bit multiplicative hashes (no allocation). A row's hash folds in each cell's
 * own hash (two lanes of 32 bits), so a cell can be hashed where it lies in the text, without
 * making a string of it (see FastRows). Characters are taken two at a time, as one 32-bit word,
 * which halves the work; each cell ends with a separator that includes its length, so `x` and `x`
 * followed by U+0000 differ.
 */
export class Hasher {
  a = 0;
  b = 0;
  /** The last cell's own hash, set by `cell`. */
  cellA = 0;
  cellB = 0;
  reset(): void {
    this.a = 0x811c9dc5;
    this.b = 0x01000193 ^ 0x5bd1e995;
  }
  /** Folds the text in as the next cell. */
  feed(text: string): void {
    this.cell(text, 0, text.length);
    this.mix(this.cellA, this.cellB);
  }
  /**
   * Hashes `s[from, to)` as a cell of its own, into `cellA` and `cellB`. With `words`, also writes
   * the text there as the words hashed (two characters each, the last maybe one), to compare texts
   * without reading them again (see FastRows).
   */
  cell(s: string, from: number, to: number, words?: Int32Array): void {
    let a = 0x9747b28c;
    let b = 0x5bd1e995;
    let i = from;
    let w = 0;
    for (; i + 1 < to; i += 2) {
      const word = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
      if (words !== undefined) words[w++] = word;
      a = Math.imul(a ^ word, 0x01000193);
      a ^= a >>> 13;
      b = Math.imul(b ^ word, 0x5bd1e995);
      b ^= b >>> 15;
    }
    if (i < to) {
      const c = s.charCodeAt(i);
      if (words !== undefined) words[w] = c;
      a = Math.imul(a ^ c, 0x01000193);
      a ^= a >>> 13;
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    const end = SEPARATOR ^ ((to - from) << 8);
    a = Math.imul(a ^ end, 0x01000193);
    b = Math.imul(b ^ end, 0x5bd1e995);
    this.cellA = a ^ (a >>> 16);
    this.cellB = b ^ (b >>> 13);
  }
  /** Folds in the next cell's own hash. */
  mix(cellA: number, cellB: number): void {
    const a = Math.imul(this.a ^ cellA, 0x01000193);
    const b = Math.imul(this.b ^ cellB, 0x5bd1e995);
    this.a = a ^ (a >>> 13);
    this.b = b ^ (b >>> 15);
  }
}

export const cellText = (cell: unknown): string =>
  typeof cell === 'string' ? cell : cell === null || cell === undefined ? '' : String(cell);

/** The 64-bit hash `SeenSet.add` would use for these values, as [high, low]. */
export function hashValues(hasher: Hasher, values: readonly unknown[]): void {
  hasher.reset();
  for (let i = 0; i < values.length; i++) hasher.feed(cellText(values[i]));
  hasher.a >>>= 0;
  hasher.b = (hasher.b | 1) >>> 0;
}

/** Most of a table's slots that may be used before it grows (linear probing stays short). */
const MAX_LOAD = 0.7;

export class SeenSet {
  /**
   * Open addressing, three words per slot (hash high, hash low, line) side by side, so that a
   * probe touches one cache line: with millions of entries nearly every probe misses the cache.
   * The number of slots is not a power of two: the table doubles until its last step, which is
   * just big enough for `maxEntries` (1.43 million slots, 17 MB, for a million entries, where the
   * next power of two would take 25 MB).
   */
  private slots: Uint32Array;
  private capacity: number;
  /** Entries that fit before the table grows. */
  private room: number;
  private size = 0;
  private readonly hasher = new Hasher();
  /** Where the warming pass of `addHashes` puts what it read, so that the reads are not left out. */
  warmed = 0;
  private firsts = new Uint32Array(1024);
  /** True once an entry was refused because the set was full. */
  saturated = false;

  constructor(
    readonly maxEntries: number,
    initialCapacity = 1 << 14,
  ) {
    this.capacity = Math.max(2, Math.min(initialCapacity, fullCapacity(maxEntries)));
    this.slots = new Uint32Array(this.capacity * 3);
    this.room = roomIn(this.capacity);
  }

  /** Adds the values (a key of one or more parts, or a whole row) first seen on `line`; returns the earlier line if seen, else 0. */
  add(values: readonly unknown[], line: number): number {
    const { hasher } = this;
    hasher.reset();
    for (let i = 0; i < values.length; i++) hasher.feed(cellText(values[i]));
    return this.addHash(hasher.a >>> 0, (hasher.b | 1) >>> 0, line);
  }

  /** Same as `add` for a single value, without building an array. */
  addOne(value: unknown, line: number): number {
    const { hasher } = this;
    hasher.reset();
    hasher.feed(cellText(value));
    return this.addHash(hasher.a >>> 0, (hasher.b | 1) >>> 0, line);
  }

  /** Adds a 64-bit hash computed elsewhere (by a worker); same result as `add`. */
  addHash(h: number, l: number, line: number): number {
    const { slots, capacity } = this;
    let slot = slotOf(h, l, capacity);
    // `lo` is never 0 for a used slot (its low bit is set), so 0 marks an empty slot.
    for (let at = slot * 3; slots[at + 1] !== 0; at = slot * 3) {
      if (slots[at] === h && slots[at + 1] === l) return slots[at + 2] ?? 0;
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
    if (this.size >= this.maxEntries) {
      this.saturated = true;
      return 0;
    }
    const at = slot * 3;
    slots[at] = h;
    slots[at + 1] = l;
    slots[at + 2] = line;
    this.size += 1;
    if (this.size >= this.room && this.size < this.maxEntries) this.grow();
    return 0;
  }

  /**
   * Adds `count` hashes recorded elsewhere (by a worker), as `[high, low, line]` triples; returns,
   * for each, the earlier line or 0 (the first `count` entries of a buffer the next call reuses).
   * Same answers as `addHash` one by one. In a table of millions of entries nearly every probe misses the cache, and one
   * insert waits for its miss before the next starts; a first pass that only reads each hash's slot
   * lets the processor fetch them all at once (the reads do not depend on each other), and the
   * inserts then find them in the cache.
   */
  addHashes(hashes: Uint32Array, count: number): Uint32Array {
    this.reserve(Math.min(this.size + count, this.maxEntries));
    const { slots, capacity } = this;
    let warmed = 0;
    for (let i = 0; i < count * 3; i += 3) {
      warmed ^= slots[slotOf(hashes[i] ?? 0, hashes[i + 1] ?? 0, capacity) * 3 + 1] ?? 0;
    }
    this.warmed = warmed;
    if (this.firsts.length < count) this.firsts = new Uint32Array(count * 2);
    const { firsts } = this;
    for (let i = 0; i < count; i++)
      firsts[i] = this.addHash(hashes[i * 3] ?? 0, hashes[i * 3 + 1] ?? 0, hashes[i * 3 + 2] ?? 0);
    return firsts;
  }

  /** Makes room for `entries` in all (at most `maxEntries`) at once, instead of growing step by step. */
  reserve(entries: number): void {
    while (Math.min(entries, this.maxEntries) >= this.room && this.capacity < fullCapacity(this.maxEntries)) {
      this.grow(entries);
    }
  }

  private grow(entries = 0): void {
    const old = this.slots;
    const wanted = Math.max(this.capacity * 2, Math.ceil(entries / MAX_LOAD) + 1);
    this.capacity = Math.min(wanted, fullCapacity(this.maxEntries));
    this.slots = new Uint32Array(this.capacity * 3);
    this.room = roomIn(this.capacity);
    this.size = 0;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 1] !== 0) this.addHash(old[at] ?? 0, old[at + 1] ?? 0, old[at + 2] ?? 0);
    }
  }
}

/** Slots that hold `entries` within the load bound (and one empty slot, so a probe always ends). */
const fullCapacity = (entries: number) => Math.max(2, Math.ceil(entries / MAX_LOAD) + 1);
/** Entries a table of `capacity` slots takes before it must grow (always leaving one slot empty). */
const roomIn = (capacity: number) => Math.max(1, Math.min(capacity - 1, Math.floor(capacity * MAX_LOAD)));

/**
 * The home slot of a hash: the mixed 32 bits scaled to the table, `floor(x * capacity / 2^32)`,
 * always below `capacity` (the product is rounded, but never up to the next multiple of 2^32).
 */
const slotOf = (h: number, l: number, capacity: number): number =>
  Math.floor(((h ^ Math.imul(l, 0x9e3779b1)) >>> 0) * capacity * 2.3283064365386963e-10);
