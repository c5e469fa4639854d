// Feeds decoded CSV text through the tokenizer to a row handler, for the whole of a file or for one
// part of it (a worker's), keeping what must not depend on where the text was cut: tokenizer
// findings named by column once the header is known, and invalid bytes reported once per line.
import type { TokenIssue } from './csv-tokenizer.js';
import { CsvTokenizer } from './csv-tokenizer.js';
import { lineBreakAt, lineEnd, lineStart } from './line-breaks.js';
import type { DialectInfo, FindingSink, ReadLimits } from './types.js';

/**
 * Pulls decoded chunks through the tokenizer into the current row handler. Tokenizer issues are
 * held until the header is known, so that they can name their column.
 */
export class RowPump {
  /** Takes each row, with whether it holds invalid bytes (reported as invalid_utf8). */
  onRow: (cells: string[], line: number, damaged: boolean) => void = () => {};
  private readonly tokenizer: CsvTokenizer;
  private held: TokenIssue[] | undefined = [];
  private names: readonly string[] = [];
  private ended = false;
  private badLine = 0;
  /** The end of the text pushed so far, on its last line (context for invalid bytes). */
  private tail = '';
  /** An invalid-bytes finding whose context may continue in the next chunk. */
  private waiting: { line: number; value: string; need: number } | undefined;

  /**
   * `input` is the text still to read (undefined when all of it is pushed by hand); `firstLine` is
   * the physical line the text starts on, for a part of a file.
   */
  constructor(
    readonly input: AsyncIterator<string> | undefined,
    dialect: Pick<DialectInfo, 'delimiter' | 'quote'>,
    limits: Pick<ReadLimits, 'maxCellChars' | 'maxColumns' | 'maxRecordChars'>,
    private readonly sink: FindingSink,
    readonly file: string,
    firstLine = 1,
  ) {
    const { delimiter, quote } = dialect;
    const { maxCellChars, maxColumns, maxRecordChars: maxRowChars } = limits;
    this.tokenizer = new CsvTokenizer(
      { delimiter, quote, maxCellChars, maxColumns, maxRowChars, firstLine },
      // The last line with invalid bytes is within the row when it is not before the row's start:
      // a row is handed over before the text after it is pushed.
      (cells, line) => this.onRow(cells, line, this.badLine >= line),
      (issue) => (this.held ? this.held.push(issue) : this.report(issue)),
    );
  }

  /** The physical line the tokenizer has reached. */
  get line(): number {
    return this.tokenizer.line;
  }

  /** Invalid bytes were pushed whose context waits for the next chunk: push it here too. */
  get awaitsContext(): boolean {
    return this.waiting !== undefined;
  }

  /** Everything pushed so far ended a row (see CsvTokenizer.atRowStart). */
  get atRowStart(): boolean {
    return this.tokenizer.atRowStart;
  }

  /** Continues on `line` (see CsvTokenizer.moveTo); only at the start of a row. */
  moveTo(line: number): void {
    this.tokenizer.moveTo(line);
  }

  /**
   * Pushes text a line at a time until the reader stands at the start of a row; returns the text
   * after that point, or undefined when all of it was pushed first. After `maxLines` lines (a cell
   * of many line breaks, a quote never closed) the rest is pushed whole.
   */
  pushToRowStart(text: string, maxLines = Number.POSITIVE_INFINITY): string | undefined {
    let from = 0;
    let lines = 0;
    for (let feed = text.indexOf('\n'); feed !== -1 && lines < maxLines; feed = text.indexOf('\n', feed + 1)) {
      this.push(text.slice(from, feed + 1));
      from = feed + 1;
      lines++;
      if (this.atRowStart) return text.slice(from);
    }
    this.push(text.slice(from));
    return undefined;
  }

  /** Feeds the next chunk; false once the input is finished and the tokenizer flushed. */
  async pull(): Promise<boolean> {
    if (this.ended) return false;
    const next = this.input === undefined ? undefined : await this.input.next();
    if (next === undefined || next.done) {
      this.finish();
      return false;
    }
    this.push(next.value);
    return true;
  }

  /** The text has ended: the row in progress (if any) is complete. */
  finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.flushWaiting();
    this.tokenizer.end();
  }

  /**
   * Text decoded as UTF-8 shows invalid bytes as U+FFFD. A chunk holding one is pushed in parts,
   * split there, so the tokenizer's line counter says where it is; reported once per line, with up
   * to CONTEXT characters either side on the same line, whichever chunks they arrive in (so the
   * finding is the same however the text is cut).
   */
  push(chunk: string): void {
    if (this.waiting) this.complete(chunk);
    let at = chunk.indexOf('\uFFFD');
    let from = 0;
    while (at !== -1) {
      // The bad character is pushed too: after a lone CR, only the next character tells the
      // tokenizer that a line ended, and the line counter must name the bad character's line.
      this.tokenizer.push(chunk.slice(from, at + 1));
      from = at + 1;
      if (this.tokenizer.line !== this.badLine) {
        this.badLine = this.tokenizer.line;
        const before = lineEnd(this.tail + chunk.slice(Math.max(0, at - CONTEXT), at)).slice(-CONTEXT);
        const after = lineStart(chunk.slice(at, at + CONTEXT));
        this.waiting = { line: this.badLine, value: before + after, need: CONTEXT - after.length };
        if (after.length === CONTEXT || at + after.length < chunk.length) this.flushWaiting();
      }
      // The next bad character on a later line (LF, CRLF or a lone CR ends one).
      const end = lineBreakAt(chunk, at);
      at = end === -1 ? -1 : chunk.indexOf('\uFFFD', end);
    }
    this.tokenizer.push(chunk.slice(from));
    this.tail = lineEnd(this.tail + chunk.slice(-CONTEXT)).slice(-CONTEXT);
  }

  /** Adds the start of the next chunk to a bad line's context that reached the end of a chunk. */
  private complete(chunk: string): void {
    const waiting = this.waiting as { value: string; need: number };
    const more = lineStart(chunk.slice(0, waiting.need));
    waiting.value += more;
    waiting.need -= more.length;
    if (waiting.need === 0 || more.length < chunk.length) this.flushWaiting();
  }

  private flushWaiting(): void {
    if (!this.waiting) return;
    const { line, value } = this.waiting;
    this.waiting = undefined;
    this.sink.report('invalid_utf8', { file: this.file, line, value });
  }

  /** The header is known: report held issues with column names, and later ones as they come. */
  releaseIssues(names: readonly string[]): void {
    this.names = names;
    const held = this.held ?? [];
    this.held = undefined;
    for (const issue of held) this.report(issue);
  }

  private report({ code, line, column, params }: TokenIssue): void {
    if (code === 'line_break_in_cell') this.sink.rowSpans?.(line, Number(params?.lines ?? 1));
    const name = column === undefined ? undefined : (this.names[column - 1] ?? `column_${column}`);
    this.sink.report(code, { file: this.file, line, ...(name ? { column: name } : {}) }, params);
  }
}

/** Characters shown either side of invalid bytes. */
const CONTEXT = 20;
