// The messages between the main thread and the workers that validate parts of a CSV file. Plain
// data only (structured clone); counters and hashes travel in typed arrays whose buffers are
// transferred rather than copied.
import type { FindingLocation, FindingParams, Severity } from '../findings/definition.js';
import type { SpanRecord } from '../findings/row-numbers.js';
import type { MappingFile } from '../mapping/mapping-file.js';
import type { ReadLimits } from '../read/types.js';
import type { RecordedDuplicates } from '../validate/duplicates.js';
import type { ColumnDateFormats, DateRange } from '../validate/row-processor.js';

/** Everything a worker needs to validate rows of one file, sent once before the first part. */
export interface WorkerSetup {
  /** The file's name in findings (the collector's). */
  fileName: string;
  /** The source's name, as the reader gives it in its findings. */
  sourceName: string;
  /** Column names as the engine uses them (blank and repeated names made unique). */
  header: string[];
  /** Column names for tokenizer findings, as the reader reported the header. */
  names: string[];
  delimiter: string;
  quote: string;
  limits: ReadLimits;
  type: string;
  mapping?: MappingFile;
  asOf: string;
  severity: Record<string, Severity>;
  ignore: string[];
  maxSamples: number;
  /** False: every row takes the ordinary reader (see FastRows); for tests that compare the two. */
  fastRows?: boolean;
}

/** One part of the text, starting at a row boundary. */
export interface ChunkJob {
  id: number;
  /** The part's text, in pieces. */
  texts: string[];
  /** Physical line of the part's first character. */
  line: number;
  /** The last part of the file: it may end inside a row. */
  final: boolean;
}

/** Findings of one code in one part: the exact count and the samples a collector kept, in order. */
export interface FindingRecord {
  code: string;
  count: number;
  samples: Array<{ location: FindingLocation; params: FindingParams }>;
}

export interface ChunkResult {
  id: number;
  /** The part ended where a row ended (always true for the last part); if not, it is read again. */
  aligned: boolean;
  /** Rows counted as records. */
  rows: number;
  /** Data rows the reader accepted (records plus unfilled form lines). */
  dataRows: number;
  invalidRows: number;
  valid: Uint32Array;
  empty: Uint32Array;
  sentinel: Uint32Array;
  invalid: Uint32Array;
  dateRanges: DateRange[];
  dateFormats: ColumnDateFormats[];
  findings: FindingRecord[];
  /** Every code the part reported, ignored ones too, with its first line (see FindingCollector.reported). */
  reported: Array<[code: string, line: number]>;
  duplicates: RecordedDuplicates;
  /** Rows of the part that span several lines, for spreadsheet row numbers (see row-numbers.ts). */
  spans: SpanRecord;
  /** Rows the fast path counted (see FastRows); the others were read the ordinary way. */
  fastRows: number;
}

export type ToWorker = { kind: 'setup'; setup: WorkerSetup } | { kind: 'chunk'; job: ChunkJob };

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'result'; result: ChunkResult }
  | { kind: 'failed'; id: number; message: string };

/** The buffers of a result, to transfer instead of copy. */
export function transferList(result: ChunkResult): ArrayBuffer[] {
  const { valid, empty, sentinel, invalid, duplicates, spans } = result;
  const { keyHashes, keyEnds, keyCounted, rowHashes } = duplicates;
  const buffers = [valid, empty, sentinel, invalid, keyHashes, keyEnds, keyCounted, rowHashes];
  return [...buffers, spans.starts, spans.extras].map((array) => array.buffer as ArrayBuffer);
}
