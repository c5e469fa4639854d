// Remembers which keys (or whole rows) were seen, and on which line, in bounded memory: each entry
// is a 64-bit hash and a line number (12 bytes) in typed arrays, not the key itself. Two different
// keys share a hash with odds of about n²/2⁶⁵ (1 in 36 million for a million keys).
// Past `maxEntries` it stops adding, and says so, so memory stays flat however large the file.

const SEPARATOR = 0x1f;

/** Two independent 32-bit multiplicative hashes, fed character by character (no allocation). */
export class Hasher {
  a = 0;
  b = 0;
  reset(): void {
    this.a = 0x811c9dc5;
    this.b = 0x01000193 ^ 0x5bd1e995;
  }
  feed(text: string): void {
    let { a, b } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = Math.imul(a ^ SEPARATOR, 0x01000193);
    this.b = Math.imul(b ^ SEPARATOR, 0x5bd1e995);
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

export class SeenSet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private lines: Uint32Array;
  private size = 0;
  private readonly hasher = new Hasher();
  /** True once an entry was refused because the set was full. */
  saturated = false;

  constructor(
    readonly maxEntries: number,
    initialCapacity = 1 << 14,
  ) {
    this.hi = new Uint32Array(initialCapacity);
    this.lo = new Uint32Array(initialCapacity);
    this.lines = new Uint32Array(initialCapacity);
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
    const mask = this.hi.length - 1;
    let slot = (h ^ Math.imul(l, 0x9e3779b1)) & mask;
    // `lo` is never 0 for a used slot (its low bit is set), so 0 marks an empty slot.
    while (this.lo[slot] !== 0) {
      if (this.hi[slot] === h && this.lo[slot] === l) return this.lines[slot] ?? 0;
      slot = (slot + 1) & mask;
    }
    if (this.size >= this.maxEntries) {
      this.saturated = true;
      return 0;
    }
    this.hi[slot] = h;
    this.lo[slot] = l;
    this.lines[slot] = line;
    this.size += 1;
    if (this.size * 2 > this.hi.length) this.grow();
    return 0;
  }

  private grow(): void {
    const { hi, lo, lines } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.lines = new Uint32Array(hi.length * 2);
    this.size = 0;
    for (let i = 0; i < hi.length; i++) if (lo[i] !== 0) this.addHash(hi[i] ?? 0, lo[i] ?? 0, lines[i] ?? 0);
  }
}
