// The per-row hot path: read each mapped field from the row, coerce it, validate the typed row with
// the compiled schema, and feed the dataset-level checks. Everything that can be prepared once per
// file (plan, coercers, validators, key fields) is prepared in the constructor.
import type { RowValue, SchemaDocument } from '@policedata/schemas';
import { dateCellDescriber, leadingPair, MONTH_FIRST } from '../coerce/date-shape.js';
import { CoerceFailure, EMPTY, MAPPED_MISSING, SENTINEL } from '../coerce/field-coercer.js';
import type { Plan } from '../mapping/plan.js';
import type { FindingSink, SourceRow } from '../read/types.js';
import { validatorFor } from './ajv.js';
import type { DuplicateCheck } from './duplicates.js';
import { PiiScanner } from './pii.js';
import { type RowCheck, type RowCheckParts, rowCheckFrom, rowCheckParts } from './row-check.js';
import { type RowBuilder, rowBuilder } from './row-object.js';
import { rulesOf, translateErrors } from './schema-errors.js';

export interface FieldCounts {
  /** Rows with a usable value. */
  valid: Uint32Array;
  /** Rows where the cell was empty. */
  empty: Uint32Array;
  /** Rows where the cell held a placeholder such as NULL. */
  sentinel: Uint32Array;
  /** Rows where the cell could not be coerced or failed the schema. */
  invalid: Uint32Array;
}

export interface DateRange {
  field: string;
  min?: string;
  max?: string;
}

/** The formats one date or time column is written in, with the rows of each (valid values only). */
export interface ColumnDateFormats {
  /** Index of the column in the header. */
  column: number;
  /** The field read from it. */
  field: string;
  formats: Map<string, number>;
  /**
   * Of the valid dates written month first with slashes (`3/4/2019`): the largest number in the
   * day's place, and the first date whose two numbers differ (0 and '' when none), which tell
   * whether every date would also read day first (see date_order_ambiguous).
   */
  largestDay: number;
  twoWays: string;
}

const DATE_DEFINITION = /#\/\$defs\/(date|datetime|time|date_of_birth)$/;

export interface RowProcessorOptions {
  /** Today, or the file's as-of date: later dates are in the future. `YYYY-MM-DD`. */
  asOf: string;
  keys: readonly string[];
  duplicates: DuplicateCheck;
}

export const FIRST_PLAUSIBLE_DATE = '1970-01-01';

/** Widens a date field's range (ISO dates compare as text) to take a valid date. */
export function widenRange(range: DateRange, value: string): void {
  if (range.min === undefined || value < range.min) range.min = value;
  if (range.max === undefined || value > range.max) range.max = value;
}

/**
 * Counts a valid date cell of a column in `format`; for a month-first date (`monthFirst`), its
 * month and day too (see notePair).
 */
export function countDateFormat(seen: ColumnDateFormats, format: string, cell: unknown, monthFirst: boolean): void {
  seen.formats.set(format, (seen.formats.get(format) ?? 0) + 1);
  if (!monthFirst || typeof cell !== 'string') return;
  const text = cell.trim();
  const pair = leadingPair(text);
  if (pair) notePair(seen, pair[0], pair[1], text);
}

/**
 * Notes the month and day of a valid month-first date (`text`, trimmed): the largest number in the
 * day's place, and the first date whose two numbers differ (see date_order_ambiguous).
 */
export function notePair(seen: ColumnDateFormats, month: number, day: number, text: string): void {
  if (day > seen.largestDay) seen.largestDay = day;
  if (seen.twoWays === '' && month !== day) seen.twoWays = ` ${text}`.slice(1);
}

/**
 * Row builder and quick check per plan, made once: a worker makes a processor for every part of a
 * file, and the check's remembered verdicts should carry over from part to part.
 */
const shapes = new WeakMap<Plan, RowShape>();

/** How a plan's rows are built and checked (see row-object.ts and row-check.ts). */
export interface RowShape {
  build: RowBuilder;
  /** The quick check's parts; undefined for a schema of another shape (validated whole). */
  parts: RowCheckParts | undefined;
  check: RowCheck | undefined;
}

export class RowProcessor {
  readonly counts: FieldCounts;
  rows = 0;
  /** Rows with at least one error-level finding from coercion or the schema. */
  invalidRows = 0;
  /** future_date is reported as an error (its severity with the options' overrides, and not ignored). */
  private readonly futureIsError: boolean;
  readonly dateRanges: DateRange[];
  /** Per date or time field read from one column: the formats its valid cells are written in. */
  readonly dateFormats: ColumnDateFormats[];
  /** Slots whose date formats are counted (see dateFormats). */
  readonly formatSlots: number[];
  private readonly describers: Array<(cell: unknown) => string | undefined>;
  /** Per date column: the last format seen, and whether it writes the month first (see countDateFormats). */
  private readonly lastFormats: (string | undefined)[] = [];
  private readonly monthFirst: boolean[] = [];
  /** The dataset schema, validated whole (compiled on first use) when the quick check fails. */
  private readonly schemaId: string;
  private readonly rules;
  private readonly names: string[];
  private readonly headers: string[];
  /** Slots of date fields (ranges, future dates, dates before 1970). */
  readonly dateSlots: number[];
  /** Key fields, when every one of them is mapped (else keys are not checked). */
  readonly keySlots: number[];
  private readonly keyPart: RowValue[] = [''];
  readonly pii: PiiScanner;
  private readonly duplicates: DuplicateCheck;
  /** How rows are built and checked, shared by every processor of the plan (and the fast path). */
  readonly shape: RowShape;
  /** Makes the row object from the fields' values (see row-object.ts). */
  private readonly build: RowBuilder;
  /** Decides quickly whether a row is valid (see row-check.ts); else the whole schema does. */
  private readonly check: RowCheck | undefined;
  /** The current row's value per field, reused from row to row. */
  private readonly values: (RowValue | undefined)[];
  /** True for a field whose single source column an earlier field already reads. */
  private readonly repeatsColumn: boolean[];
  /** Fields the file has (from a column or a constant). */
  private readonly mapped: Set<string>;

  constructor(
    readonly plan: Plan,
    schema: SchemaDocument,
    header: readonly string[],
    private readonly sink: FindingSink,
    private readonly options: RowProcessorOptions,
  ) {
    const n = plan.sources.length;
    this.counts = {
      valid: new Uint32Array(n),
      empty: new Uint32Array(n),
      sentinel: new Uint32Array(n),
      invalid: new Uint32Array(n),
    };
    // Most rows are valid: a validator that stops at the first error decides quickly, and only
    // failing rows pay for collecting every error.
    this.schemaId = schema.$id;
    this.rules = rulesOf(schema);
    this.names = plan.sources.map((source) => source.field.name);
    this.headers = plan.sources.map((source) => source.columns.map((column) => header[column] ?? '').join(' + '));
    this.dateSlots = plan.sources.flatMap((source, slot) => (source.field.format === 'date' ? [slot] : []));
    this.dateRanges = this.dateSlots.map((slot) => ({ field: this.names[slot] ?? '' }));
    this.formatSlots = plan.sources.flatMap((source, slot) =>
      source.columns.length === 1 &&
      source.origin !== 'raw_of' &&
      (source.field.format === 'date' || DATE_DEFINITION.test(source.field.definition ?? ''))
        ? [slot]
        : [],
    );
    this.dateFormats = this.formatSlots.map((slot) => ({
      column: plan.sources[slot]?.columns[0] ?? 0,
      field: plan.sources[slot]?.field.name ?? '',
      formats: new Map(),
      largestDay: 0,
      twoWays: '',
    }));
    this.describers = this.formatSlots.map(() => dateCellDescriber());
    const keyNames = options.keys.every((key) => this.names.includes(key)) ? options.keys : [];
    this.keySlots = keyNames.map((key) => this.names.indexOf(key));
    this.duplicates = options.duplicates;
    this.mapped = new Set(this.names);
    this.repeatsColumn = plan.sources.map(
      (source, slot) =>
        source.columns.length === 1 &&
        plan.sources
          .slice(0, slot)
          .some((earlier) => earlier.columns.length === 1 && earlier.columns[0] === source.columns[0]),
    );
    this.pii = new PiiScanner(plan, header, sink);
    this.futureIsError = sink.isError?.('future_date') ?? true;
    let shape = shapes.get(plan);
    if (!shape) {
      const parts = rowCheckParts(schema, this.names);
      shape = { build: rowBuilder(this.names, schema), parts, check: parts && rowCheckFrom(parts) };
      shapes.set(plan, shape);
    }
    this.shape = shape;
    this.build = shape.build;
    this.check = shape.check;
    this.values = this.names.map(() => undefined);
  }

  /** Keys are checked: every key field of the dataset type is mapped. */
  get checksKeys(): boolean {
    return this.keySlots.length > 0;
  }

  process(row: SourceRow): void {
    const { sources } = this.plan;
    const { counts, sink, names, headers } = this;
    const line = row.line;
    const { values } = this;
    let bad = row.flawed === true;
    let failed: Set<string> | undefined;
    this.rows += 1;
    for (let slot = 0; slot < sources.length; slot++) {
      const source = sources[slot] as (typeof sources)[number];
      const cell = source.read(row.cells);
      const result = source.coercer.apply(cell);
      values[slot] = undefined;
      if (result === EMPTY) counts.empty[slot]! += 1;
      else if (result === MAPPED_MISSING) counts.sentinel[slot]! += 1;
      else if (result === SENTINEL) {
        counts.sentinel[slot]! += 1;
        // A column feeding several fields is reported once per row, by its first field.
        if (this.repeatsColumn[slot]) continue;
        sink.report(
          'missing_value_sentinel',
          { line, column: headers[slot], field: names[slot], value: String(cell) },
          { sentinel: String(cell).trim() },
        );
      } else if (result instanceof CoerceFailure) {
        counts.invalid[slot]! += 1;
        bad = true;
        failed ??= new Set();
        failed.add(names[slot] as string);
        sink.report(
          result.code,
          { line, column: headers[slot], field: names[slot], value: result.value },
          result.params,
        );
      } else {
        values[slot] = result;
        counts.valid[slot]! += 1;
      }
    }
    const out = this.build(values);
    if (!(this.check ? this.check(values, out) : validatorFor(this.schemaId, 'first')(out))) {
      // Compiled on first use: a file whose rows are all valid never needs it (see ajv.ts).
      const full = validatorFor(this.schemaId);
      full(out);
      let reported = false;
      for (const finding of translateErrors(full.errors ?? [], this.rules)) {
        // A required field whose cell could not be read was already reported as unreadable, and
        // one the file does not have at all was reported once for the whole file.
        if (finding.code === 'required_value_missing') {
          const field = finding.field as string;
          if (failed?.has(field) || !this.mapped.has(field)) continue;
        }
        reported = true;
        const slot = finding.field ? names.indexOf(finding.field) : -1;
        // A value that failed the schema is not a usable value.
        if (
          slot >= 0 &&
          finding.code !== 'required_value_missing' &&
          finding.code !== 'rule_violation' &&
          out[finding.field as string] !== undefined
        ) {
          counts.valid[slot]! -= 1;
          counts.invalid[slot]! += 1;
        }
        const cell = slot >= 0 ? sources[slot]?.read(row.cells) : undefined;
        const value = cell === undefined || cell === null ? undefined : String(cell);
        sink.report(
          finding.code,
          {
            line,
            ...(finding.field ? { field: finding.field } : {}),
            ...(slot >= 0 ? { column: headers[slot] } : {}),
            ...(value !== undefined ? { value } : {}),
          },
          finding.params,
        );
      }
      if (reported) bad = true;
    }
    this.countDateFormats(row);
    if (this.checkDates(row)) bad = true;
    if (bad) this.invalidRows += 1;
    this.checkKeys(row, bad);
    this.pii.scan(row, out);
  }

  private countDateFormats(row: SourceRow): void {
    for (let i = 0; i < this.formatSlots.length; i++) {
      const slot = this.formatSlots[i] as number;
      if (this.values[slot] === undefined) continue;
      const cell = this.plan.sources[slot]?.read(row.cells);
      const format = this.describers[i]?.(cell);
      if (format === undefined) continue;
      // A column keeps to one format or a few: whether it writes the month first is decided once
      // per change of format, not per row.
      if (format !== this.lastFormats[i]) {
        this.lastFormats[i] = format;
        this.monthFirst[i] = MONTH_FIRST.test(format);
      }
      countDateFormat(this.dateFormats[i] as ColumnDateFormats, format, cell, this.monthFirst[i] === true);
    }
  }

  /** Widens the date ranges and reports dates out of range; true if a future date was reported as an error. */
  private checkDates(row: SourceRow): boolean {
    const { line } = row;
    let error = false;
    for (let i = 0; i < this.dateSlots.length; i++) {
      const slot = this.dateSlots[i] as number;
      const name = this.names[slot] as string;
      const value = this.values[slot];
      if (typeof value !== 'string') continue;
      widenRange(this.dateRanges[i] as DateRange, value);
      if (value <= this.options.asOf && value >= FIRST_PLAUSIBLE_DATE) continue;
      // Samples show the cell as published (`01/02/1900`), not the date it was read as.
      const column = this.headers[slot];
      const cell = String(this.plan.sources[slot]?.read(row.cells) ?? value);
      if (value > this.options.asOf) {
        this.sink.report('future_date', { line, field: name, column, value: cell }, { asOf: this.options.asOf });
        error ||= this.futureIsError;
      } else this.sink.report('date_before_1970', { line, field: name, column, value: cell });
    }
    return error;
  }

  /** The row's key and the row itself, for the duplicate checks; `counted`: the row has an error already. */
  private checkKeys(row: SourceRow, counted: boolean): void {
    const { keySlots, values } = this;
    if (keySlots.length === 1) {
      const value = values[keySlots[0] as number];
      // One array for every row: duplicate checks read the parts at once and keep none of them.
      if (value !== undefined) {
        this.keyPart[0] = value;
        this.duplicates.key(this.keyPart, row.line, counted);
      }
    } else if (keySlots.length > 1) {
      const parts = keySlots.map((slot) => values[slot]);
      if (parts.every((part) => part !== undefined)) this.duplicates.key(parts, row.line, counted);
    }
    this.duplicates.row(row.cells, row.line);
  }
}
