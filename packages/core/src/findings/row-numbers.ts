// Row numbers as a spreadsheet program shows them. Findings give lines of the file, as a text
// editor numbers them; when a quoted cell holds a line break its row spans several lines, and from
// there on every later line number runs ahead of the row a spreadsheet shows (Dallas 2013: 4,221
// such rows). The tokenizer reports each spanning row (line_break_in_cell); they are kept here, in
// file order, so that each sample's line can be given its row as well.

/** ` (row 12 in a spreadsheet)` when the row of a line is given, else nothing. */
export const inSpreadsheet = (row: number | undefined): string =>
  row === undefined ? '' : ` (row ${row} in a spreadsheet)`;

/** Spanning rows remembered at most (8 bytes each): past this, rows are no longer given. */
export const MAX_SPANNING_ROWS = 500_000;

/** Spanning rows as typed arrays, for a worker to send. */
export interface SpanRecord {
  /** First line of each spanning row, ascending. */
  starts: Uint32Array;
  /** Lines each spans beyond its first. */
  extras: Uint32Array;
  count: number;
  /** More rows spanned lines than could be kept. */
  saturated: boolean;
}

export class SpanningRows {
  private starts = new Uint32Array(64);
  /** Lines spanned beyond their first by the rows up to and including each: a running total. */
  private totals = new Uint32Array(64);
  private count = 0;
  private saturated = false;

  get size(): number {
    return this.count;
  }

  /** A row starting on `line` spans `lines` lines. Rows are added in file order. */
  add(line: number, lines: number): void {
    if (lines <= 1) return;
    if (this.count >= MAX_SPANNING_ROWS) {
      this.saturated = true;
      return;
    }
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.totals = grown(this.totals);
    }
    const before = this.count === 0 ? 0 : (this.totals[this.count - 1] ?? 0);
    this.starts[this.count] = line;
    this.totals[this.count] = before + lines - 1;
    this.count += 1;
  }

  /** Appends the spanning rows another part of the file recorded (the parts come in file order). */
  append(record: SpanRecord): void {
    for (let i = 0; i < record.count; i++) this.add(record.starts[i] ?? 0, (record.extras[i] ?? 0) + 1);
    if (record.saturated) this.saturated = true;
  }

  take(): SpanRecord {
    const extras = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i++) extras[i] = (this.totals[i] ?? 0) - (i === 0 ? 0 : (this.totals[i - 1] ?? 0));
    return { starts: this.starts.slice(0, this.count), extras, count: this.count, saturated: this.saturated };
  }

  /**
   * The spreadsheet row of the record on (or spanning) `line`: the line less every line that rows
   * before it spanned beyond their first. Undefined when it cannot be known (too many spanning rows
   * were seen to keep them all, and `line` is past the last one kept).
   */
  rowOf(line: number): number | undefined {
    // The last spanning row starting on or before `line`.
    let low = 0;
    let high = this.count - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((this.starts[middle] ?? 0) <= line) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (this.saturated && found === this.count - 1) return undefined;
    if (found === -1) return line;
    const start = this.starts[found] ?? 0;
    const total = this.totals[found] ?? 0;
    const before = found === 0 ? 0 : (this.totals[found - 1] ?? 0);
    // A line inside the spanning row belongs to that row.
    if (line <= start + (total - before)) return start - before;
    return line - total;
  }
}

function grown(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(Math.min(array.length * 2, MAX_SPANNING_ROWS));
  bigger.set(array);
  return bigger;
}
