// Turns typed records into the text of a normalized file. CSV is the standard's own CSV form
// (lists joined by `;`, true/false, an empty cell = absent) with formula injection defended;
// NDJSON is one JSON object per record with typed values, every record with the same keys (an
// absent value is null, so a field empty in every row still reads back as a column of the file).
import { encodeStandardRecord, type FieldInfo } from '@policedata/schemas';
import type { SourceRow } from '../read/types.js';
import type { TypedRow } from '../validate/row-hook.js';
import { csvCell, defendFormula } from './csv-cell.js';
import type { OutputColumn, RawColumn } from './layout.js';

export const NORMALIZE_FORMATS = ['csv', 'ndjson'] as const;
export type NormalizeFormat = (typeof NORMALIZE_FORMATS)[number];

export interface RecordWriter {
  /** The text before the first record (the CSV header line); may be empty. */
  start(): string;
  record(row: TypedRow, source: SourceRow): string;
}

/** The published cell of a raw column in this row, or undefined when it is not written. */
function rawCell(column: RawColumn, row: TypedRow, source: SourceRow): unknown {
  if (column.onFailureOf && !column.onFailureOf.some((field) => row.failed.has(field))) return undefined;
  const cell = source.cells[column.column];
  return cell === null || cell === '' ? undefined : cell;
}

function rawText(cell: unknown): string {
  if (cell === undefined) return '';
  if (typeof cell === 'object') return JSON.stringify(cell);
  return String(cell);
}

const isNumeric = (field: FieldInfo) => {
  const type = field.type === 'array' ? field.itemType : field.type;
  return type === 'number' || type === 'integer';
};

export function csvWriter(columns: readonly OutputColumn[]): RecordWriter {
  const fields = columns.flatMap((column) => (column.kind === 'field' ? [column.field] : []));
  const numeric = fields.map(isNumeric);
  const raws = columns.filter((column): column is RawColumn => column.kind === 'raw');
  return {
    start: () => `${columns.map((column) => csvCell(defendFormula(column.name))).join(',')}\n`,
    record(row, source) {
      const cells = encodeStandardRecord(row.values, fields).map((text, i) =>
        csvCell(numeric[i] ? text : defendFormula(text)),
      );
      for (const column of raws) {
        const cell = rawCell(column, row, source);
        // A number or yes/no from a JSON file is not text a spreadsheet could run.
        const text = rawText(cell);
        cells.push(csvCell(typeof cell === 'string' || typeof cell === 'object' ? defendFormula(text) : text));
      }
      return `${cells.join(',')}\n`;
    },
  };
}

export function ndjsonWriter(columns: readonly OutputColumn[]): RecordWriter {
  return {
    start: () => '',
    record(row, source) {
      const record: Record<string, unknown> = {};
      for (const column of columns) {
        const value = column.kind === 'field' ? row.values[column.name] : rawCell(column, row, source);
        record[column.name] = value ?? null;
      }
      return `${JSON.stringify(record)}\n`;
    },
  };
}

export function recordWriter(format: NormalizeFormat, columns: readonly OutputColumn[]): RecordWriter {
  return format === 'csv' ? csvWriter(columns) : ndjsonWriter(columns);
}
