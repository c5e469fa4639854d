// A streaming RFC 4180 tokenizer. Hand-written rather than papaparse/csv-parse because we need the
// physical line where every row starts, cells bounded in memory, incremental push() that behaves
// the same in a browser, and diagnostics for stray and unterminated quotes. Text may be split into
// chunks anywhere; the only lookahead is one character (a CR before a possible LF, or a quote
// before a possible second quote), which is carried into the next push().

export interface TokenizerOptions {
  delimiter: string;
  /** Quote character; '' disables quoting. */
  quote: string;
  /** Characters kept per cell; the rest is discarded (newlines in it are still counted). */
  maxCellChars: number;
  /** Cells kept per row; the rest are dropped and counted. */
  maxColumns: number;
  /** Characters kept per row across all its cells; defaults to unlimited. */
  maxRowChars?: number;
  /** Physical line of the first character (default 1): a worker tokenizing part of a file starts mid-file. */
  firstLine?: number;
}

export type TokenIssueCode =
  | 'unterminated_quote'
  | 'stray_quote'
  | 'cell_size_limit'
  | 'column_limit'
  | 'row_size_limit'
  | 'line_break_in_cell';

export interface TokenIssue {
  code: TokenIssueCode;
  /** Physical line (1-based) of the problem: where the quote opened, where the cell starts. */
  line: number;
  /** 1-based column index, when the issue concerns one cell. */
  column?: number;
  params?: Record<string, number | string>;
}

export type RowHandler = (cells: string[], line: number) => void;
export type IssueHandler = (issue: TokenIssue) => void;

const LF = 10;
const CR = 13;
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;

export class CsvTokenizer {
  /** Physical line the tokenizer is on (1-based). */
  line = 1;
  /** Row terminators seen outside quotes, for line-ending detection. */
  readonly endings = { lf: 0, crlf: 0, cr: 0 };
  private readonly d: number;
  private readonly q: number;
  private readonly qStr: string;
  private readonly maxCell: number;
  private readonly maxCols: number;
  private readonly maxRow: number;
  private state = FIELD_START;
  private carry = '';
  /** Cell text gathered so far when a cell spans chunks or contains escaped quotes. */
  private cell = '';
  private cellChars = 0;
  private cellLine = 1;
  private quoteLine = 1;
  private row: string[] = [];
  private rowLine = 1;
  private rowChars = 0;
  private dropped = 0;
  private rowTruncated = false;
  private strayInCell = false;
  /** 1-based column of the row's first cell holding a line break (0: none yet). */
  private breakColumn = 0;

  constructor(
    options: TokenizerOptions,
    private readonly onRow: RowHandler,
    private readonly onIssue: IssueHandler,
  ) {
    if (options.delimiter.length !== 1) throw new Error('delimiter must be one character');
    if (options.quote.length > 1) throw new Error('quote must be one character or empty');
    if (options.quote === options.delimiter) throw new Error('quote and delimiter must differ');
    if (/[\r\n]/.test(options.delimiter + options.quote)) throw new Error('delimiter and quote cannot be line breaks');
    this.d = options.delimiter.charCodeAt(0);
    this.q = options.quote === '' ? -1 : options.quote.charCodeAt(0);
    this.qStr = options.quote;
    this.maxCell = options.maxCellChars;
    this.maxCols = options.maxColumns;
    this.maxRow = options.maxRowChars ?? Number.POSITIVE_INFINITY;
    const first = options.firstLine ?? 1;
    this.line = this.rowLine = this.cellLine = this.quoteLine = first;
  }

  /**
   * True when everything pushed so far ended a row: no cell, quote or line break is pending. Text
   * cut at such a point can be tokenized in separate pieces with the same result.
   */
  get atRowStart(): boolean {
    return (
      this.state === FIELD_START && this.carry === '' && this.row.length + this.dropped === 0 && this.cellChars === 0
    );
  }

  /**
   * Continues on `line`, as though the text before it had been pushed: for a reader that hands over
   * only some rows of a text (see FastRows). Only at the start of a row.
   */
  moveTo(line: number): void {
    if (!this.atRowStart) throw new Error('CsvTokenizer.moveTo: not at the start of a row');
    this.line = this.rowLine = this.cellLine = this.quoteLine = line;
  }

  push(text: string): void {
    if (text.length === 0) return;
    const s = this.carry === '' ? text : this.carry + text;
    this.carry = '';
    this.run(s, false);
  }

  end(): void {
    const s = this.carry;
    this.carry = '';
    if (s !== '') this.run(s, true);
    const unterminated = this.state === QUOTED;
    if (unterminated) {
      this.onIssue({ code: 'unterminated_quote', line: this.quoteLine, column: this.row.length + this.dropped + 1 });
    } else if (this.state === FIELD_START && this.row.length + this.dropped === 0) {
      return; // input ended with a line break (or was empty): no row in progress
    }
    this.finishCell(this.cell);
    // The lines an unterminated quote swallowed are that finding's story, not line breaks in a cell;
    // cells before it may still have spanned lines.
    this.endRow(unterminated ? this.quoteLine : this.line);
    this.state = FIELD_START;
  }

  private run(s: string, final: boolean): void {
    const n = s.length;
    const D = this.d;
    const Q = this.q;
    let i = 0;
    // Next LF / CR at or after the scan position inside quoted cells; refreshed lazily so each
    // chunk is searched once overall however many quoted cells it holds.
    let nl = -1;
    let ncr = -1;
    while (i < n) {
      const state = this.state;
      if (state === FIELD_START) {
        this.cellLine = this.line;
        if (s.charCodeAt(i) === Q) {
          this.state = QUOTED;
          this.quoteLine = this.line;
          i++;
          continue;
        }
        this.state = UNQUOTED;
      }
      if (state === QUOTED) {
        let q = Q < 0 ? -1 : s.indexOf(this.qStr, i);
        if (q === -1) q = n;
        // Undecidable in this chunk: no closing quote yet, or a quote as the last character (it may
        // be the first of a doubled pair). Keep the text, carry a final quote or CR, wait for more.
        const undecided = q === n || (q === n - 1 && !final);
        let end = q;
        if (q === n && !final && s.charCodeAt(n - 1) === CR) end = n - 1;
        if (nl < i) nl = indexOrEnd(s, '\n', i);
        while (nl < end) {
          this.line++;
          nl = indexOrEnd(s, '\n', nl + 1);
        }
        if (ncr < i) ncr = indexOrEnd(s, '\r', i);
        while (ncr < end) {
          if (s.charCodeAt(ncr + 1) !== LF) this.line++;
          ncr = indexOrEnd(s, '\r', ncr + 1);
        }
        // The first cell of the row that holds a line break, for line_break_in_cell.
        if (this.breakColumn === 0 && this.line > this.rowLine) this.breakColumn = this.row.length + this.dropped + 1;
        if (undecided) {
          this.append(s, i, end);
          if (end < n) this.carry = s.slice(end);
          return;
        }
        if (s.charCodeAt(q + 1) === Q) {
          this.append(s, i, q + 1); // keep one quote of the doubled pair
          i = q + 2;
        } else {
          this.append(s, i, q);
          this.state = AFTER_QUOTE;
          i = q + 1;
        }
        continue;
      }
      // UNQUOTED, AFTER_QUOTE: scan to the next delimiter or line break. Text after a closing quote
      // is reported before the scan, so a cell gets one stray-quote finding however text is split.
      if (state === AFTER_QUOTE) {
        const first = s.charCodeAt(i);
        if (first !== D && first !== LF && first !== CR) {
          this.strayQuote('after');
          this.state = UNQUOTED;
        }
      }
      let j = i;
      let c = 0;
      for (; j < n; j++) {
        c = s.charCodeAt(j);
        if (c === D || c === LF || c === CR) break;
        if (c === Q && !this.strayInCell) this.strayQuote('inside');
      }
      if (j === n || (c === CR && j === n - 1 && !final)) {
        this.append(s, i, j);
        if (j < n) this.carry = '\r';
        return;
      }
      if (this.cell === '' && this.cellChars === 0 && j - i <= this.maxCell && j - i <= this.maxRow - this.rowChars) {
        this.finishCell(s.slice(i, j)); // hot path: the whole cell lies in this chunk
      } else {
        this.append(s, i, j);
        this.finishCell(this.cell);
      }
      this.state = FIELD_START;
      if (c === D) {
        i = j + 1;
        continue;
      }
      this.endRow();
      if (c === CR && s.charCodeAt(j + 1) === LF) {
        this.endings.crlf++;
        i = j + 2;
      } else {
        if (c === CR) this.endings.cr++;
        else this.endings.lf++;
        i = j + 1;
      }
      this.line++;
      this.rowLine = this.line;
    }
  }

  /** Adds s[from, to) to the current cell, keeping at most the cell and row budgets. */
  private append(s: string, from: number, to: number): void {
    const len = to - from;
    if (len === 0) return;
    const kept = this.cell.length;
    this.cellChars += len;
    const room = Math.min(this.maxCell, this.maxRow - this.rowChars) - kept;
    if (room <= 0) return;
    this.cell += len <= room ? s.slice(from, to) : s.slice(from, from + room);
  }

  private finishCell(value: string): void {
    const column = this.row.length + this.dropped + 1;
    const length = Math.max(this.cellChars, value.length);
    if (length > value.length) {
      if (value.length < this.maxCell && !this.rowTruncated) {
        this.rowTruncated = true;
        this.onIssue({ code: 'row_size_limit', line: this.rowLine, column, params: { limit: this.maxRow } });
      } else if (value.length >= this.maxCell) {
        this.onIssue({ code: 'cell_size_limit', line: this.cellLine, column, params: { limit: this.maxCell, length } });
      }
    }
    if (this.row.length < this.maxCols) {
      this.row.push(value);
      this.rowChars += value.length;
    } else {
      this.dropped++;
    }
    this.cell = '';
    this.cellChars = 0;
    this.strayInCell = false;
  }

  /** Ends the row in progress; `lastLine` is the last line its cells spanned. */
  private endRow(lastLine = this.line): void {
    const row = this.row;
    if (this.dropped > 0) {
      const actual = row.length + this.dropped;
      this.onIssue({ code: 'column_limit', line: this.rowLine, params: { limit: this.maxCols, actual } });
    }
    if (lastLine > this.rowLine) {
      // A quoted cell held a line break: the row spans lines, and later line numbers run ahead of rows.
      this.onIssue({
        code: 'line_break_in_cell',
        line: this.rowLine,
        ...(this.breakColumn > 0 ? { column: this.breakColumn } : {}),
        params: { lines: lastLine - this.rowLine + 1 },
      });
    }
    this.breakColumn = 0;
    this.row = [];
    this.dropped = 0;
    this.rowChars = 0;
    this.rowTruncated = false;
    this.onRow(row, this.rowLine);
  }

  private strayQuote(where: 'inside' | 'after'): void {
    this.strayInCell = true;
    this.onIssue({
      code: 'stray_quote',
      line: this.line,
      column: this.row.length + this.dropped + 1,
      params: { where },
    });
  }
}

function indexOrEnd(s: string, ch: string, from: number): number {
  const at = s.indexOf(ch, from);
  return at === -1 ? s.length : at;
}
