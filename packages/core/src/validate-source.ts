// The public entry points: validate a file given as bytes (any format) or rows already in memory.
import { validateTable } from './engine.js';
import { FindingCollector } from './findings/collector.js';
import { type NormalisedOptions, normaliseOptions, type ValidateOptions } from './options.js';
import { OnePassNeeded, readCsvParallel } from './parallel/parallel-csv.js';
import type { ParallelOptions } from './parallel/pool.js';
import { openText } from './read/decode.js';
import { csvOptionsFor, detectSourceFormat, openTable } from './read/open-table.js';
import type { ByteSource, SourceRow, TableSource } from './read/types.js';
import type { Report } from './report/report.js';

function collectorFor(options: NormalisedOptions): FindingCollector {
  return new FindingCollector(options.fileName ?? '', {
    severity: options.severity,
    ignore: options.ignore,
    maxSamples: options.maxSamples,
  });
}

/** A CSV file read on this thread: the parallel reader without workers, for its fast path (see FastRows). */
const ONE_PASS: ParallelOptions = { start: async () => undefined };

/**
 * Validates one file: CSV/TSV, JSON, NDJSON, .xlsx or .xls, optionally gzip-compressed. With
 * `parallel`, a CSV file's rows are validated by workers (the report is the same; see parallel/).
 * Without, a CSV file is read in one pass by the same reader (rows whose values its columns have
 * shown valid take the fast path); with an `onRow` hook, by the plain reader, row by row.
 */
export async function validateSource(
  source: ByteSource,
  options: ValidateOptions = {},
  parallel?: ParallelOptions,
): Promise<Report> {
  const opts = normaliseOptions({ fileName: source.name, ...options });
  const sink = collectorFor(opts);
  const detected = await detectSourceFormat(source);
  if (detected.format === 'csv' && (parallel || !options.onRow)) {
    const text = await openText(source, sink, opts.limits);
    const csvOptions = csvOptionsFor(detected, opts);
    const read = await readCsvParallel(text, source, sink, opts.limits, csvOptions, parallel ?? ONE_PASS);
    let again: string;
    try {
      return await validateTable(read.table, opts, sink, source.size, read.runner);
    } catch (error) {
      if (!(error instanceof OnePassNeeded)) throw error;
      again = error.message;
    } finally {
      await read.close();
    }
    // A worker failed: the same report, read again from the start in one pass (parts are not kept
    // once handed out; see PartQueue). Progress says so, since its counts start again; the plan
    // was already handed to onPlan, and is the same.
    const { onProgress, onPlan: _once, ...rest } = options;
    return validateSource(source, onProgress ? { ...rest, onProgress: (p) => onProgress({ ...p, again }) } : rest);
  }
  const table = await openTable(source, opts, sink, detected);
  return validateTable(table, opts, sink, source.size);
}

/**
 * Validates rows already in memory or streamed by the caller: `header` names the columns and each
 * row gives its cells in that order with its line number (a streaming alternative to files).
 */
export async function validateRows(
  header: readonly string[],
  rows: AsyncIterable<SourceRow | SourceRow[]> | Iterable<SourceRow | SourceRow[]>,
  options: ValidateOptions = {},
): Promise<Report> {
  const opts = normaliseOptions(options);
  const sink = collectorFor(opts);
  let count = 0;
  async function* batches(): AsyncGenerator<SourceRow[]> {
    let batch: SourceRow[] = [];
    for await (const item of rows as AsyncIterable<SourceRow | SourceRow[]>) {
      if (Array.isArray(item)) batch.push(...item);
      else batch.push(item);
      if (batch.length >= 1000) {
        count += batch.length;
        yield batch;
        batch = [];
      }
    }
    if (batch.length) {
      count += batch.length;
      yield batch;
    }
  }
  const table: TableSource = {
    info: { format: 'csv' },
    header: [...header],
    headerLine: 1,
    batches: batches(),
    bytesRead: () => count,
  };
  return validateTable(table, opts, sink);
}
