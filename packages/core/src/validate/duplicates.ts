// Duplicate keys and duplicate rows. Checked on the spot when one thread reads the whole file;
// recorded as hashes when a worker reads one chunk, then replayed in file order on the main thread,
// so a repeat across chunks is found exactly as in a single pass.
import type { FindingSink } from '../read/types.js';
import { Hasher, hashValues, SeenSet } from './seen-set.js';

export interface DuplicateCheck {
  /**
   * The key of the row on `line` (all key fields present); `counted`: the row is already counted
   * as a row with an error, so a repeated key does not count it again.
   */
  key(parts: readonly unknown[], line: number, counted?: boolean): void;
  /** The whole row on `line`, as published. */
  row(cells: readonly unknown[], line: number): void;
}

/** A duplicate check that also takes rows hashed elsewhere (see FastRows). */
export interface HashedDuplicateCheck {
  key(parts: readonly unknown[], line: number, counted?: boolean): void;
  /** The row on `line`, hashed as `row` would hash its cells. */
  rowHash(a: number, b: number, line: number): void;
}

/**
 * Rows checked between two inserts into the tables: their hashes are recorded, then added in one
 * batch whose table slots are fetched first (see SeenSet.addHashes), which is cheaper than one
 * cache miss after another.
 */
const BATCH = 1024;

/**
 * Checks rows in file order and reports to the sink: its own rows in batches, and the hashes a
 * worker recorded for a part of the file. Findings come out per code in file order, as one row at a
 * time would give them.
 */
export class LocalDuplicateCheck implements DuplicateCheck, HashedDuplicateCheck {
  private readonly keys: SeenSet;
  private readonly rows: SeenSet;
  private pending = new RecordingDuplicateCheck();
  private pendingRows = 0;
  /** A repeated key is an error (duplicate_key's severity, with the options' overrides). */
  private readonly keyIsError: boolean;
  /**
   * Rows whose key repeats an earlier row's and that had no other error: rows with an error besides
   * those the row processor counted (add them to its invalidRows once every row is checked).
   */
  invalidRows = 0;

  constructor(
    private readonly sink: FindingSink,
    maxTracked: number,
  ) {
    this.keys = new SeenSet(maxTracked);
    this.rows = new SeenSet(maxTracked);
    this.keyIsError = sink.isError?.('duplicate_key') ?? true;
  }

  key(parts: readonly unknown[], line: number, counted = false): void {
    this.pending.key(parts, line, counted);
  }

  row(cells: readonly unknown[], line: number): void {
    this.pending.row(cells, line);
    if (++this.pendingRows >= BATCH) this.flush();
  }

  rowHash(a: number, b: number, line: number): void {
    this.pending.rowHash(a, b, line);
    if (++this.pendingRows >= BATCH) this.flush();
  }

  /** Checks the rows recorded so far (call before reading the findings). */
  flush(): void {
    if (this.pendingRows === 0 && this.pending.empty) return;
    this.pendingRows = 0;
    const recorded = this.pending.take();
    this.pending = new RecordingDuplicateCheck();
    this.insert(recorded);
  }

  /** Replays hashes recorded by a worker, in the order the worker saw the rows (after this thread's own). */
  replay(recorded: RecordedDuplicates): void {
    this.flush();
    this.insert(recorded);
  }

  private insert(recorded: RecordedDuplicates): void {
    const { keyHashes, keyCount, keyText, keyEnds, keyCounted, rowHashes, rowCount } = recorded;
    const keyFirsts = this.keys.addHashes(keyHashes, keyCount);
    for (let i = 0; i < keyCount; i++) {
      const first = keyFirsts[i] ?? 0;
      const line = keyHashes[i * 3 + 2] ?? 0;
      if (!first) continue;
      this.reportKey(first, keyText.slice(i === 0 ? 0 : (keyEnds[i - 1] ?? 0), keyEnds[i] ?? 0), line);
      if (this.keyIsError && keyCounted[i] === 0) this.invalidRows += 1;
    }
    const rowFirsts = this.rows.addHashes(rowHashes, rowCount);
    for (let i = 0; i < rowCount; i++) this.reportRow(rowFirsts[i] ?? 0, rowHashes[i * 3 + 2] ?? 0);
  }

  /**
   * `rows` rows were read from the first `read` bytes (or characters) of a file of `size`: the
   * tables take the size the whole file needs, a quarter more to be safe, at once (see
   * SeenSet.reserve); the key table only when keys are checked (every key field mapped).
   */
  expect(rows: number, read: number, size: number, keys: boolean): void {
    if (read <= 0) return;
    const expected = Math.ceil((1.25 * rows * size) / read);
    if (keys) this.keys.reserve(expected);
    this.rows.reserve(expected);
  }

  get saturated(): boolean {
    return this.keys.saturated || this.rows.saturated;
  }

  private reportKey(first: number, keys: string, line: number): void {
    if (first) this.sink.report('duplicate_key', { line, value: keys }, { keys, firstLine: first });
  }

  private reportRow(first: number, line: number): void {
    if (first) this.sink.report('duplicate_row', { line }, { firstLine: first });
  }
}

/** What a worker sends back: per row, a 64-bit hash and the line, in typed arrays (transferable). */
export interface RecordedDuplicates {
  keyHashes: Uint32Array;
  keyCount: number;
  /** Every key's text, concatenated; `keyEnds[i]` is where key i ends. */
  keyText: string;
  keyEnds: Uint32Array;
  /** Per key: 1 when its row is already counted as a row with an error (see DuplicateCheck.key). */
  keyCounted: Uint8Array;
  rowHashes: Uint32Array;
  rowCount: number;
}

/** A key as shown in findings: its parts joined by commas. */
function keyText(parts: readonly unknown[]): string {
  if (parts.length === 1) return typeof parts[0] === 'string' ? parts[0] : String(parts[0]);
  return parts.map(String).join(', ');
}

function grow<T extends Uint32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Records hashes instead of checking (in a worker). */
export class RecordingDuplicateCheck implements DuplicateCheck, HashedDuplicateCheck {
  private readonly hasher = new Hasher();
  private keyHashes: Uint32Array<ArrayBuffer> = new Uint32Array(3 * 1024);
  private keyEnds: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  private keyCounted: Uint8Array<ArrayBuffer> = new Uint8Array(1024);
  private keyParts: string[] = [];
  private keyLength = 0;
  private keyCount = 0;
  private rowHashes: Uint32Array<ArrayBuffer> = new Uint32Array(3 * 1024);
  private rowCount = 0;

  /** Nothing recorded yet. */
  get empty(): boolean {
    return this.keyCount === 0 && this.rowCount === 0;
  }

  key(parts: readonly unknown[], line: number, counted = false): void {
    hashValues(this.hasher, parts);
    this.keyHashes = grow(this.keyHashes, (this.keyCount + 1) * 3);
    const at = this.keyCount * 3;
    this.keyHashes[at] = this.hasher.a;
    this.keyHashes[at + 1] = this.hasher.b;
    this.keyHashes[at + 2] = line;
    const text = keyText(parts);
    this.keyParts.push(text);
    this.keyLength += text.length;
    this.keyEnds = grow(this.keyEnds, this.keyCount + 1);
    this.keyEnds[this.keyCount] = this.keyLength;
    this.keyCounted = grow(this.keyCounted, this.keyCount + 1);
    this.keyCounted[this.keyCount] = counted ? 1 : 0;
    this.keyCount += 1;
  }

  row(cells: readonly unknown[], line: number): void {
    hashValues(this.hasher, cells);
    this.rowHash(this.hasher.a, this.hasher.b, line);
  }

  /** Records a row whose hash was computed elsewhere (see FastRows): the same as `row` on its cells. */
  rowHash(a: number, b: number, line: number): void {
    this.rowHashes = grow(this.rowHashes, (this.rowCount + 1) * 3);
    const at = this.rowCount * 3;
    this.rowHashes[at] = a;
    this.rowHashes[at + 1] = b;
    this.rowHashes[at + 2] = line;
    this.rowCount += 1;
  }

  take(): RecordedDuplicates {
    return {
      keyHashes: this.keyHashes.slice(0, this.keyCount * 3),
      keyCount: this.keyCount,
      keyText: this.keyParts.join(''),
      keyEnds: this.keyEnds.slice(0, this.keyCount),
      keyCounted: this.keyCounted.slice(0, this.keyCount),
      rowHashes: this.rowHashes.slice(0, this.rowCount * 3),
      rowCount: this.rowCount,
    };
  }
}
