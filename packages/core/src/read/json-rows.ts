// Turns the tokenizer's events for one JSON object into a row: one cell per key, the header grown as
// keys appear, nested values kept as compact JSON text. Shared by the JSON-array and NDJSON readers.
import { checkHeader } from '../findings/structure.js';
import type { JsonHandler, JsonScalar, JsonTokenizer } from './json-tokenizer.js';
import type { FindingSink, ReadLimits, SourceRow } from './types.js';

/** Keeps a number as written when a double would change it (long IDs, 1e400). */
function numberCell(value: number, text: string): number | string {
  if (!Number.isFinite(value)) return text;
  if (text.length > 15 && String(value) !== text) return text;
  return value;
}

export class RowBuilder implements JsonHandler {
  readonly header: string[] = [];
  /** Completed rows waiting to be yielded. */
  rows: SourceRow[] = [];

  private frozen = false;
  private readonly columns = new Map<string, number>();
  private readonly nestedReported = new Set<number>();
  private cells: unknown[] | undefined;
  private base = 0;
  private line = 0;
  private startOffset = 0;
  private skipped = false;
  private col = -1;
  private columnsDropped = false;
  // The nested value being written as text, with one "needs a comma" flag per open level.
  private nested = '';
  /** Where the nested value began, what it is, and whether it is a flat list of values so far. */
  private nestedLine = 0;
  private nestedKind: 'array' | 'object' = 'array';
  private flatList = false;
  private commas: boolean[] = [];
  private afterKey = false;

  constructor(
    private readonly tok: JsonTokenizer,
    private readonly sink: FindingSink,
    private readonly file: string,
    private readonly limits: ReadLimits,
  ) {}

  /** True while a record is being skipped (too large or too deep); it has been reported. */
  get skipping(): boolean {
    return this.skipped;
  }

  get active(): boolean {
    return this.cells !== undefined || this.skipped;
  }

  /**
   * Ends the header sample: its keys are checked like any header (blank names, stray spaces), and
   * keys first seen from now on are reported as they are added.
   */
  freeze(): void {
    this.frozen = true;
    checkHeader(this.header, this.sink, { file: this.file, line: this.rows[0]?.line ?? 1 });
  }

  /** Call from the `open` event of the record's object; `depth` is that object's depth. */
  begin(depth: number): void {
    this.base = depth;
    this.line = this.tok.tokenLine;
    this.startOffset = this.tok.tokenOffset;
    this.cells = new Array(this.header.length);
    this.col = -1;
  }

  /** Drops the record in progress (the input broke off inside it). */
  abort(): void {
    this.cells = undefined;
    this.skipped = false;
  }

  open(isArray: boolean, depth: number): void {
    if (!this.checkSize()) return;
    if (depth > this.limits.maxJsonDepth) {
      this.skip('json_depth_limit', { limit: this.limits.maxJsonDepth, stopped: false });
      return;
    }
    if (depth === this.base + 1) {
      this.nested = '';
      this.commas = [];
      this.afterKey = false;
      this.nestedLine = this.tok.tokenLine;
      this.nestedKind = isArray ? 'array' : 'object';
      // A flat list of values (`["W", "B"]`, as the standard writes a list field) is read as a list;
      // anything deeper is reported once the value closes.
      this.flatList = isArray;
    } else this.flatList = false;
    this.write(isArray ? '[' : '{');
    this.commas.push(false);
  }

  close(isArray: boolean, depth: number): void {
    if (depth === this.base - 1) {
      this.finish();
      return;
    }
    if (this.skipped) return;
    this.nested += isArray ? ']' : '}';
    this.commas.pop();
    if (depth !== this.base) return;
    if (!this.flatList && this.col >= 0 && !this.nestedReported.has(this.col)) {
      this.nestedReported.add(this.col);
      this.sink.report(
        'nested_value',
        { file: this.file, line: this.nestedLine, column: this.header[this.col] },
        { kind: this.nestedKind },
      );
    }
    this.setCell(this.nested);
  }

  key(name: string, depth: number): void {
    if (!this.checkSize()) return;
    if (depth === this.base) {
      this.col = this.columnFor(name);
      if (this.col >= 0 && this.cells?.[this.col] !== undefined) {
        this.sink.report(
          'json_duplicate_key',
          { file: this.file, line: this.tok.tokenLine, column: name },
          { key: name },
        );
      }
      return;
    }
    this.write(`${JSON.stringify(name)}:`);
    this.afterKey = true;
  }

  scalar(value: JsonScalar, numberText: string | undefined, depth: number): void {
    if (!this.checkSize()) return;
    if (depth === this.base) {
      this.setCell(numberText === undefined ? value : numberCell(value as number, numberText));
      return;
    }
    this.write(numberText ?? JSON.stringify(value));
  }

  overflow(): void {
    if (this.cells !== undefined) this.skip('json_record_too_large', { limit: this.limits.maxRecordChars });
  }

  private write(text: string): void {
    if (this.afterKey) this.afterKey = false;
    else if (this.commas.length > 0) {
      const top = this.commas.length - 1;
      if (this.commas[top]) this.nested += ',';
      this.commas[top] = true;
    }
    this.nested += text;
  }

  private checkSize(): boolean {
    if (this.skipped) return false;
    if (this.tok.tokenOffset - this.startOffset <= this.limits.maxRecordChars) return true;
    this.skip('json_record_too_large', { limit: this.limits.maxRecordChars });
    return false;
  }

  /** Reports the record at its first line and mutes the tokenizer until the record's object closes. */
  private skip(code: string, params: Record<string, number | boolean>): void {
    this.sink.report(code, { file: this.file, line: this.line }, params);
    this.cells = undefined;
    this.nested = '';
    this.skipped = true;
    this.tok.mute = this.base - 1;
  }

  private finish(): void {
    const cells = this.cells;
    this.cells = undefined;
    this.skipped = false;
    if (cells === undefined) return;
    // Keys this record lacks (and holes left by keys added during it) become null.
    for (let i = 0; i < this.header.length; i++) if (cells[i] === undefined) cells[i] = null;
    this.rows.push({ line: this.line, cells });
  }

  private setCell(value: unknown): void {
    if (this.col < 0 || this.cells === undefined) return;
    let cell = value;
    if (typeof cell === 'string' && cell.length > this.limits.maxCellChars) {
      const column = this.header[this.col];
      const params = { limit: this.limits.maxCellChars, length: cell.length };
      this.sink.report('cell_size_limit', { file: this.file, line: this.line, column }, params);
      cell = cell.slice(0, this.limits.maxCellChars);
    }
    this.cells[this.col] = cell;
  }

  private columnFor(name: string): number {
    const known = this.columns.get(name);
    if (known !== undefined) return known;
    if (this.header.length >= this.limits.maxColumns) {
      if (!this.columnsDropped) {
        this.columnsDropped = true;
        const location = { file: this.file, line: this.tok.tokenLine, column: name };
        this.sink.report('column_limit', location, { limit: this.limits.maxColumns });
      }
      return -1;
    }
    const index = this.header.length;
    this.header.push(name);
    this.columns.set(name, index);
    if (this.frozen)
      this.sink.report('json_new_key', { file: this.file, line: this.tok.tokenLine, column: name }, { key: name });
    return index;
  }
}
