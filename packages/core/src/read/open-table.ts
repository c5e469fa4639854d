// Opens any supported file as a table (header + row batches): sniffs the format, then the right
// reader. `validateSource`, `policedata map` (a sample of rows) and `normalize` all start here.
import type { NormalisedOptions } from '../options.js';
import { type CsvOptions, readCsv } from './csv-reader.js';
import { openText } from './decode.js';
import { readExcelSource } from './excel-reader.js';
import { readJson } from './json-reader.js';
import { readNdjson } from './ndjson-reader.js';
import { type DetectedFormat, detectFormat } from './sniff.js';
import type { ByteSource, FindingSink, TableSource } from './types.js';

export const SNIFF_BYTES = 4096;

export async function firstBytes(source: ByteSource, count: number): Promise<Uint8Array> {
  const reader = source.stream().getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    while (length < count) {
      const { value, done } = await reader.read();
      if (done || !value) break;
      parts.push(value);
      length += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes.subarray(0, Math.min(length, count));
}

/**
 * The format of a source from its name and first bytes. A gzip stream whose name does not say what
 * it holds (standard input, `data.gz`) is opened far enough to see: a workbook inside is read as one.
 */
export async function detectSourceFormat(source: ByteSource): Promise<ReturnType<typeof detectFormat>> {
  const detected = detectFormat(source.name, await firstBytes(source, SNIFF_BYTES));
  if (!detected.guessed) return detected;
  let inside: Uint8Array;
  try {
    inside = await firstBytes(inflated(source), SNIFF_BYTES);
  } catch {
    return detected; // damaged: the text reader reports it
  }
  // What the decompressed start says, by the rules for uncompressed input: a workbook, JSON, NDJSON.
  const format = detectFormat('', inside).format;
  return format === 'xlsx' || format === 'xls' || format === 'json' || format === 'ndjson'
    ? { format, compressed: 'gzip', detected: `gzip-compressed ${format} (from its content)` }
    : detected;
}

/** The CSV reader's options: the delimiter given, else the one the name says (`.tsv`), else detected. */
export function csvOptionsFor(
  detected: Pick<DetectedFormat, 'delimiter'>,
  options: Pick<NormalisedOptions, 'delimiter'>,
): CsvOptions {
  const delimiter = options.delimiter ?? detected.delimiter;
  return delimiter ? { delimiter } : {};
}

/** The source, decompressed (gzip). */
function inflated(source: ByteSource): ByteSource {
  return {
    name: source.name,
    stream: () =>
      source
        .stream()
        .pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>),
  };
}

/** A table with no header and no rows (an empty or binary file; `sink` has the finding). */
export function emptyTable(): TableSource {
  return { info: { format: 'csv' }, header: [], headerLine: 0, batches: (async function* () {})(), bytesRead: () => 0 };
}

/**
 * Reads `source` up to its header; rows arrive as the caller pulls `batches`. `sniffed` is the
 * format already detected from its first bytes, if the caller has it.
 */
export async function openTable(
  source: ByteSource,
  options: Pick<NormalisedOptions, 'limits' | 'sheet' | 'delimiter'>,
  sink: FindingSink,
  sniffed?: ReturnType<typeof detectFormat>,
): Promise<TableSource> {
  const detected = sniffed ?? (await detectSourceFormat(source));
  switch (detected.format) {
    case 'empty':
      sink.report('empty_file', {});
      return emptyTable();
    case 'binary':
      sink.report('binary_file', {}, { detected: detected.detected });
      return emptyTable();
    case 'xlsx':
    case 'xls': {
      const sheet = options.sheet ? { sheet: options.sheet } : {};
      if (detected.compressed !== 'gzip') return readExcelSource(source, sink, options.limits, sheet);
      // A gzip-compressed workbook: read decompressed, within the workbook size limit (which then
      // bounds the decompressed bytes, so a gzip bomb stops there too).
      const table = await readExcelSource(inflated(source), sink, options.limits, sheet);
      table.info.compressed = 'gzip';
      return table;
    }
    case 'json':
      return readJson(await openText(source, sink, options.limits), source, sink, options.limits);
    case 'ndjson':
      return readNdjson(await openText(source, sink, options.limits), source, sink, options.limits);
    default: {
      const csvOptions = csvOptionsFor(detected, options);
      return readCsv(await openText(source, sink, options.limits), source, sink, options.limits, csvOptions);
    }
  }
}
