// CSV/TSV reader: decoded text -> dialect -> header (skipping title lines) -> batches of rows with
// their physical line numbers, reporting structural findings as it goes. Only the sample needed to
// find the dialect and the header is read up front; the rest is read as the caller pulls batches.
import { checkHeader, checkSingleColumn } from '../findings/structure.js';
import type { DecodedText } from './decode.js';
import { detectDialect, HEADER_SEARCH_ROWS, isBlank, locateHeader, titleText } from './dialect.js';
import { RowPump } from './row-pump.js';
import type { ByteSource, FindingSink, ReadLimits, SourceInfo, SourceRow, TableSource } from './types.js';

// Re-exported: the Excel reader finds its header the same way.
export { locateHeader } from './dialect.js';
export { RowPump } from './row-pump.js';

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

export interface CsvRow {
  line: number;
  cells: string[];
  /** It holds invalid bytes (see RowPump.onRow). */
  damaged?: boolean;
}

export async function readCsv(
  text: DecodedText,
  source: ByteSource,
  sink: FindingSink,
  limits: ReadLimits,
  options: CsvOptions = {},
): Promise<TableSource> {
  const start = await openCsv(text, source, sink, limits, options);
  start.table.batches = csvBatches(start, sink);
  return start.table;
}

/** A CSV file read up to its header: what `readCsv` and the parallel reader share. */
export interface CsvStart {
  /** Info, header and header line; `batches` is still empty. */
  table: TableSource;
  /** Reads the rest of the text; absent when the file has no header (empty or not text). */
  pump?: RowPump;
  /** Data rows already read while looking for the header, in order. */
  first: CsvRow[];
  /** Column names for tokenizer findings (blank and repeated names made unique). */
  names: string[];
}

/** Detects the dialect, finds the header below any title lines, and reports what it saw on the way. */
export async function openCsv(
  text: DecodedText,
  source: ByteSource,
  sink: FindingSink,
  limits: ReadLimits,
  options: CsvOptions = {},
): Promise<CsvStart> {
  const file = source.name;
  const info: SourceInfo = { format: 'csv', encoding: text.encoding };
  if (text.compressed) info.compressed = text.compressed;
  const table: TableSource = { info, header: [], headerLine: 0, batches: noBatches(), bytesRead: text.bytesRead };
  if (text.kind !== 'text') return { table, first: [], names: [] };

  const input = text.chunks[Symbol.asyncIterator]();
  const { chunks, complete } = await takeSample(input);
  const sample = chunks.join('');
  const detected = detectDialect(sample, complete);
  const delimiter = options.delimiter ?? detected.delimiter;
  info.dialect = { ...detected, delimiter, quote: options.quote ?? detected.quote };
  const pump = new RowPump(complete ? undefined : input, info.dialect, limits, sink, file);

  const early = await readStart(pump, chunks, sink, file);
  const headerAt = locateHeader(early);
  const headerRow = early[headerAt];
  // Only blank lines and spaces: nothing to read, as for a file of no bytes.
  const spacesOnly = !pump.input && early.every((row) => row.cells.every((cell) => cell.trim() === ''));
  if (headerRow === undefined || spacesOnly) {
    sink.report('empty_file', { file });
    pump.releaseIssues([]);
    return { table, first: [], names: [] };
  }
  const headerLine = headerRow.line;
  for (const row of early.slice(0, headerAt)) {
    if (isBlank(row.cells)) sink.report('blank_rows', { file, line: row.line });
    else sink.report('title_row', { file, line: row.line }, { title: titleText(row.cells), headerLine });
  }
  const header = headerRow.cells;
  if (header[0]?.startsWith('\uFEFF')) header[0] = header[0].slice(1);
  const names = checkHeader(header, sink, { file, line: headerLine });
  pump.releaseIssues(names);
  if (header.length === 1) {
    checkSingleColumn(sample.split(/\r\n|\n|\r/, HEADER_SEARCH_ROWS + 1), delimiter, sink, { file, line: headerLine });
  }
  Object.assign(table, { header, headerLine });
  return { table, pump, first: early.slice(headerAt + 1), names };
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
async function readStart(pump: RowPump, sample: string[], sink: FindingSink, file: string): Promise<CsvRow[]> {
  const early: CsvRow[] = [];
  let nonBlank = 0;
  pump.onRow = (cells, line, damaged) => {
    const blank = isBlank(cells);
    if (blank && early.length === 0)
      sink.report('blank_rows', { file, line }); // reported, not kept
    else {
      if (!blank) nonBlank++;
      early.push(damaged ? { cells, line, damaged } : { cells, line });
    }
  };
  for (const chunk of sample) pump.push(chunk);
  while (nonBlank <= HEADER_SEARCH_ROWS && early.length < MAX_EARLY_ROWS && (await pump.pull()));
  return early;
}

/**
 * The rules for data rows, shared by the sequential reader and the workers that read a file in
 * parts: blank lines are reported and skipped, rows of the wrong width reported and kept.
 */
export class DataRowFilter {
  /** Data rows accepted so far. */
  rows = 0;

  /** A row holding invalid bytes counts as a row with an error while invalid_utf8 is an error. */
  private readonly damagedIsError: boolean;

  constructor(
    private readonly width: number,
    private readonly sink: FindingSink,
    private readonly file: string,
  ) {
    this.damagedIsError = sink.isError?.('invalid_utf8') ?? true;
  }

  /**
   * Reports what is wrong with the row; returns the data row to validate (flawed when ragged or
   * `damaged`: holding invalid bytes), or undefined for a blank line.
   */
  row(cells: string[], line: number, damaged = false): SourceRow | undefined {
    if (cells[0] === '' && isBlank(cells)) {
      this.sink.report('blank_rows', { file: this.file, line });
      return undefined;
    }
    this.rows++;
    if (cells.length !== this.width) {
      this.sink.report('ragged_row', { file: this.file, line }, { expected: this.width, actual: cells.length });
      // Its cells may sit under the wrong columns: the row counts as a row with errors.
      return { line, cells, flawed: true };
    }
    return damaged && this.damagedIsError ? { line, cells, flawed: true } : { line, cells };
  }
}

/** The data rows after `openCsv`, in batches: what `readCsv` returns as `batches`. */
export function csvBatches(start: CsvStart, sink: FindingSink): AsyncIterable<SourceRow[]> {
  if (!start.pump) return noBatches();
  const filter = new DataRowFilter(start.table.header.length, sink, start.pump.file);
  return dataBatches(start.pump, start.first, filter, sink, start.table.headerLine);
}

/** Data rows cut into batches of BATCH_ROWS. */
async function* dataBatches(
  pump: RowPump,
  first: CsvRow[],
  filter: DataRowFilter,
  sink: FindingSink,
  headerLine: number,
) {
  const ready: SourceRow[][] = [];
  let batch: SourceRow[] = [];
  pump.onRow = (cells, line, damaged) => {
    const row = filter.row(cells, line, damaged);
    if (!row) return;
    batch.push(row);
    if (batch.length === BATCH_ROWS) {
      ready.push(batch);
      batch = [];
    }
  };
  for (const row of first) pump.onRow(row.cells, row.line, row.damaged === true);
  do yield* ready.splice(0);
  while (await pump.pull());
  yield* ready.splice(0);
  if (batch.length > 0) yield batch;
  if (filter.rows === 0) sink.report('header_only', { file: pump.file, line: headerLine });
}

async function* noBatches(): AsyncGenerator<SourceRow[]> {}
