// What happens to every data row once it is read, in one place so that the engine (one pass over
// a file) and the workers (one part of a file each) do exactly the same: unfilled lines of a form
// are set aside, every other row goes through the row processor.
import type { SchemaDocument } from '@policedata/schemas';
import type { Plan } from '../mapping/plan.js';
import type { FindingSink, SourceRow } from '../read/types.js';
import type { DuplicateCheck } from './duplicates.js';
import { RowProcessor, type RowProcessorOptions } from './row-processor.js';

/** A printable ASCII first character settles it without trimming. */
const filled = (cell: unknown): boolean => {
  if (typeof cell !== 'string') return cell !== null && cell !== undefined && String(cell).trim() !== '';
  const first = cell.charCodeAt(0);
  return (first > 32 && first < 127) || cell.trim() !== '';
};

/**
 * A row with a value in only one of five or more columns is an unfilled line of a form (Norwich's
 * pre-numbered event rows), not a record: it is reported once and not validated or counted.
 */
export function isEmptyRecord(cells: readonly unknown[], width: number): boolean {
  if (width < 5) return false;
  let count = 0;
  for (const cell of cells) if (filled(cell) && ++count > 1) return false;
  return count === 1;
}

/** Leaves the row-numbering columns out of the duplicate-row check. */
function withoutColumns(check: DuplicateCheck, columns: readonly number[]): DuplicateCheck {
  if (columns.length === 0) return check;
  const skip = new Set(columns);
  return {
    key: (parts, line, counted) => check.key(parts, line, counted),
    row: (cells, line) =>
      check.row(
        cells.filter((_cell, index) => !skip.has(index)),
        line,
      ),
  };
}

/** The row processor for a plan, with the plan's row-numbering columns left out of duplicate rows. */
export function createRowProcessor(
  plan: Plan,
  schema: SchemaDocument,
  header: readonly string[],
  sink: FindingSink,
  options: RowProcessorOptions,
): RowProcessor {
  return new RowProcessor(plan, schema, header, sink, {
    ...options,
    duplicates: withoutColumns(options.duplicates, plan.rowIdColumns),
  });
}

export class RowStage {
  /** Rows counted as records (validated when there is a processor). */
  rows = 0;

  constructor(
    private readonly sink: FindingSink,
    private readonly width: number,
    readonly processor?: RowProcessor,
  ) {}

  add(row: SourceRow): void {
    if (isEmptyRecord(row.cells, this.width)) {
      this.sink.report('empty_record', { line: row.line, value: String(row.cells.find(filled) ?? '') });
      return;
    }
    this.processor?.process(row);
    this.rows += 1;
  }
}
