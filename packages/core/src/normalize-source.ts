// `normalizeSource`: validates a file as `validateSource` does and, in the same single pass, writes
// it in the standard's own shape (see normalize/): one record per source record, as CSV or NDJSON.
// Text goes to `write` in pieces as rows are read, so memory stays bounded whatever the file's size.
import { PolicedataError } from './errors.js';
import { type LayoutOptions, normalizedLayout } from './normalize/layout.js';
import { type NormalizeFormat, type RecordWriter, recordWriter } from './normalize/writers.js';
import type { ValidateOptions } from './options.js';
import type { ByteSource } from './read/types.js';
import type { Report } from './report/report.js';
import { validateSource } from './validate-source.js';

/** Output is handed to `write` in pieces of about this many characters. */
const CHUNK_CHARS = 256 * 1024;

export interface NormalizeOptions extends Omit<ValidateOptions, 'onPlan' | 'onRow'> {
  format: NormalizeFormat;
  /** Receives the output text, in order. Called synchronously as rows are validated. */
  write: (text: string) => void;
  /** Write every field of the type, not only those the file has (a fixed header across files). */
  allFields?: boolean;
}

export interface NormalizeResult {
  report: Report;
  /** The columns written: the standard's fields, then `raw_` columns. */
  columns: string[];
}

/**
 * Validates `source` and writes it normalized to `options.write`. Throws a PolicedataError when
 * the dataset type is unknown (give `type` or a mapping).
 */
export async function normalizeSource(source: ByteSource, options: NormalizeOptions): Promise<NormalizeResult> {
  const { format, write, allFields, ...validateOptions } = options;
  const layoutOptions: LayoutOptions = {
    ...(allFields ? { allFields } : {}),
    ...(options.mapping ? { mapping: options.mapping } : {}),
  };
  let writer: RecordWriter | undefined;
  let columns: string[] = [];
  let pending = '';
  const emit = (text: string) => {
    pending += text;
    if (pending.length >= CHUNK_CHARS) {
      write(pending);
      pending = '';
    }
  };
  const report = await validateSource(source, {
    ...validateOptions,
    onPlan: (plan, header) => {
      const layout = normalizedLayout(plan, header, layoutOptions);
      columns = layout.map((column) => column.name);
      writer = recordWriter(format, layout);
      emit(writer.start());
    },
    onRow: (row, sourceRow) => emit((writer as RecordWriter).record(row, sourceRow)),
  });
  if (!writer) {
    const name = options.fileName ?? source.name;
    if (report.dataset.type === null && report.columns.length > 0) {
      throw new PolicedataError(
        `cannot normalize ${name}: its dataset type is not known. Give the type, or a mapping file that names it.`,
      );
    }
    // The type is known (or the file has no columns at all): the file is not a table to normalize.
    const error = report.findings.find((group) => group.severity === 'error')?.samples[0]?.message;
    throw new PolicedataError(
      `cannot normalize ${name}: it could not be read as a table${error ? ` (${error.replace(/\.$/, '')})` : ''}.`,
    );
  }
  if (pending) write(pending);
  return { report, columns };
}
