// Proposes a starting mapping file from a file's header and a sample of its rows: the dataset type,
// the column each field matches (and why), a crosswalk of every distinct value of each code-list
// field, the placeholders the sample uses for "not recorded", and how its dates are written. A
// pure function: reading the sample is the caller's job (see propose-source.ts).
import { type FieldInfo, type FieldLevel, registry } from '@policedata/schemas';
import { CoerceFailure, createCoercer } from '../coerce/field-coercer.js';
import { UnknownDatasetTypeError } from '../errors.js';
import { findingDefinition } from '../findings/catalogue.js';
import { columnNames } from '../findings/structure.js';
import { fieldValidator } from '../validate/ajv.js';
import { HOUSE_NUMBER_COLUMN } from '../validate/pii.js';
import { translateErrors } from '../validate/schema-errors.js';
import { detectDatasetType } from './detect-type.js';
import { indexFields, type MatchReason, matchHeaders, normaliseName } from './header-match.js';
import { DEFAULT_MISSING_VALUES } from './plan.js';
import { type DateProposal, isDateField, proposeDateFormat } from './propose-dates.js';
import { type ProposedFlags, proposeFlags } from './propose-flags.js';
import { proposeCrosswalk, type ValueCrosswalk } from './propose-values.js';
import { didYouMean } from './suggest.js';

export interface ProposeInput {
  /** Column names as published (blank and repeated names are made unique as the engine does). */
  header: readonly string[];
  /** Sampled data rows, cells in header order. */
  rows: readonly (readonly unknown[])[];
  /** The dataset type; detected from the header (and file name) when absent. */
  type?: string;
  fileName?: string;
  /** True when `rows` is the whole file rather than its first rows. */
  complete?: boolean;
  /** Unfilled lines of a form (a value in one column only) read and left out of `rows`. */
  unfilledRows?: number;
  /** The CSV delimiter given for the file (written into the mapping, which needs it again). */
  delimiter?: string;
}

export interface ProposedField {
  field: string;
  level: FieldLevel;
  column: string;
  /** How the column was matched; `address_parts`: an address published in parts (see `series`). */
  reason: Exclude<MatchReason, 'mapping'> | 'address_parts';
  /** For a close spelling: the field name or alias it is close to. */
  matched?: string;
  /** Sampled rows with an empty cell. */
  blank: number;
  /** Sampled rows holding a placeholder such as NULL. */
  placeholders: number;
  crosswalk?: ValueCrosswalk;
  date?: DateProposal;
  /** For other typed fields (yes/no, numbers, times, ages): sampled cells the engine cannot read. */
  unreadable?: { count: number; examples: string[]; yesNo: boolean };
  /**
   * Sampled values read that the field's own schema refuses (an identifier with spaces, an age of
   * -1), grouped by why (the finding validate will give), largest group first.
   */
  misfit?: Array<{ count: number; examples: string[]; reason: string; code: string }>;
  /**
   * Most filled cells (MOSTLY_FAILING) would fail: the match is written commented out, since
   * mapped it would only add an error to nearly every row.
   */
  mostlyFailing?: boolean;
  /**
   * A numbered series the matched column starts (`Weapon Used 1` … `Weapon Used 5`), read together
   * for a list field (and its `_raw` field): every column of it, in order.
   */
  series?: string[];
  /** What joins the columns of `series` (default: `; `, or the list separator with a crosswalk). */
  join?: string;
}

/** Share of filled cells failing from which a matched column is not proposed (see mostlyFailing). */
export const MOSTLY_FAILING = 0.9;

export interface UnmatchedColumn {
  column: string;
  /** The most frequent values, for a person deciding what the column is. */
  examples: string[];
  distinct: number;
  blank: number;
}

export interface MappingProposal {
  type: string;
  typeSource: 'option' | 'detected';
  /** For a detected type: the share of the evidence pointing to it (0.5 = a tie). */
  confidence?: number;
  runnerUp?: string;
  fileName?: string;
  sampleRows: number;
  complete: boolean;
  /** Unfilled lines of a form left out of the sample (see ProposeInput). */
  unfilledRows: number;
  /** Placeholders seen in the sample, with the cells holding each, most frequent first. */
  missing: Array<{ value: string; count: number }>;
  /** Matched fields, in the schema's order. */
  fields: ProposedField[];
  /** Code-list fields spread over yes/no columns, one per code (see propose-flags.ts). */
  flags: ProposedFlags[];
  /** Required and recommended fields no column matched. */
  notFound: Array<{ field: string; level: FieldLevel }>;
  unmatched: UnmatchedColumn[];
  /** The CSV delimiter given for the file (see ProposeInput). */
  delimiter?: string;
}

const EXAMPLES = 3;
/** Distinct values counted per column; beyond this a column is free text and only examples matter. */
const MAX_DISTINCT = 20_000;

/** How often each distinct trimmed value occurs in one column. */
interface ColumnStats {
  counts: Map<string, number>;
  blank: number;
  placeholders: number;
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return JSON.stringify(cell);
  return String(cell);
}

function columnStats(width: number, rows: ProposeInput['rows'], missing: Set<string>): ColumnStats[] {
  const stats = Array.from({ length: width }, () => ({ counts: new Map<string, number>(), blank: 0, placeholders: 0 }));
  for (const row of rows) {
    for (let column = 0; column < width; column++) {
      const entry = stats[column] as ColumnStats;
      const text = cellText(row[column]);
      const trimmed = text.trim();
      if (trimmed === '') {
        entry.blank += 1;
        continue;
      }
      if (missing.has(trimmed.toLowerCase())) entry.placeholders += 1;
      if (entry.counts.has(text) || entry.counts.size < MAX_DISTINCT)
        entry.counts.set(text, (entry.counts.get(text) ?? 0) + 1);
    }
  }
  return stats;
}

function chooseType(input: ProposeInput): Pick<MappingProposal, 'type' | 'typeSource' | 'confidence' | 'runnerUp'> {
  const types = registry.listDatasetTypes().map((info) => info.type);
  if (input.type !== undefined) {
    if (!types.includes(input.type)) {
      throw new UnknownDatasetTypeError(
        `unknown dataset type "${input.type}".${didYouMean(input.type, types)} Known types: ${types.join(', ')}.`,
      );
    }
    return { type: input.type, typeSource: 'option' };
  }
  const detection = detectDatasetType(input.header, input.fileName ?? '');
  if (!detection.type) {
    throw new UnknownDatasetTypeError(
      `cannot tell the dataset type of ${input.fileName || 'the file'} from its column names: give the type (one of ${types.join(', ')}).`,
    );
  }
  const runnerUp = detection.candidates[1];
  return {
    type: detection.type,
    typeSource: 'detected',
    confidence: detection.confidence,
    ...(runnerUp && runnerUp.score > 0 ? { runnerUp: runnerUp.type } : {}),
  };
}

interface CellCheck {
  unreadable?: ProposedField['unreadable'];
  misfit?: ProposedField['misfit'];
}

/**
 * Reads each distinct sampled cell as validate would: the cells it cannot read as the field's type
 * (a yes/no, a number, a time), and the values read that the field's own schema then refuses (an
 * identifier with spaces), grouped by the reason validate will give.
 */
function checkCells(
  schemaId: string | undefined,
  field: FieldInfo,
  counts: Map<string, number>,
  missingValues: readonly string[],
): CellCheck {
  const coercer = createCoercer(field, { missing: missingValues });
  const validate = schemaId ? fieldValidator(schemaId, field.name) : undefined;
  const unreadable: Array<[string, number]> = [];
  /** Refused values by the finding validate will give them (its code and message). */
  const misfits = new Map<string, { code: string; reason: string; cells: Array<[string, number]> }>();
  for (const [value, count] of counts) {
    const result = coercer.apply(value);
    if (result instanceof CoerceFailure) unreadable.push([value, count]);
    else if (typeof result !== 'symbol' && validate && !validate(result)) {
      const [finding] = translateErrors(validate.errors ?? [], []);
      const code = finding?.code ?? 'schema_violation';
      const reason = finding ? findingDefinition(finding.code).message(finding.params as never) : '';
      const key = `${code}\u0001${reason}`;
      let group = misfits.get(key);
      if (!group) {
        group = { code, reason, cells: [] };
        misfits.set(key, group);
      }
      group.cells.push([value, count]);
    }
  }
  const summary = (cells: Array<[string, number]>) => ({
    count: cells.reduce((sum, [, n]) => sum + n, 0),
    examples: cells
      .sort(byCount)
      .slice(0, EXAMPLES)
      .map(([value]) => value),
  });
  const misfit = [...misfits.values()]
    .map(({ code, reason, cells }) => ({ ...summary(cells), reason, code }))
    .sort((x, y) => y.count - x.count);
  return {
    ...(unreadable.length > 0 ? { unreadable: { ...summary(unreadable), yesNo: field.type === 'boolean' } } : {}),
    ...(misfit.length > 0 ? { misfit } : {}),
  };
}

/** What joins and splits the cells of a numbered series read as one list (cells rarely hold it). */
export const SERIES_SEPARATOR = '|';

/** A column name ending in a number (`Weapon Used 2`): its stem and the number. */
const NUMBERED = /^(.*?\D)(\d+)$/;

/**
 * The numbered series `column` starts (`Weapon Used 1`, then `Weapon Used 2` … in the header, no
 * other field's column), as column indexes in number order; undefined when it starts none.
 */
function seriesFrom(header: readonly string[], column: number, matched: ReadonlySet<number>): number[] | undefined {
  const first = NUMBERED.exec(header[column] ?? '');
  const start = Number(first?.[2]);
  if (!first || (start !== 0 && start !== 1)) return undefined;
  const stem = (first[1] ?? '').toLowerCase();
  // The first column of each number (`2` and `02` are one number), then 1, 2, 3 … without a gap.
  const byNumber = new Map<number, number>();
  header.forEach((name, index) => {
    const match = NUMBERED.exec(name);
    if (!match || (match[1] ?? '').toLowerCase() !== stem || (index !== column && matched.has(index))) return;
    const number = Number(match[2]);
    if (!byNumber.has(number)) byNumber.set(number, index);
  });
  const run: number[] = [];
  for (let number = start; byNumber.has(number); number++) run.push(byNumber.get(number) as number);
  return run.length >= 2 && run[0] === column ? run : undefined;
}

function mergeStats(all: readonly ColumnStats[]): ColumnStats {
  const counts = new Map<string, number>();
  let placeholders = 0;
  for (const entry of all) {
    placeholders += entry.placeholders;
    for (const [value, count] of entry.counts) counts.set(value, (counts.get(value) ?? 0) + count);
  }
  return { counts, blank: all[0]?.blank ?? 0, placeholders };
}

const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

export function proposeMapping(input: ProposeInput): MappingProposal {
  const header = columnNames(input.header);
  const choice = chooseType(input);
  const fields = registry.listFields(choice.type);
  const byName = new Map(fields.map((field) => [field.name, field]));
  const schemaId = registry.getSchema(choice.type)?.$id;
  const missingSet = new Set(DEFAULT_MISSING_VALUES.map((value) => value.toLowerCase()));
  const stats = columnStats(header.length, input.rows, missingSet);

  // Placeholders as the file writes them, counted over every column.
  const placeholders = new Map<string, number>();
  for (const entry of stats) {
    for (const [value, count] of entry.counts) {
      const trimmed = value.trim();
      if (missingSet.has(trimmed.toLowerCase())) placeholders.set(trimmed, (placeholders.get(trimmed) ?? 0) + count);
    }
  }
  const missing = [...placeholders.entries()].sort(byCount).map(([value, count]) => ({ value, count }));
  const missingValues = missing.length > 0 ? missing.map((entry) => entry.value) : DEFAULT_MISSING_VALUES;

  const matches = matchHeaders(header, indexFields(fields));
  const matchedIndexes = new Set(matches.map((match) => match.column));
  const proposed: ProposedField[] = [];
  for (const match of matches) {
    const field = byName.get(match.field);
    const listed =
      field?.type === 'array' ||
      (field?.name.endsWith('_raw') && byName.get(field.name.slice(0, -4))?.type === 'array');
    const series = listed ? seriesFrom(header, match.column, matchedIndexes) : undefined;
    // A series is read as one list: its values are counted over every column of it.
    const entry = series ? mergeStats(series.map((index) => stats[index] as ColumnStats)) : stats[match.column];
    if (!field || !entry) continue;
    const reason = match.reason === 'mapping' ? 'field_name' : match.reason;
    const item: ProposedField = {
      field: field.name,
      level: field.level,
      column: match.header,
      reason,
      ...(match.matched ? { matched: match.matched } : {}),
      blank: series ? (stats[match.column]?.blank ?? 0) : entry.blank,
      placeholders: series ? (stats[match.column]?.placeholders ?? 0) : entry.placeholders,
      ...(series ? { series: series.map((index) => header[index] as string) } : {}),
    };
    if (field.codeList || field.enum) {
      // A series holds one value per cell: it is read with its own separator, not split on commas.
      item.crosswalk = series
        ? {
            ...proposeCrosswalk({ ...field, type: 'string' }, entry.counts, missingValues),
            separator: SERIES_SEPARATOR,
          }
        : proposeCrosswalk(field, entry.counts, missingValues);
    }
    if (!item.crosswalk && !isDateField(field)) {
      const checked = checkCells(schemaId, field, entry.counts, missingValues);
      if (checked.unreadable) item.unreadable = checked.unreadable;
      if (checked.misfit) item.misfit = checked.misfit;
      const failing =
        (checked.unreadable?.count ?? 0) + (checked.misfit ?? []).reduce((sum, group) => sum + group.count, 0);
      const filled = [...entry.counts.values()].reduce((sum, n) => sum + n, 0) - entry.placeholders;
      if (filled > 0 && failing >= MOSTLY_FAILING * filled) item.mostlyFailing = true;
    }
    if (isDateField(field)) {
      const values = [...entry.counts.entries()]
        .filter(([value]) => !missingSet.has(value.trim().toLowerCase()))
        .sort(byCount)
        .map(([value]) => value);
      const date = proposeDateFormat(field, values, missingValues);
      if (date) item.date = date;
    }
    proposed.push(item);
  }
  // A list read from a series keeps its values as published in its `_raw` field too, joined for
  // people to read (a `_raw` field is otherwise filled from its field's single column).
  for (const item of [...proposed]) {
    const raw = byName.get(`${item.field}_raw`);
    if (!item.series || !raw || proposed.some((other) => other.field === raw.name)) continue;
    const { crosswalk: _values, ...rest } = item;
    proposed.push({ ...rest, field: raw.name, level: raw.level });
  }
  const address = addressParts(header, matchedIndexes, byName, proposed);
  if (address) proposed.push(address);
  const order = new Map(fields.map((field, index) => [field.name, index]));
  proposed.sort((a, b) => (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0));

  const found = new Set(proposed.map((item) => item.field));
  const matchedColumns = new Set(matches.map((match) => match.column));
  const freeColumns = new Map(
    header.flatMap((column, index) => (matchedColumns.has(index) ? [] : [[index, column] as const])),
  );
  const flagFields = fields.filter(
    (field) => (field.codeList || field.enum) && !found.has(field.name) && !field.name.endsWith('_raw'),
  );
  const flags = proposeFlags(
    freeColumns,
    stats.map((entry) => entry.counts),
    flagFields,
    missingSet,
  ).sort((a, b) => (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0));
  for (const proposal of flags) found.add(proposal.field);
  const flagged = new Set([
    ...flags.flatMap((proposal) => proposal.columns.map((flag) => flag.column)),
    ...proposed.flatMap((item) => item.series ?? []),
  ]);
  const notFound = fields
    .filter((field) => field.level !== 'optional' && !found.has(field.name))
    // A `_raw` field is filled from its field's column.
    .filter((field) => !(field.name.endsWith('_raw') && byName.has(field.name.slice(0, -4))))
    .map((field) => ({ field: field.name, level: field.level }));

  const unmatched = header.flatMap((column, index): UnmatchedColumn[] => {
    const entry = stats[index];
    if (matchedColumns.has(index) || flagged.has(column) || !entry) return [];
    const examples = [...entry.counts.entries()]
      .filter(([value]) => !missingSet.has(value.trim().toLowerCase()))
      .sort(byCount)
      .slice(0, EXAMPLES)
      .map(([value]) => value);
    return [{ column, examples, distinct: entry.counts.size, blank: entry.blank }];
  });

  return {
    ...choice,
    ...(input.fileName ? { fileName: input.fileName } : {}),
    sampleRows: input.rows.length,
    complete: input.complete ?? false,
    unfilledRows: input.unfilledRows ?? 0,
    missing,
    fields: proposed,
    flags,
    notFound,
    unmatched,
    ...(input.delimiter !== undefined ? { delimiter: input.delimiter } : {}),
  };
}

/** The parts of an address published over several columns, in the order they are read. */
const ADDRESS_PARTS: readonly RegExp[] = [
  HOUSE_NUMBER_COLUMN, // 6101
  /^(?:street|st)_?(?:g|d|dir|direction|prefix|pre)$/, // N (a direction before the street, as published)
  /^(?:street|street_?name|st_?name)$/, // Keystone
  /^(?:street|st)_?(?:t|type|suffix|sfx)$/, // Avenue
];

/**
 * `location_address` read from an address published in parts (`STREET_N`, `STREET`, `STREET_T`,
 * `STREET_G`), when no column matched it: at least a house number and a street, joined with
 * spaces. Proposed so that the exact addresses the parts make are checked (exact_address).
 */
function addressParts(
  header: readonly string[],
  matched: ReadonlySet<number>,
  byName: ReadonlyMap<string, FieldInfo>,
  proposed: readonly ProposedField[],
): ProposedField | undefined {
  const field = byName.get('location_address');
  if (!field || proposed.some((item) => item.field === field.name)) return undefined;
  const parts = ADDRESS_PARTS.map((pattern) =>
    header.findIndex((name, index) => !matched.has(index) && pattern.test(normaliseName(name))),
  );
  const [number, , street] = parts;
  if (number === undefined || street === undefined || number === -1 || street === -1) return undefined;
  const columns = parts.filter((index) => index !== -1).map((index) => header[index] as string);
  // Counted per part, blanks and placeholders would not say how many whole addresses are missing.
  return {
    field: field.name,
    level: field.level,
    column: header[number] as string,
    reason: 'address_parts',
    blank: 0,
    placeholders: 0,
    series: columns,
    join: ' ',
  };
}
