// The fast path for the common row of a CSV part: every cell on one line, every value one the
// dataset has seen before and found valid. Such a row is read where it lies in the text: each cell
// is hashed in place (the hash the duplicate-row check needs anyway) and looked up in a table of
// its column's verdicts, so no string is made for it. A row the fast path cannot vouch for (a new
// value that fails, a quote that spans lines, a ragged row, a rule that fails, personal data...)
// is handed to the ordinary reader and row processor (RowPump, RowStage), which report it exactly
// as a single pass would. The tests compare the two paths' reports on real and generated files.
import type { RowValue } from '@policedata/schemas';
import { dateCellDescriber, leadingPair, MONTH_FIRST } from '../coerce/date-shape.js';
import { CoerceFailure, EMPTY, MAPPED_MISSING, SENTINEL } from '../coerce/field-coercer.js';
import type { Plan } from '../mapping/plan.js';
import type { DataRowFilter } from '../read/csv-reader.js';
import type { RowPump } from '../read/row-pump.js';
import type { ReadLimits } from '../read/types.js';
import type { HashedDuplicateCheck } from './duplicates.js';
import { looksLikeExactAddress, piiKind } from './pii.js';
import { type FieldCheck, type RowCheckParts, type Rule, rulesHold } from './row-check.js';
import type { RowBuilder } from './row-object.js';
import {
  type ColumnDateFormats,
  countDateFormat,
  FIRST_PLAUSIBLE_DATE,
  notePair,
  type RowProcessor,
  widenRange,
} from './row-processor.js';
import type { RowStage } from './row-stage.js';
import { Hasher } from './seen-set.js';

/** What the fast path needs of one part's ordinary reader and its tallies. */
export interface FastPart {
  processor: RowProcessor;
  stage: RowStage;
  filter: DataRowFilter;
  /** The duplicate check itself (not the processor's wrapper, which leaves row-number columns out). */
  duplicates: HashedDuplicateCheck;
  pump: RowPump;
}

const VALID = 0;
const EMPTY_CELL = 1;
const MISSING = 2;

/** Distinct texts remembered per column at most; more would not repay their memory. */
const TABLE_LIMIT = 4096;
/** Lookups after which a column whose values rarely repeat stops remembering them. */
const TABLE_TRIAL = 8192;
/** The verdict id used for a text that is not remembered (read anew for every cell). */
const SCRATCH = 0;
/** Longest text remembered: codes, dates and times are short, and each kept text costs its length. */
const REMEMBERED_CHARS = 64;

/**
 * One column's verdicts: what each distinct cell text means for each field read from the column
 * (its kind: VALID, EMPTY_CELL or MISSING; its value; the date format it is written in), and
 * whether the text is ordinary (every field reads it as a valid value, empty or mapped to missing,
 * and it holds no personal data). Kept in flat arrays by verdict id, `id * fields + k` for the
 * column's k-th field, and found by the cell's hash (two 32-bit lanes and the length), then
 * compared character by character with the text kept for the id: the hash is easy to collide on
 * purpose, and a collision must not let a cell borrow another's verdict. Texts longer than
 * REMEMBERED_CHARS are not remembered.
 */
class ColumnVerdicts {
  remembers = true;
  /** Open addressing, four words a slot: hash lanes, length, id + 1 (0: empty). */
  private keys = new Int32Array(16 * 4);
  private capacity = 16;
  /** Ids in use; id 0 is SCRATCH. */
  size = 1;
  ordinary = new Uint8Array(8);
  kinds = new Uint8Array(8);
  values: (RowValue | undefined)[] = [];
  formats: (string | undefined)[] = [];
  /** Month and day of a month-first date (month -1 when it is not one), for date_order_ambiguous. */
  months = new Int32Array(8);
  days = new Int32Array(8);
  /** The trimmed cell, per id, when some field reads it as a month-first date. */
  trimmed: string[] = [''];
  private lookups = 0;
  private hits = 0;
  /** Every remembered text as the words hashed (see Hasher.cell), one after another; `starts[id]` is where id's begin. */
  private words = new Int32Array(32);
  private starts = new Int32Array(8);
  private used = 0;

  constructor(readonly fields: number) {
    this.ensure(1);
  }

  /** The id of the text of `length` characters whose hash is (a, b) and words `words` (see Hasher.cell), or -1. */
  find(a: number, b: number, length: number, words: Int32Array): number {
    const { keys } = this;
    const wrap = this.capacity * 4 - 1;
    let at = (mix(a, b) & (this.capacity - 1)) << 2;
    let id = -1;
    for (;;) {
      const stored = keys[at + 3] as number;
      if (stored === 0) break;
      if (keys[at] === a && keys[at + 1] === b && keys[at + 2] === length && this.same(stored - 1, words, length)) {
        id = stored - 1;
        break;
      }
      at = (at + 4) & wrap;
    }
    if (this.lookups < TABLE_TRIAL) {
      if (id !== -1) this.hits++;
      if (++this.lookups === TABLE_TRIAL && this.hits < TABLE_TRIAL / 2) {
        this.forget();
        return -1; // the id just found is gone: the cell is read anew
      }
    }
    return id;
  }

  /** A new id for the text of `length` characters with hash (a, b) and words `words`, or SCRATCH when it is not remembered. */
  add(a: number, b: number, length: number, words: Int32Array): number {
    if (!this.remembers || this.size > TABLE_LIMIT || length > REMEMBERED_CHARS) return SCRATCH;
    if (this.size * 2 > this.capacity) this.grow();
    const id = this.size++;
    this.ensure(this.size);
    this.place(a, b, length, id);
    const count = (length + 1) >> 1;
    if (this.used + count > this.words.length) this.words = grown(this.words, this.used + count);
    this.starts[id] = this.used;
    this.words.set(words.subarray(0, count), this.used);
    this.used += count;
    return id;
  }

  private same(id: number, words: Int32Array, length: number): boolean {
    const kept = this.words;
    const start = this.starts[id] as number;
    const count = (length + 1) >> 1;
    for (let k = 0; k < count; k++) if (kept[start + k] !== words[k]) return false;
    return true;
  }

  private forget(): void {
    this.remembers = false;
    this.keys = new Int32Array(4);
    this.capacity = 1;
    this.size = 1;
    this.values.length = Math.min(this.values.length, this.fields);
    this.formats.length = Math.min(this.formats.length, this.fields);
    this.trimmed.length = 1;
    this.words = new Int32Array(0);
    this.used = 0;
  }

  private ensure(ids: number): void {
    const cells = ids * this.fields;
    if (this.ordinary.length < ids) this.ordinary = grown(this.ordinary, ids);
    if (this.starts.length < ids) this.starts = grown(this.starts, ids);
    if (this.kinds.length < cells) {
      this.kinds = grown(this.kinds, cells);
      this.months = grown(this.months, cells);
      this.days = grown(this.days, cells);
    }
  }

  private place(a: number, b: number, length: number, id: number): void {
    const { keys } = this;
    const wrap = this.capacity * 4 - 1;
    let at = (mix(a, b) & (this.capacity - 1)) << 2;
    while (keys[at + 3] !== 0) at = (at + 4) & wrap;
    keys[at] = a;
    keys[at + 1] = b;
    keys[at + 2] = length;
    keys[at + 3] = id + 1;
  }

  private grow(): void {
    const old = this.keys;
    this.capacity *= 2;
    this.keys = new Int32Array(this.capacity * 4);
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 3] !== 0) this.place(old[at] ?? 0, old[at + 1] ?? 0, old[at + 2] ?? 0, (old[at + 3] ?? 1) - 1);
    }
  }
}

function grown<T extends Uint8Array | Int32Array>(array: T, needed: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

const mix = (a: number, b: number): number => {
  const h = Math.imul(a ^ (b >>> 7), 0x85ebca6b);
  return h ^ (h >>> 15);
};

const LF = 10;
const CR = 13;

export class FastRows {
  /** The start of a row the last piece ended inside (see feed). */
  private carry = '';
  /** Rows counted by the fast path so far. */
  accepted = 0;
  private readonly plan: Plan;
  private readonly width: number;
  private readonly d: number;
  private readonly q: number;
  private readonly quote: string;
  private readonly maxCell: number;
  private readonly maxRow: number;
  /** Per column: the plan's slots (fields) read from it, in the order of its verdicts' fields. */
  private readonly slotsOf: number[][];
  /** Per column: its verdicts; undefined for a column nothing reads or scans (it is only hashed). */
  private readonly tables: (ColumnVerdicts | undefined)[];
  /** Per column: the verdict id of the current row's cell. */
  private readonly rowIds: Int32Array;
  private readonly textColumns: boolean[];
  /** Per slot: 1 for an address field (checked for exact house numbers). */
  private readonly addressSlot: Uint8Array;
  /** Per slot: 1 for a date field (future dates and dates before 1970 are reported). */
  private readonly isDate: Uint8Array;
  /** Per slot: its index among the processor's date-format slots, or -1. */
  private readonly formatIndex: Int32Array;
  private readonly describers: ((cell: unknown) => string | undefined)[];
  private readonly skipInRowHash: boolean[];
  private readonly fields: FieldCheck[];
  private readonly required: number[];
  private readonly rules: Rule[];
  private readonly build: RowBuilder;
  private readonly keySlots: number[];
  private readonly keyPart: RowValue[] = [''];
  /** Per slot: the column it reads (-1 for a constant), its verdicts, its place among the column's fields and their number. */
  private readonly slotColumn: Int32Array;
  private readonly slotTable: (ColumnVerdicts | undefined)[];
  private readonly slotK: Int32Array;
  private readonly slotFields: Int32Array;
  /** Per slot: where the current row's verdict for it is in its column's arrays. */
  private readonly slotAt: Int32Array;
  /** Per slot: a constant's kind (the same in every row), or a field read per row's kind in this row. */
  private readonly constantKind: Uint8Array;
  /**
   * Fields the mapping builds from several columns, by a pattern, from yes/no flags or date parts:
   * read per row from the texts of their columns (`rowTexts`), as RowProcessor reads them.
   */
  private readonly perRow: number[];
  /** Slots of constants. */
  private readonly constantSlots: number[] = [];
  /** Per column: its text is needed by a field read per row. */
  private readonly needsText: boolean[];
  /** The current row's cell texts, for the columns fields read per row use. */
  private readonly rowTexts: (string | undefined)[];
  private lastCounts: RowProcessor['counts'] | undefined;
  private lastTallies: Uint32Array[] = [];
  private readonly hasher = new Hasher();
  /** The current cell's words, when its column may remember it (see Hasher.cell). */
  private readonly words = new Int32Array((REMEMBERED_CHARS + 1) >> 1);
  private readonly values: (RowValue | undefined)[];
  /** The last slot reading: [ordinary, kind, value] (see readSlot). */
  private readOrdinary = false;
  private readKind = VALID;
  private readValue: RowValue | undefined = undefined;
  private constantsAreOrdinary = true;

  /**
   * The fast path for the rows of a processor's plan, or undefined when they cannot take it: a
   * schema of a shape the quick row check does not read, a constant that is not ordinary, a header
   * wider than the column limit (the reader cuts those rows, not this), an unusual dialect.
   */
  static for(processor: RowProcessor, header: readonly string[], options: FastOptions): FastRows | undefined {
    if (options.delimiter.length !== 1 || options.quote.length > 1) return undefined;
    if (header.length > options.limits.maxColumns) return undefined;
    // A required field the file lacks fails every row, but RowProcessor reports it once for the
    // file, not per row: rows are judged on the fields the file has, as here.
    const { parts } = processor.shape;
    if (parts === undefined) return undefined;
    const fast = new FastRows(processor, header, options, parts);
    return fast.constantsAreOrdinary ? fast : undefined;
  }

  private constructor(
    processor: RowProcessor,
    header: readonly string[],
    private readonly options: FastOptions,
    parts: RowCheckParts,
  ) {
    const { plan } = processor;
    this.plan = plan;
    const width = header.length;
    const slots = plan.sources.length;
    this.width = width;
    this.d = options.delimiter.charCodeAt(0);
    this.quote = options.quote;
    this.q = options.quote === '' ? -1 : options.quote.charCodeAt(0);
    this.maxCell = options.limits.maxCellChars;
    this.maxRow = options.limits.maxRecordChars;
    this.fields = parts.fields;
    this.required = parts.required;
    this.rules = parts.rules;
    this.build = processor.shape.build;
    this.slotsOf = Array.from({ length: width }, () => []);
    plan.sources.forEach((source, slot) => {
      if (source.column !== undefined) this.slotsOf[source.column]?.push(slot);
    });
    const text = new Set(processor.pii.textColumns.map((entry) => entry.column));
    this.textColumns = Array.from({ length: width }, (_, column) => text.has(column));
    const addressFields = new Set(processor.pii.addressFields);
    this.addressSlot = Uint8Array.from(plan.sources, (source) => (addressFields.has(source.field.name) ? 1 : 0));
    this.isDate = new Uint8Array(slots);
    for (const slot of processor.dateSlots) this.isDate[slot] = 1;
    this.formatIndex = new Int32Array(slots).fill(-1);
    processor.formatSlots.forEach((slot, index) => {
      this.formatIndex[slot] = index;
    });
    this.describers = processor.formatSlots.map(() => dateCellDescriber());
    this.keySlots = processor.keySlots;
    const rowIds = new Set(plan.rowIdColumns);
    this.skipInRowHash = Array.from({ length: width }, (_, column) => rowIds.has(column));
    this.tables = this.slotsOf.map((of, column) =>
      of.length > 0 || this.textColumns[column] ? new ColumnVerdicts(of.length) : undefined,
    );
    this.rowIds = new Int32Array(width);
    this.values = plan.sources.map(() => undefined);
    this.slotColumn = Int32Array.from(plan.sources, (source) => source.column ?? -1);
    this.slotTable = plan.sources.map((source) =>
      source.column === undefined ? undefined : this.tables[source.column],
    );
    this.slotK = Int32Array.from(plan.sources, (source, slot) =>
      source.column === undefined ? 0 : (this.slotsOf[source.column] as number[]).indexOf(slot),
    );
    this.slotFields = Int32Array.from(plan.sources, (source) =>
      source.column === undefined ? 0 : (this.slotsOf[source.column] as number[]).length,
    );
    this.slotAt = new Int32Array(slots);
    this.constantKind = new Uint8Array(slots);
    this.perRow = plan.sources.flatMap((source, slot) =>
      source.column === undefined && source.origin !== 'constant' ? [slot] : [],
    );
    this.needsText = Array.from({ length: width }, () => false);
    for (const slot of this.perRow)
      for (const column of plan.sources[slot]?.columns ?? []) this.needsText[column] = true;
    this.rowTexts = new Array(width).fill(undefined);
    plan.sources.forEach((source, slot) => {
      if (source.origin !== 'constant') return;
      this.readSlot(slot, source.read([]));
      if (!this.readOrdinary) this.constantsAreOrdinary = false;
      this.constantKind[slot] = this.readKind;
      this.values[slot] = this.readValue;
      this.constantSlots.push(slot);
    });
  }

  /**
   * Reads the next text, given in pieces: up to the reader's next row start through the reader,
   * then whole rows here (see run). Text with invalid bytes (U+FFFD), and the piece after one whose context the
   * reader still waits for, go to the reader whole, which reports them line by line.
   */
  feed(pieces: readonly string[], part: FastPart): void {
    const { pump } = part;
    // A row the last text ended inside is read with this one. Joined, not added: `+` makes a cons
    // string, and reading characters from one is several times slower than from a flat string.
    let rest = this.carry === '' && pieces.length === 1 ? (pieces[0] as string) : [this.carry, ...pieces].join('');
    this.carry = '';
    if (!pump.atRowStart) rest = pump.pushToRowStart(rest, LINES_TO_ROW_START) ?? '';
    if (rest === '') return;
    if (pump.awaitsContext || rest.includes('\uFFFD')) pump.push(rest);
    else this.run(rest, pump.line, part);
  }

  /** The text has ended (a part, or the file): a row the last piece ended inside goes to the reader. */
  flush(part: FastPart): void {
    if (this.carry === '') return;
    part.pump.push(this.carry);
    this.carry = '';
  }

  /**
   * Reads text that starts a row (on `line`): rows it vouches for are counted here, every other row
   * is pushed to the part's reader, and so is the text after the last whole row, which the next
   * piece or the reader's end completes.
   */
  private run(s: string, line: number, part: FastPart): void {
    const n = s.length;
    const { width, d: D, q: Q, hasher, rowIds, tables } = this;
    let i = 0;
    while (i < n) {
      const rowStart = i;
      let column = 0;
      let ok = true;
      let filled = 0;
      let end = -1;
      // The row's duplicate hash, folded from its cells' hashes as they are read.
      hasher.reset();
      for (;;) {
        let from = i;
        let to: number;
        let text: string | undefined;
        let c = s.charCodeAt(i);
        let next: number;
        if (c === Q) {
          // A quoted cell on one line, its doubled quotes undone; anything else is read the long way.
          let close = s.indexOf(this.quote, i + 1);
          if (close === -1) break;
          if (s.charCodeAt(close + 1) === Q) {
            let unquoted = '';
            let piece = i + 1;
            while (close !== -1 && s.charCodeAt(close + 1) === Q) {
              unquoted += s.slice(piece, close + 1);
              piece = close + 2;
              close = s.indexOf(this.quote, piece);
            }
            if (close === -1) break;
            text = unquoted + s.slice(piece, close);
          }
          from = i + 1;
          to = close;
          next = close + 1;
          c = s.charCodeAt(next);
          if (breaksLine(s, from, to) || (next < n && c !== D && c !== LF && c !== CR)) {
            ok = false;
            break;
          }
        } else {
          let j = i;
          for (; j < n; j++) {
            c = s.charCodeAt(j);
            if (c === D || c === LF || c === CR || c === Q) break;
          }
          if (c === Q && j < n) {
            ok = false; // a stray quote: the reader reports it
            break;
          }
          to = j;
          next = j;
        }
        if (next >= n) break; // the row may go on in the next part: the reader decides
        if (column < width && ok) {
          const length = text === undefined ? to - from : text.length;
          if (length > this.maxCell) ok = false;
          else {
            // The text's words are kept for comparison only where they can be remembered.
            const table = tables[column];
            const words = table?.remembers && length <= REMEMBERED_CHARS ? this.words : undefined;
            if (text === undefined) hasher.cell(s, from, to, words);
            else hasher.cell(text, 0, length, words);
            const a = hasher.cellA;
            const b = hasher.cellB;
            if (!this.skipInRowHash[column]) hasher.mix(a, b);
            // From here on the cell's text is its string, made at most once and only where needed.
            if (this.needsText[column]) {
              text ??= s.slice(from, to);
              this.rowTexts[column] = text;
            }
            // Filled, as RowStage counts it: a printable ASCII first character settles it.
            if (length > 0) {
              const first = text === undefined ? s.charCodeAt(from) : text.charCodeAt(0);
              if (first > 32 && first < 127) filled++;
              else {
                text ??= s.slice(from, to);
                if (text.trim() !== '') filled++;
              }
            }
            if (table !== undefined) {
              let id = words !== undefined ? table.find(a, b, length, words) : -1;
              if (id === -1) {
                id = words !== undefined ? table.add(a, b, length, words) : SCRATCH;
                text ??= s.slice(from, to);
                this.judge(column, text, table, id);
              }
              if (table.ordinary[id] === 0) ok = false;
              rowIds[column] = id;
            }
          }
        }
        column++;
        if (c === D) {
          i = next + 1;
          continue;
        }
        // The row ends at `next` (LF, CR or CRLF).
        if (c === CR) {
          if (next + 1 >= n) break; // a CR last in the text may be half of CRLF
          end = s.charCodeAt(next + 1) === LF ? next + 2 : next + 1;
        } else end = next + 1;
        break;
      }
      if (end === -1 && ok) {
        // The text ends inside this row (or a quote opens without closing): it is read with the next
        // piece, or by the reader when the text ends there or the row grows long.
        if (n - rowStart <= MAX_CARRY) {
          this.carry = s.slice(rowStart);
          part.pump.moveTo(line);
        } else this.toReader(s, rowStart, n, line, part);
        return;
      }
      if (end === -1) {
        // A row the fast path cannot read (a quote over lines, a stray quote): find its end as the
        // tokenizer would, and let the reader read it.
        const found = rowEnd(s, rowStart, D, Q);
        // A row ending in a lone CR would wait in the reader for a possible LF: it takes the rest.
        if (found === undefined || s.charCodeAt(found.end - 1) === CR) {
          this.toReader(s, rowStart, n, line, part);
          return;
        }
        this.toReader(s, rowStart, found.end, line, part);
        line += found.lines + 1;
        i = found.end;
        continue;
      }
      if (
        !ok ||
        column !== width ||
        filled < Math.min(2, width) ||
        end - rowStart > this.maxRow ||
        !this.accept(line, part)
      ) {
        if (s.charCodeAt(end - 1) === CR) {
          // A row ending in a lone CR would wait in the reader for a possible LF: it takes the rest.
          this.toReader(s, rowStart, n, line, part);
          return;
        }
        this.toReader(s, rowStart, end, line, part);
      }
      line += 1;
      i = end;
    }
    part.pump.moveTo(line);
  }

  /** Counts a row whose every cell is ordinary, as RowProcessor would; false if a row-level check fails. */
  private accept(line: number, part: FastPart): boolean {
    const { values, rowIds, slotColumn, slotTable, slotAt, slotFields, slotK } = this;
    const slots = values.length;
    const { processor } = part;
    const tallies = this.tallies(processor.counts);
    // Counted at once, and taken back in the rare row that a row-level check sends to the reader.
    for (let slot = 0; slot < slots; slot++) {
      const column = slotColumn[slot] as number;
      if (column === -1) continue; // a constant (set once) or a field read per row (below)
      const at = (rowIds[column] as number) * (slotFields[slot] as number) + (slotK[slot] as number);
      const table = slotTable[slot] as ColumnVerdicts;
      slotAt[slot] = at;
      values[slot] = table.values[at];
      (tallies[table.kinds[at] as number] as Uint32Array)[slot]! += 1;
    }
    if (!this.rowHolds()) {
      for (let slot = 0; slot < slots; slot++) {
        const column = slotColumn[slot] as number;
        if (column === -1) continue;
        const table = slotTable[slot] as ColumnVerdicts;
        (tallies[table.kinds[slotAt[slot] as number] as number] as Uint32Array)[slot]! -= 1;
      }
      return false;
    }
    const { perRow, constantSlots } = this;
    for (let i = 0; i < perRow.length; i++) {
      const slot = perRow[i] as number;
      (tallies[this.constantKind[slot] as number] as Uint32Array)[slot]! += 1;
    }
    for (let i = 0; i < constantSlots.length; i++) {
      const slot = constantSlots[i] as number;
      (tallies[this.constantKind[slot] as number] as Uint32Array)[slot]! += 1;
    }
    const { dateSlots, formatSlots, dateRanges, dateFormats } = processor;
    for (let i = 0; i < dateSlots.length; i++) {
      const value = values[dateSlots[i] as number];
      if (typeof value === 'string') widenRange(dateRanges[i] as RowProcessor['dateRanges'][number], value);
    }
    for (let i = 0; i < formatSlots.length; i++) {
      const slot = formatSlots[i] as number;
      const seen = dateFormats[i] as ColumnDateFormats;
      const table = slotTable[slot];
      if (table === undefined) {
        this.countFormatPerRow(seen, slot, i);
        continue;
      }
      const at = slotAt[slot] as number;
      const format = table.formats[at];
      if (format === undefined) continue;
      seen.formats.set(format, (seen.formats.get(format) ?? 0) + 1);
      const month = table.months[at] as number;
      if (month !== -1) {
        const id = rowIds[slotColumn[slot] as number] as number;
        notePair(seen, month, table.days[at] as number, table.trimmed[id] ?? '');
      }
    }
    processor.rows += 1;
    const { keySlots } = this;
    if (keySlots.length === 1) {
      const value = values[keySlots[0] as number];
      if (value !== undefined) {
        this.keyPart[0] = value;
        part.duplicates.key(this.keyPart, line);
      }
    } else if (keySlots.length > 1) {
      const keyParts = keySlots.map((slot) => values[slot]);
      if (keyParts.every((value) => value !== undefined)) part.duplicates.key(keyParts, line);
    }
    const { hasher } = this;
    part.duplicates.rowHash(hasher.a >>> 0, (hasher.b | 1) >>> 0, line);
    part.stage.rows += 1;
    part.filter.rows += 1;
    this.accepted += 1;
    return true;
  }

  /** As RowProcessor.countDateFormats, for a date field read per row (a pattern's part of a cell). */
  private countFormatPerRow(seen: ColumnDateFormats, slot: number, index: number): void {
    if (this.values[slot] === undefined) return;
    const cell = (this.plan.sources[slot] as Plan['sources'][number]).read(this.rowTexts);
    const format = (this.describers[index] as (cell: unknown) => string | undefined)(cell);
    if (format !== undefined) countDateFormat(seen, format, cell, MONTH_FIRST.test(format));
  }

  /** Fields read per row are ordinary, required fields set and cross-field rules hold (values filled in). */
  private rowHolds(): boolean {
    const { values, perRow } = this;
    for (let i = 0; i < perRow.length; i++) {
      const slot = perRow[i] as number;
      this.readSlot(slot, (this.plan.sources[slot] as Plan['sources'][number]).read(this.rowTexts));
      if (!this.readOrdinary) return false;
      this.constantKind[slot] = this.readKind;
      values[slot] = this.readValue;
    }
    for (let i = 0; i < this.required.length; i++) if (values[this.required[i] as number] === undefined) return false;
    return rulesHold(this.rules, values, this.build);
  }

  /** The processor's counts by kind (VALID, EMPTY_CELL, MISSING), made once per part. */
  private tallies(counts: RowProcessor['counts']): Uint32Array[] {
    if (counts !== this.lastCounts) {
      this.lastCounts = counts;
      this.lastTallies = [counts.valid, counts.empty, counts.sentinel];
    }
    return this.lastTallies;
  }

  /** Records what a cell text of this column means for each field read from it, under `id`. */
  private judge(column: number, cell: string, table: ColumnVerdicts, id: number): void {
    const slots = this.slotsOf[column] as number[];
    let ordinary = !(this.textColumns[column] && piiKind(cell) !== undefined);
    const base = id * slots.length;
    let trimmed = '';
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k] as number;
      this.readSlot(slot, cell);
      if (!this.readOrdinary) ordinary = false;
      const kind = this.readKind;
      table.kinds[base + k] = kind;
      table.values[base + k] = this.readValue;
      let format: string | undefined;
      let month = -1;
      let day = 0;
      const index = this.formatIndex[slot] as number;
      if (index !== -1 && kind === VALID) {
        format = (this.describers[index] as (cell: unknown) => string | undefined)(cell);
        if (format !== undefined && MONTH_FIRST.test(format)) {
          trimmed = cell.trim();
          const pair = leadingPair(trimmed);
          if (pair) [month, day] = pair;
        }
      }
      table.formats[base + k] = format;
      table.months[base + k] = month;
      table.days[base + k] = day;
    }
    table.trimmed[id] = trimmed;
    table.ordinary[id] = ordinary ? 1 : 0;
  }

  /** One field's reading of a raw value, into readOrdinary, readKind and readValue. */
  private readSlot(slot: number, raw: unknown): void {
    const source = this.plan.sources[slot] as Plan['sources'][number];
    const result = source.coercer.apply(raw);
    this.readValue = undefined;
    this.readOrdinary = true;
    if (result === EMPTY) this.readKind = EMPTY_CELL;
    else if (result === MAPPED_MISSING) this.readKind = MISSING;
    else if (result === SENTINEL || result instanceof CoerceFailure) {
      this.readKind = MISSING;
      this.readOrdinary = false;
    } else {
      this.readKind = VALID;
      this.readValue = result;
      let ordinary = (this.fields[slot] as FieldCheck).valid(result);
      if (ordinary && this.isDate[slot] === 1 && typeof result === 'string') {
        ordinary = result <= this.options.asOf && result >= FIRST_PLAUSIBLE_DATE;
      }
      if (ordinary && this.addressSlot[slot] === 1 && typeof result === 'string')
        ordinary = !looksLikeExactAddress(result);
      this.readOrdinary = ordinary;
    }
  }

  /** Hands `s[from, to)`, which starts a row on `line`, to the ordinary reader. */
  private toReader(s: string, from: number, to: number, line: number, part: FastPart): void {
    part.pump.moveTo(line);
    part.pump.push(s.slice(from, to));
  }
}

/** The dialect, the reader's limits and the as-of date (a worker's setup has them all). */
export interface FastOptions {
  delimiter: string;
  quote: string;
  limits: Pick<ReadLimits, 'maxCellChars' | 'maxRecordChars' | 'maxColumns'>;
  /** Today, or the file's as-of date: later dates are reported (so not ordinary). */
  asOf: string;
}

/** A line break in s[from, to). */
function breaksLine(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === LF || c === CR) return true;
  }
  return false;
}

/**
 * Where the row starting at `from` ends (after its line break), as the tokenizer reads quotes, and
 * how many line breaks its quoted cells hold; undefined when the text ends first.
 */
function rowEnd(s: string, from: number, D: number, Q: number): { end: number; lines: number } | undefined {
  const START = 0;
  const UNQUOTED = 1;
  const QUOTED = 2;
  const AFTER = 3;
  let state = START;
  let lines = 0;
  const n = s.length;
  for (let k = from; k < n; k++) {
    const c = s.charCodeAt(k);
    if (state === QUOTED) {
      if (c === Q) {
        if (k + 1 >= n) return undefined;
        if (s.charCodeAt(k + 1) === Q) k++;
        else state = AFTER;
      } else if (c === LF) lines++;
      else if (c === CR) {
        if (k + 1 >= n) return undefined;
        if (s.charCodeAt(k + 1) !== LF) lines++;
      }
      continue;
    }
    if (c === D) state = START;
    else if (c === LF) return { end: k + 1, lines };
    else if (c === CR) {
      if (k + 1 >= n) return undefined;
      return { end: s.charCodeAt(k + 1) === LF ? k + 2 : k + 1, lines };
    } else if (c === Q && state === START) state = QUOTED;
    else if (state !== QUOTED) state = UNQUOTED;
  }
  return undefined;
}

/** Characters of an unfinished row carried to the next piece at most; a longer row goes to the reader. */
const MAX_CARRY = 64 * 1024;

/** Lines pushed one by one to find the next row start before the rest of a text is pushed whole. */
const LINES_TO_ROW_START = 64;
