// `proposeMappingForSource`: reads a file's header and its first rows through the readers
// `validateSource` uses (any format, gzip, title rows) and proposes a mapping file from them.
import { PolicedataError } from './errors.js';
import { findingDefinition } from './findings/catalogue.js';
import type { FindingParams } from './findings/definition.js';
import { type MappingProposal, proposeMapping } from './mapping/propose.js';
import { normaliseOptions } from './options.js';
import { openTable } from './read/open-table.js';
import type { ByteSource, ReadLimits } from './read/types.js';
import { isEmptyRecord } from './validate/row-stage.js';

/** Rows read for a proposal unless told otherwise: enough to see nearly every code a column uses. */
export const DEFAULT_SAMPLE_ROWS = 10_000;

export interface ProposeOptions {
  /** The dataset type; detected from the columns when absent. */
  type?: string;
  /** Data rows to read (default DEFAULT_SAMPLE_ROWS). */
  sampleRows?: number;
  /** Name shown in the proposal; defaults to the source's name. */
  fileName?: string;
  sheet?: string;
  /** CSV delimiter, one character or `tab`, instead of the one detected. */
  delimiter?: string;
  limits?: Partial<ReadLimits>;
}

export async function proposeMappingForSource(
  source: ByteSource,
  options: ProposeOptions = {},
): Promise<MappingProposal> {
  const limit = options.sampleRows ?? DEFAULT_SAMPLE_ROWS;
  const opts = normaliseOptions({
    ...(options.sheet ? { sheet: options.sheet } : {}),
    ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  // Findings about the file itself are validate's business; a proposal only needs its values, and
  // the first error, to say why there are none.
  let firstError: string | undefined;
  const table = await openTable(source, opts, {
    report: (code: string, _location: unknown, params: FindingParams = {}) => {
      const definition = findingDefinition(code);
      if (firstError === undefined && definition.severity === 'error') {
        firstError = definition.message(params as never);
      }
    },
  });
  if (table.header.length === 0) {
    const why = firstError ? ` (${firstError.replace(/\.$/, '')})` : '';
    throw new PolicedataError(
      `cannot propose a mapping for ${options.fileName ?? source.name}: it could not be read as a table${why}.`,
    );
  }
  const rows: unknown[][] = [];
  let complete = true;
  let unfilledRows = 0;
  for await (const batch of table.batches) {
    for (const row of batch) {
      if (rows.length >= limit) {
        complete = false;
        break;
      }
      // Unfilled lines of a form are not records (validate sets them aside too): counted in, they
      // would make every column look blank in those rows.
      if (isEmptyRecord(row.cells, table.header.length)) unfilledRows += 1;
      else rows.push(row.cells);
    }
    if (!complete) break;
  }
  const fileName = options.fileName ?? source.name;
  return proposeMapping({
    header: table.header,
    rows,
    fileName,
    complete,
    ...(unfilledRows > 0 ? { unfilledRows } : {}),
    ...(options.type !== undefined ? { type: options.type } : {}),
    ...(opts.delimiter !== undefined ? { delimiter: opts.delimiter } : {}),
  });
}
