// The reading stage's contract: bytes in, rows with their physical line numbers out. Every reader
// (CSV/TSV, JSON, NDJSON, Excel) produces a `TableSource`; later stages never see the format.
import type { FindingLocation, FindingParams } from '../findings/definition.js';

/** Bytes to read, from a file on disk (Node adapter) or a File/Blob (browser). */
export interface ByteSource {
  /** The name to show in findings: a path or a file name. */
  name: string;
  /** Total size in bytes when known, for progress. */
  size?: number;
  /** A fresh stream of the bytes. May be called more than once (a sniff, then the full read). */
  stream(): ReadableStream<Uint8Array>;
}

export type SourceFormat = 'csv' | 'json' | 'ndjson' | 'xlsx' | 'xls';

/** One data row. `cells[i]` belongs to `header[i]`; JSON readers may give non-string cells. */
export interface SourceRow {
  /** Physical line (1-based) where the row starts; for spreadsheets, the sheet's row number. */
  line: number;
  cells: unknown[];
  /** A structural error was reported for the row (it is ragged): it counts as a row with errors. */
  flawed?: boolean;
}

/** Receives findings from any stage. The engine counts them and keeps capped samples. */
export interface FindingSink {
  report(code: string, location: FindingLocation, params?: FindingParams): void;
  /** A CSV row starting on `line` spans `lines` lines (whether or not line_break_in_cell is ignored). */
  rowSpans?(line: number, lines: number): void;
  /** The code is reported as an error (its severity with the options' overrides, and not ignored). */
  isError?(code: string): boolean;
}

/** Hard limits that keep hostile input bounded. All are configurable; defaults in `DEFAULT_LIMITS`. */
export interface ReadLimits {
  /** Stop reading a gzip stream once it has expanded to this many bytes. */
  maxDecompressedBytes: number;
  /** A cell longer than this many characters is truncated (and reported). */
  maxCellChars: number;
  /** Columns beyond this many are dropped (and reported). */
  maxColumns: number;
  /** JSON nesting deeper than this is not descended into (and reported). */
  maxJsonDepth: number;
  /** Characters of one JSON/NDJSON record beyond which it is skipped (and reported). */
  maxRecordChars: number;
  /** Workbooks (.xlsx/.xls) larger than this many bytes are refused (and reported): they are read whole. */
  maxWorkbookBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxDecompressedBytes: 8 * 1024 ** 3,
  maxCellChars: 1024 * 1024,
  maxColumns: 10_000,
  maxJsonDepth: 64,
  maxRecordChars: 16 * 1024 * 1024,
  // Workbooks are read whole and take 25-50 times their size in memory (SheetJS), so keep this modest.
  maxWorkbookBytes: 50 * 1024 * 1024,
};

export interface DialectInfo {
  delimiter: string;
  quote: string;
  lineEnding: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
}

/** What a reader found out about the file, for the report. */
export interface SourceInfo {
  format: SourceFormat;
  encoding?: string;
  compressed?: 'gzip';
  dialect?: DialectInfo;
  sheet?: string;
}

export interface TableSource {
  info: SourceInfo;
  /** Column names as published (trimmed of a BOM only); may contain blanks and duplicates. */
  header: string[];
  /** Physical line of the header row. */
  headerLine: number;
  /** Data rows in batches, in file order. Batching keeps per-row overhead low. */
  batches: AsyncIterable<SourceRow[]>;
  /** Bytes consumed so far from the underlying source (compressed bytes for gzip), for progress. */
  bytesRead(): number;
}
