// Validates a large CSV file with workers. The main thread decodes the text, reads the header and
// the rows up to the first row boundary itself, then cuts the rest into parts at row boundaries
// and hands them to the workers, a few parts ahead. Results are merged strictly in file order, so
// the report is the one a single pass gives. When no boundary can be found (an unterminated quote),
// the rest is read here in one pass; when a worker fails or finds that a part did not end where a
// row ended, the run stops with OnePassNeeded and the caller reads the file again in one pass.
import type { RowRunContext, RowRunner } from '../engine.js';
import { type CsvOptions, type CsvStart, csvBatches, DataRowFilter, openCsv, RowPump } from '../read/csv-reader.js';
import type { DecodedText } from '../read/decode.js';
import type { ByteSource, DialectInfo, FindingSink, ReadLimits, TableSource } from '../read/types.js';
import { type FastPart, FastRows } from '../validate/fast-rows.js';
import type { RowProcessor } from '../validate/row-processor.js';
import { ChunkValidator } from './chunk-validator.js';
import { RowChunker, type TextPart } from './chunker.js';
import { mergeChunk } from './merge.js';
import { PartQueue } from './part-queue.js';
import { MAX_PART_CHARS, PART_CHARS, PARTS_IN_FLIGHT, type ParallelOptions, type WorkerPool } from './pool.js';
import type { WorkerSetup } from './protocol.js';

/** The parts could not all be merged (a worker failed): read the file again, in one pass. */
export class OnePassNeeded extends Error {
  override name = 'OnePassNeeded';
}

export interface ParallelCsv {
  table: TableSource;
  /** Validates the rows with the workers; absent when the file has no rows to read. */
  runner?: RowRunner;
  /** Stops the workers (call when validation ends, whether or not the runner ran). */
  close(): Promise<void>;
}

export async function readCsvParallel(
  text: DecodedText,
  source: ByteSource,
  sink: FindingSink,
  limits: ReadLimits,
  csvOptions: CsvOptions,
  parallel: ParallelOptions,
): Promise<ParallelCsv> {
  // Workers load their code while the header is read.
  const started = text.kind === 'text' ? parallel.start().catch(() => undefined) : Promise.resolve(undefined);
  const close = async () => (await started)?.close();
  const start = await openCsv(text, source, sink, limits, csvOptions);
  start.table.batches = csvBatches(start, sink);
  if (!start.pump) return { table: start.table, close };
  const sizes = {
    partChars: parallel.partChars ?? PART_CHARS,
    maxPartChars: parallel.maxPartChars ?? MAX_PART_CHARS,
    fastRows: parallel.fastRows !== false,
  };
  const runner: RowRunner = async (context) => run(start, context, await started, sizes);
  return { table: start.table, runner, close };
}

interface PartSizes {
  partChars: number;
  maxPartChars: number;
  fastRows: boolean;
}

async function run(start: CsvStart, context: RowRunContext, pool: WorkerPool | undefined, sizes: PartSizes) {
  const { stage, sink, options } = context;
  const pump = start.pump as RowPump;
  const filter = new DataRowFilter(start.table.header.length, sink, pump.file);
  const handle = (cells: string[], line: number, damaged: boolean) => {
    {
      const row = filter.row(cells, line, damaged);
      if (row) stage.add(row);
    }
  };
  const progress = () => {
    options.signal?.throwIfAborted();
    const total = context.size === undefined ? {} : { totalBytes: context.size };
    options.onProgress?.({ rows: stage.rows, bytesRead: start.table.bytesRead(), ...total });
  };
  const fast = sizes.fastRows ? fastRowsFor(context, start) : undefined;
  let sizedHere = false;
  /** Progress of reading on this thread; the first rows also size the duplicate tables, as validateTable's loop does. */
  const progressHere = () => {
    if (!sizedHere && context.size !== undefined && stage.rows > 0) {
      sizedHere = true;
      const keys = stage.processor?.checksKeys ?? false;
      context.duplicates.expect(stage.rows, start.table.bytesRead(), context.size, keys);
    }
    progress();
  };
  const readHere = async (reader: RowPump) => {
    reader.onRow = handle;
    if (!fast || !reader.input) {
      while (await reader.pull()) progressHere();
    } else {
      // Whole rows go to the fast path; the reader takes what it hands over, and the text up to the
      // next row start after that.
      const processor = stage.processor as RowProcessor;
      const part: FastPart = { processor, stage, filter, duplicates: context.duplicates, pump: reader };
      for (let next = await reader.input.next(); !next.done; next = await reader.input.next()) {
        fast.feed([next.value], part);
        progressHere();
      }
      fast.flush(part);
      reader.finish();
    }
    // Rows the reader gives only at the end (a last line without a line break), and files whose
    // text was all read with the header, are counted in a last report (which also checks `signal`).
    progressHere();
  };
  pump.onRow = handle;
  for (const row of start.first) handle(row.cells, row.line, row.damaged === true);

  const input = pump.input;
  const rest = pool && input ? await toRowStart(pump, sizes.maxPartChars) : undefined;
  let dataRows = 0;
  if (!pool || !input || !rest) await readHere(pump);
  else {
    const dialect = start.table.info.dialect ?? { delimiter: ',', quote: '"' };
    const setup = workerSetup(start, context, dialect);
    if (!sizes.fastRows) setup.fastRows = false;
    pool.setup(setup);
    let sized = false;
    const parts = new PartQueue(pool, PARTS_IN_FLIGHT, new ChunkValidator(setup), (result) => {
      if (!sized && context.size !== undefined) {
        // The first part tells about how many rows the file holds.
        sized = true;
        context.duplicates.expect(result.dataRows, sizes.partChars, context.size, stage.processor?.checksKeys ?? false);
      }
      mergeChunk(result, stage, context.duplicates, sink);
      dataRows += result.dataRows;
      progress();
    });
    const chunker = new RowChunker({
      ...dialect,
      firstLine: rest.line,
      targetChars: sizes.partChars,
      maxChars: sizes.maxPartChars,
    });
    const left = await sendParts(rest, input, chunker, parts);
    if (parts.gaveUp) throw new OnePassNeeded(parts.gaveUp.message, { cause: parts.gaveUp });
    if (left) {
      const tail = new RowPump(concat(left.texts, input), dialect, options.limits, sink, pump.file, left.line);
      tail.releaseIssues(start.names);
      await readHere(tail);
    }
  }
  if (filter.rows + dataRows === 0) sink.report('header_only', { file: pump.file, line: start.table.headerLine });
}

/** The fast path for rows read on this thread (see FastRows), or undefined when the plan cannot take it. */
function fastRowsFor(context: RowRunContext, start: CsvStart): FastRows | undefined {
  const { processor } = context.stage;
  if (!processor || context.options.onRow) return undefined;
  const dialect = start.table.info.dialect ?? { delimiter: ',', quote: '"' };
  const { limits, asOf } = context.options;
  return FastRows.for(processor, context.header, { ...dialect, limits, asOf });
}

function workerSetup(
  start: CsvStart,
  context: RowRunContext,
  dialect: Pick<DialectInfo, 'delimiter' | 'quote'>,
): WorkerSetup {
  const { options } = context;
  return {
    fileName: options.fileName ?? '',
    sourceName: start.pump?.file ?? '',
    header: [...context.header],
    names: start.names,
    delimiter: dialect.delimiter,
    quote: dialect.quote,
    limits: options.limits,
    type: context.type,
    ...(options.mapping ? { mapping: options.mapping } : {}),
    asOf: options.asOf,
    severity: options.severity,
    ignore: [...options.ignore],
    maxSamples: options.maxSamples,
  };
}

/**
 * Cuts the text into parts and sends them until the input ends or the queue gives up. Returns the
 * text still to read in one pass where no row boundary could be found, with its first line;
 * undefined when every part was merged (or the queue gave up).
 */
async function sendParts(
  rest: TextPart,
  input: AsyncIterator<string>,
  chunker: RowChunker,
  parts: PartQueue,
): Promise<{ texts: string[]; line: number } | undefined> {
  let ended = false;
  for (let text = rest.texts.join(''); ; ) {
    for (const part of chunker.push(text)) await parts.send(part, false);
    if (parts.stopped || chunker.overflow) break;
    const next = await input.next();
    if (next.done) {
      ended = true;
      break;
    }
    text = next.value;
  }
  if (ended) await parts.send(chunker.end(), true);
  await parts.drain();
  if (parts.stopped || !chunker.overflow) return undefined;
  return chunker.rest();
}

/**
 * Pushes the next text into the main reader a line at a time until it stands at the start of a
 * row; returns the text after that point and its line, or undefined when the text ends first or no
 * row ends within `bound` characters (then the main reader simply carries on).
 */
async function toRowStart(pump: RowPump, bound: number): Promise<TextPart | undefined> {
  if (pump.atRowStart) return { texts: [], line: pump.line };
  const input = pump.input;
  for (let pushed = 0; input && pushed <= bound; ) {
    const next = await input.next();
    if (next.done) {
      pump.finish();
      return undefined;
    }
    const rest = pump.pushToRowStart(next.value);
    if (rest !== undefined) return { texts: [rest], line: pump.line };
    pushed += next.value.length;
  }
  return undefined;
}

async function* concat(texts: string[], input: AsyncIterator<string>): AsyncGenerator<string> {
  for (const text of texts) if (text !== '') yield text;
  for (let next = await input.next(); !next.done; next = await input.next()) yield next.value;
}
