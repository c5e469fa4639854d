// Runs the stages over one table: type detection, the mapping plan, every row through the row
// processor, then the dataset-level checks, conformance and the report. Format-agnostic: readers
// turn bytes into a TableSource first (see validate-source.ts).
import { registry, type SchemaDocument } from '@policedata/schemas';
import { dayFirstTwin } from './coerce/date-shape.js';
import { PolicedataError, UnknownDatasetTypeError } from './errors.js';
import type { FindingCollector } from './findings/collector.js';
import { columnNames } from './findings/structure.js';
import { detectDatasetType } from './mapping/detect-type.js';
import { normaliseName } from './mapping/header-match.js';
import { buildPlan, type Plan } from './mapping/plan.js';
import { didYouMean } from './mapping/suggest.js';
import type { NormalisedOptions } from './options.js';
import type { TableSource } from './read/types.js';
import { assembleReport } from './report/assemble.js';
import type { Report } from './report/report.js';
import { LocalDuplicateCheck } from './validate/duplicates.js';
import { HOUSE_NUMBER_COLUMN } from './validate/pii.js';
import { hookedStage } from './validate/row-hook.js';
import type { RowProcessor } from './validate/row-processor.js';
import { createRowProcessor, RowStage } from './validate/row-stage.js';

const UNCERTAIN_BELOW = 0.6;

const PERSONAL_COLUMN =
  /^(?:(?:subject|suspect|officer|ofc|victim|complainant|citizen|cit|person|offender|arrestee|driver|investigator|employee|first|last|middle|full)_?name|name|[fl]_?nam|[fl]name|dob|date_of_birth|birth_?date|ssn|social_security(_number)?|phone(_number)?|telephone|email|e_mail|(license|licence|tag)_?plate|plate(_number)?|drivers?_licen[cs]e(_number)?|dl_number)$/;

function personalKind(header: string): string | undefined {
  const key = normaliseName(header);
  if (HOUSE_NUMBER_COLUMN.test(key)) {
    return 'a house number (with the street, an exact address; publish the block instead)';
  }
  if (!PERSONAL_COLUMN.test(key)) return undefined;
  if (/nam/.test(key)) return "a person's name";
  if (/birth|dob/.test(key)) return 'a date of birth';
  if (/ssn|social/.test(key)) return 'a Social Security number';
  if (/phone/.test(key)) return 'a phone number';
  if (/mail/.test(key)) return 'an e-mail address';
  if (/plate|tag/.test(key)) return 'a licence plate';
  return 'a licence number';
}

interface TypeChoice {
  type?: string;
  source: Report['dataset']['type_source'];
  confidence?: number;
}

/** Detection at least this sure of another type than the one given makes dataset_type_mismatch. */
const MISMATCH_FROM = 0.7;

function chooseType(
  table: TableSource,
  fileName: string,
  options: NormalisedOptions,
  sink: FindingCollector,
): TypeChoice {
  if (options.type) {
    const types = registry.listDatasetTypes().map((info) => info.type);
    if (!types.includes(options.type)) {
      throw new UnknownDatasetTypeError(
        `unknown dataset type "${options.type}".${didYouMean(options.type, types)} Known types: ${types.join(', ')}.`,
      );
    }
    if (!options.mapping && table.header.length > 0) {
      // A type given by hand (not by a mapping written for the file) may be a slip: say so when the
      // columns clearly describe another type.
      const detection = detectDatasetType(table.header, fileName);
      if (detection.type && detection.type !== options.type && detection.confidence >= MISMATCH_FROM) {
        sink.report(
          'dataset_type_mismatch',
          { line: table.headerLine },
          { type: options.type, detected: detection.type, confidence: detection.confidence },
        );
      }
    }
    return { type: options.type, source: options.mapping?.type === options.type ? 'mapping' : 'option' };
  }
  const detection = detectDatasetType(table.header, fileName);
  if (!detection.type) {
    // A file with no header at all was already reported by its reader (empty, binary, not a table).
    if (table.header.length > 0) sink.report('dataset_type_unknown', { line: table.headerLine });
    return { source: 'none', confidence: 0 };
  }
  if (detection.confidence < UNCERTAIN_BELOW) {
    sink.report(
      'dataset_type_uncertain',
      { line: table.headerLine },
      { type: detection.type, confidence: detection.confidence, runnerUp: detection.candidates[1]?.type ?? '' },
    );
  }
  return { type: detection.type, source: 'detected', confidence: detection.confidence };
}

/** A mapping that names at least this many columns, more than half of them missing, was written for another file. */
const NOT_FOR_FILE_FROM = 4;

function reportMapping(plan: Plan, table: TableSource, fileName: string, sink: FindingCollector): void {
  const line = table.headerLine;
  const { namedColumns: named, notFound } = plan;
  if (named >= NOT_FOR_FILE_FROM && notFound.length * 2 > named) {
    const detection = detectDatasetType(table.header, fileName);
    const other = detection.type && detection.type !== plan.type && detection.confidence >= MISMATCH_FROM;
    sink.report(
      'mapping_not_for_file',
      { line },
      { missing: notFound.length, named, type: plan.type, ...(other ? { detected: detection.type } : {}) },
    );
  }
  for (const missing of plan.notFound) {
    sink.report('mapping_column_not_found', { line, field: missing.field, column: missing.column }, { ...missing });
  }
  for (const match of plan.matches) {
    if (match.reason === 'fuzzy')
      sink.report(
        'fuzzy_header_match',
        { line, column: match.header, field: match.field },
        { header: match.header, field: match.field },
      );
  }
  const present = new Set(plan.sources.map((source) => source.field.name));
  for (const field of plan.fields) {
    if (present.has(field.name)) continue;
    if (field.level === 'required')
      sink.report('required_field_missing', { line, field: field.name }, { field: field.name });
    if (field.level === 'recommended') {
      const rawOf = field.name.endsWith('_raw') ? field.name.slice(0, -'_raw'.length) : '';
      // Without its twin, the twin's own warning says it all.
      if (rawOf !== '' && !present.has(rawOf) && plan.fields.some((other) => other.name === rawOf)) continue;
      sink.report('recommended_field_missing', { line, field: field.name }, { field: field.name });
    }
  }
  for (const column of plan.unmapped) {
    const kind = personalKind(column.header);
    if (kind) sink.report('pii_column_name', { line, column: column.header }, { header: column.header, kind });
    if (!column.acknowledged)
      sink.report('unmapped_column', { line, column: column.header }, { header: column.header });
  }
}

/**
 * A date column every valid cell of which is written month first with slashes, and would read as
 * well day first (no number above 12 in the day's place, some date with two different numbers):
 * said once, unless the mapping gives the column its format.
 */
function reportAmbiguousDates(
  processor: RowProcessor,
  table: TableSource,
  options: NormalisedOptions,
  sink: FindingCollector,
): void {
  for (const seen of processor.dateFormats) {
    if (seen.twoWays === '' || seen.largestDay > 12 || seen.formats.size === 0) continue;
    const formats = [...seen.formats.entries()].sort((a, b) => b[1] - a[1]);
    if (!formats.every(([format]) => dayFirstTwin(format) !== undefined)) continue;
    // A format given by the mapping (for the field, or for every date) already says how to read them.
    const given = options.mapping?.fields?.[seen.field];
    if (typeof given === 'object' && given !== null && 'format' in given && given.format) continue;
    if (options.mapping?.date_format) continue;
    const dayFirst = formats.map(([format]) => dayFirstTwin(format) ?? format);
    sink.report(
      'date_order_ambiguous',
      { line: table.headerLine, column: table.header[seen.column], field: seen.field, value: seen.twoWays },
      { example: seen.twoWays, dayFirst: dayFirst.join(', ') },
    );
  }
}

/** What a runner needs to validate a table's rows its own way (in parallel: see parallel/). */
export interface RowRunContext {
  type: string;
  header: readonly string[];
  /** Takes each row; its processor is where a runner's results end up. */
  stage: RowStage;
  duplicates: LocalDuplicateCheck;
  sink: FindingCollector;
  options: NormalisedOptions;
  size?: number;
}

/** Validates every row of the table instead of the loop over `batches` (which it must not use). */
export type RowRunner = (context: RowRunContext) => Promise<void>;

/** Validates a table that a reader produced; findings from reading are already in `sink`. */
export async function validateTable(
  source: TableSource,
  options: NormalisedOptions,
  sink: FindingCollector,
  size?: number,
  runner?: RowRunner,
): Promise<Report> {
  // Blank and repeated column names get unique names (`column_3`, `Address_2`) that mappings and
  // findings can refer to; the reader has already reported them.
  const table: TableSource = { ...source, header: columnNames(source.header) };
  const fileName = options.fileName ?? '';
  const choice = chooseType(table, fileName, options, sink);
  const schema = choice.type ? (registry.getSchema(choice.type) as SchemaDocument) : undefined;
  const info = choice.type ? registry.getDatasetType(choice.type) : undefined;
  let processor: RowProcessor | undefined;
  let plan: Plan | undefined;
  let duplicates: LocalDuplicateCheck | undefined;
  // A table without a single column (a sheet or JSON file with no records) has nothing to map: the
  // reader's finding (no_records) says why, and a column or field missing would only bury it.
  if (schema && info && choice.type && table.header.length > 0) {
    plan = buildPlan(table.header, choice.type, options.mapping);
    reportMapping(plan, table, fileName, sink);
    duplicates = new LocalDuplicateCheck(sink, options.maxTrackedKeys);
    processor = createRowProcessor(plan, schema, table.header, sink, {
      asOf: options.asOf,
      keys: info.keys,
      duplicates,
    });
  }
  const stage = new RowStage(sink, table.header.length, processor);
  if (plan) options.onPlan?.(plan, table.header);
  // Rows go to the caller too when it asks (normalize); the plain stage otherwise, untouched.
  const rowStage = plan && options.onRow ? hookedStage(stage, plan, options.onRow) : stage;
  if (runner && choice.type && duplicates && processor) {
    if (options.onRow) throw new PolicedataError('onRow needs a single pass: validate without workers.');
    await runner({
      type: choice.type,
      header: table.header,
      stage,
      duplicates,
      sink,
      options,
      ...(size !== undefined ? { size } : {}),
    });
  } else {
    let sized = false;
    for await (const batch of table.batches) {
      options.signal?.throwIfAborted();
      for (const row of batch) rowStage.add(row);
      if (!sized && duplicates && size !== undefined && table.bytesRead() > 0) {
        // The first rows tell about how many the file holds.
        sized = true;
        duplicates.expect(stage.rows, table.bytesRead(), size, processor?.checksKeys ?? false);
      }
      const total = size !== undefined ? { totalBytes: size } : {};
      options.onProgress?.({ rows: stage.rows, bytesRead: table.bytesRead(), ...total });
    }
  }
  const rows = stage.rows;
  if (processor) reportAmbiguousDates(processor, table, options, sink);
  duplicates?.flush();
  // Rows whose only error is a repeated key, found once every row was checked.
  if (processor && duplicates) processor.invalidRows += duplicates.invalidRows;
  const saturated = duplicates?.saturated ?? false;
  if (saturated) sink.report('duplicate_check_limit', {}, { limit: options.maxTrackedKeys });
  return assembleReport({ table, options, sink, choice, plan, processor, rows, size, saturated });
}
