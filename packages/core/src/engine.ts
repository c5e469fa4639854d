// Runs the stages over one table: type detection, the mapping plan, every row through the row
// processor, then the dataset-level checks, conformance and the report. Format-agnostic: readers
// turn bytes into a TableSource first (see validate-source.ts).
import { registry, type SchemaDocument } from '@policedata/schemas';
import { UnknownDatasetTypeError } from './errors.js';
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
import { type DuplicateCheck, LocalDuplicateCheck } from './validate/duplicates.js';
import { RowProcessor } from './validate/row-processor.js';

const UNCERTAIN_BELOW = 0.6;

const filled = (cell: unknown): boolean => cell !== null && cell !== undefined && String(cell).trim() !== '';

/**
 * A row with a value in only one of five or more columns is an unfilled line of a form (Norwich's
 * pre-numbered event rows), not a record: it is reported once and not validated or counted.
 */
function isEmptyRecord(cells: readonly unknown[], width: number): boolean {
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
    key: (parts, line) => check.key(parts, line),
    row: (cells, line) =>
      check.row(
        cells.filter((_cell, index) => !skip.has(index)),
        line,
      ),
  };
}
const PERSONAL_COLUMN =
  /^(?:(?:subject|suspect|officer|ofc|victim|complainant|citizen|cit|person|offender|arrestee|driver|investigator|employee|first|last|middle|full)_?name|name|[fl]_?nam|[fl]name|dob|date_of_birth|birth_?date|ssn|social_security(_number)?|phone(_number)?|telephone|email|e_mail|(license|licence|tag)_?plate|plate(_number)?|drivers?_licen[cs]e(_number)?|dl_number)$/;

function personalKind(header: string): string | undefined {
  const key = normaliseName(header);
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
    return { type: options.type, source: options.mapping ? 'mapping' : 'option' };
  }
  const detection = detectDatasetType(table.header, fileName);
  if (!detection.type) {
    sink.report('dataset_type_unknown', { line: table.headerLine });
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

function reportMapping(plan: Plan, table: TableSource, sink: FindingCollector): void {
  const line = table.headerLine;
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
    if (field.level === 'recommended')
      sink.report('recommended_field_missing', { line, field: field.name }, { field: field.name });
  }
  for (const column of plan.unmapped) {
    const kind = personalKind(column.header);
    if (kind) sink.report('pii_column_name', { line, column: column.header }, { header: column.header, kind });
    if (!column.acknowledged)
      sink.report('unmapped_column', { line, column: column.header }, { header: column.header });
  }
}

/** Validates a table that a reader produced; findings from reading are already in `sink`. */
export async function validateTable(
  source: TableSource,
  options: NormalisedOptions,
  sink: FindingCollector,
  size?: number,
): Promise<Report> {
  // Blank and repeated column names get unique names (`column_3`, `Address_2`) that mappings and
  // findings can refer to; the reader has already reported them.
  const table: TableSource = { ...source, header: columnNames(source.header) };
  const fileName = options.fileName ?? '';
  const choice = chooseType(table, fileName, options, sink);
  const schema = choice.type ? (registry.getSchema(choice.type) as SchemaDocument) : undefined;
  const info = choice.type ? registry.getDatasetType(choice.type) : undefined;
  let rows = 0;
  let processor: RowProcessor | undefined;
  let plan: Plan | undefined;
  let duplicates: LocalDuplicateCheck | undefined;
  if (schema && info && choice.type) {
    plan = buildPlan(table.header, choice.type, options.mapping);
    reportMapping(plan, table, sink);
    duplicates = new LocalDuplicateCheck(sink, options.maxTrackedKeys);
    processor = new RowProcessor(plan, schema, table.header, sink, {
      asOf: options.asOf,
      keys: info.keys,
      duplicates: withoutColumns(duplicates, plan.rowIdColumns),
    });
  }
  const width = table.header.length;
  for await (const batch of table.batches) {
    options.signal?.throwIfAborted();
    for (const row of batch) {
      if (isEmptyRecord(row.cells, width)) {
        sink.report('empty_record', { line: row.line, value: String(row.cells.find(filled) ?? '') });
        continue;
      }
      processor?.process(row);
      rows += 1;
    }
    options.onProgress?.({ rows, bytesRead: table.bytesRead(), ...(size !== undefined ? { totalBytes: size } : {}) });
  }
  const saturated = duplicates?.saturated ?? false;
  if (saturated) sink.report('duplicate_check_limit', {}, { limit: options.maxTrackedKeys });
  return assembleReport({ table, options, sink, choice, plan, processor, rows, size, saturated });
}
