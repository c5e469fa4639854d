// CSV/TSV reader: decoded text -> dialect -> header (skipping title lines) -> batches of rows with
// their physical line numbers, reporting structural findings as it goes. Only the sample needed to
// find the dialect and the header is read up front; the rest is read as the caller pulls batches.
import { checkHeader, checkSingleColumn } from '../findings/structure.js';
import type { TokenIssue } from './csv-tokenizer.js';
import { CsvTokenizer } from './csv-tokenizer.js';
import type { DecodedText } from './decode.js';
import { detectDialect, HEADER_SEARCH_ROWS, isBlank, locateHeader, titleText } from './dialect.js';
import type { ByteSource, DialectInfo, FindingSink, ReadLimits, SourceInfo, SourceRow, TableSource } from './types.js';

// Re-exported: the Excel reader finds its header the same way.
export { locateHeader } from './dialect.js';

export interface CsvOptions {
  /** Force the delimiter instead of detecting it (TSV: '\t'). */
  delimiter?: string;
  /** Force the quote character; '' reads quotes as text. */
  quote?: string;
}

/** Rows per batch handed to later stages. */
export const BATCH_ROWS = 1000;
/** Characters of text examined to detect the dialect. */
export const SAMPLE_CHARS = 64 * 1024;
/** Rows kept while looking for the header, so a file of blank lines cannot make the search grow. */
const MAX_EARLY_ROWS = 1000;

interface Row {
  line: number;
  cells: string[];
}

export async function readCsv(
  text: DecodedText,
  source: ByteSource,
  sink: FindingSink,
  limits: ReadLimits,
  options: CsvOptions = {},
): Promise<TableSource> {
  const file = source.name;
  const info: SourceInfo = { format: 'csv', encoding: text.encoding };
  if (text.compressed) info.compressed = text.compressed;
  const table: TableSource = { info, header: [], headerLine: 0, batches: noBatches(), bytesRead: text.bytesRead };
  if (text.kind !== 'text') return table;

  const input = text.chunks[Symbol.asyncIterator]();
  const { chunks, complete } = await takeSample(input);
  const sample = chunks.join('');
  const detected = detectDialect(sample, complete);
  const delimiter = options.delimiter ?? detected.delimiter;
  info.dialect = { ...detected, delimiter, quote: options.quote ?? detected.quote };
  const pump = new RowPump(input, complete, info.dialect, limits, sink, file);

  const early = await readStart(pump, chunks, sink, file);
  const headerAt = locateHeader(early);
  const headerRow = early[headerAt];
  if (headerRow === undefined) {
    sink.report('empty_file', { file });
    pump.releaseIssues([]);
    return table;
  }
  const headerLine = headerRow.line;
  for (const row of early.slice(0, headerAt)) {
    if (isBlank(row.cells)) sink.report('blank_rows', { file, line: row.line });
    else sink.report('title_row', { file, line: row.line }, { title: titleText(row.cells), headerLine });
  }
  const header = headerRow.cells;
  if (header[0]?.startsWith('\uFEFF')) header[0] = header[0].slice(1);
  pump.releaseIssues(checkHeader(header, sink, { file, line: headerLine }));
  if (header.length === 1) {
    checkSingleColumn(sample.split(/\r\n|\n|\r/, HEADER_SEARCH_ROWS + 1), delimiter, sink, { file, line: headerLine });
  }
  const batches = dataBatches(pump, early.slice(headerAt + 1), header.length, sink, file, headerLine);
  return Object.assign(table, { header, headerLine, batches });
}

async function takeSample(input: AsyncIterator<string>): Promise<{ chunks: string[]; complete: boolean }> {
  const chunks: string[] = [];
  for (let chars = 0; chars < SAMPLE_CHARS; ) {
    const next = await input.next();
    if (next.done) return { chunks, complete: true };
    chunks.push(next.value);
    chars += next.value.length;
  }
  return { chunks, complete: false };
}

/** Collects the first rows, enough to find the header below any title lines. */
async function readStart(pump: RowPump, sample: string[], sink: FindingSink, file: string): Promise<Row[]> {
  const early: Row[] = [];
  let nonBlank = 0;
  pump.onRow = (cells, line) => {
    const blank = isBlank(cells);
    if (blank && early.length === 0)
      sink.report('blank_rows', { file, line }); // reported, not kept
    else {
      if (!blank) nonBlank++;
      early.push({ cells, line });
    }
  };
  for (const chunk of sample) pump.push(chunk);
  while (nonBlank <= HEADER_SEARCH_ROWS && early.length < MAX_EARLY_ROWS && (await pump.pull()));
  return early;
}

/** Data rows: blank lines skipped, ragged rows flagged, cut into batches of BATCH_ROWS. */
async function* dataBatches(
  pump: RowPump,
  first: Row[],
  width: number,
  sink: FindingSink,
  file: string,
  headerLine: number,
) {
  const ready: SourceRow[][] = [];
  let batch: SourceRow[] = [];
  let dataRows = 0;
  pump.onRow = (cells, line) => {
    if (cells[0] === '' && isBlank(cells)) {
      sink.report('blank_rows', { file, line });
      return;
    }
    if (cells.length !== width) sink.report('ragged_row', { file, line }, { expected: width, actual: cells.length });
    dataRows++;
    batch.push({ line, cells });
    if (batch.length === BATCH_ROWS) {
      ready.push(batch);
      batch = [];
    }
  };
  for (const row of first) pump.onRow(row.cells, row.line);
  do yield* ready.splice(0);
  while (await pump.pull());
  yield* ready.splice(0);
  if (batch.length > 0) yield batch;
  if (dataRows === 0) sink.report('header_only', { file, line: headerLine });
}

/**
 * Pulls decoded chunks through the tokenizer into the current row handler. Tokenizer issues are
 * held until the header is known, so that they can name their column.
 */
class RowPump {
  onRow: (cells: string[], line: number) => void = () => {};
  private readonly tokenizer: CsvTokenizer;
  private held: TokenIssue[] | undefined = [];
  private names: readonly string[] = [];
  private ended = false;
  private badLine = 0;

  constructor(
    private readonly input: AsyncIterator<string>,
    private readonly inputDone: boolean,
    dialect: DialectInfo,
    limits: ReadLimits,
    private readonly sink: FindingSink,
    private readonly file: string,
  ) {
    const { delimiter, quote } = dialect;
    const { maxCellChars, maxColumns, maxRecordChars: maxRowChars } = limits;
    this.tokenizer = new CsvTokenizer(
      { delimiter, quote, maxCellChars, maxColumns, maxRowChars },
      (cells, line) => this.onRow(cells, line),
      (issue) => (this.held ? this.held.push(issue) : this.report(issue)),
    );
  }

  /** Feeds the next chunk; false once the input is finished and the tokenizer flushed. */
  async pull(): Promise<boolean> {
    if (this.ended) return false;
    const next = this.inputDone ? undefined : await this.input.next();
    if (next === undefined || next.done) {
      this.ended = true;
      this.tokenizer.end();
      return false;
    }
    this.push(next.value);
    return true;
  }

  /**
   * Text decoded as UTF-8 shows invalid bytes as U+FFFD. A chunk holding one is pushed in parts,
   * split there, so the tokenizer's line counter says where it is; reported once per line.
   */
  push(chunk: string): void {
    let at = chunk.indexOf('\uFFFD');
    let from = 0;
    while (at !== -1) {
      this.tokenizer.push(chunk.slice(from, at));
      from = at;
      if (this.tokenizer.line !== this.badLine) {
        this.badLine = this.tokenizer.line;
        const value = chunk.slice(Math.max(0, at - 20), at + 20).replace(/[\r\n]+/g, ' ');
        this.sink.report('invalid_utf8', { file: this.file, line: this.badLine, value });
      }
      const lf = chunk.indexOf('\n', at);
      at = lf === -1 ? -1 : chunk.indexOf('\uFFFD', lf);
    }
    this.tokenizer.push(chunk.slice(from));
  }

  /** The header is known: report held issues with column names, and later ones as they come. */
  releaseIssues(names: readonly string[]): void {
    this.names = names;
    const held = this.held ?? [];
    this.held = undefined;
    for (const issue of held) this.report(issue);
  }

  private report({ code, line, column, params }: TokenIssue): void {
    const name = column === undefined ? undefined : (this.names[column - 1] ?? `column_${column}`);
    this.sink.report(code, { file: this.file, line, ...(name ? { column: name } : {}) }, params);
  }
}

async function* noBatches(): AsyncGenerator<SourceRow[]> {}
