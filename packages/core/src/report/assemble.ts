// Builds the report from the engine's counters at the end of a run, after the dataset-level checks
// that need every row (completeness, personal-data fields).
import { registry } from '@policedata/schemas';
import type { FindingCollector, FindingGroup } from '../findings/collector.js';
import type { Severity } from '../findings/definition.js';
import type { Plan } from '../mapping/plan.js';
import type { NormalisedOptions } from '../options.js';
import type { TableSource } from '../read/types.js';
import type { RowProcessor } from '../validate/row-processor.js';
import { VERSION } from '../version.js';
import { assessConformance, type FieldUsability } from './conformance.js';
import { type ColumnReport, type FieldReport, REPORT_SCHEMA_ID, REPORT_VERSION, type Report } from './report.js';

const MOSTLY_EMPTY_BELOW = 0.5;
const UNREADABLE = ['empty_file', 'binary_file', 'header_only', 'no_records', 'json_not_records'];
/** Findings that say a configurable limit was reached (see docs/limits.md), in report order. */
const LIMIT_CODES = new Set([
  'decompressed_size_limit',
  'cell_size_limit',
  'column_limit',
  'row_size_limit',
  'json_depth_limit',
  'json_record_too_large',
  'workbook_too_large',
  'duplicate_check_limit',
]);

/**
 * The limits this run reached: each limit finding's code (in report order, then those whose finding
 * was ignored), and duplicate tracking's bound. Said even when ignored: the counts are then lower bounds.
 */
function limitsReached(
  findings: readonly FindingGroup[],
  reported: ReadonlyMap<string, number>,
  saturated: boolean,
): string[] {
  const reached = findings.filter((group) => LIMIT_CODES.has(group.code)).map((group) => group.code);
  for (const code of LIMIT_CODES) if (reported.has(code) && !reached.includes(code)) reached.push(code);
  if (saturated && !reached.includes('duplicate_check_limit')) reached.push('duplicate_check_limit');
  return reached;
}

/** Findings after which the rest of the file was not read (see stoppedEarly). */
const STOPPED = new Set(['read_error', 'decompressed_size_limit', 'unterminated_quote']);

/** Why reading stopped before the end of the file, if it did: the rows after that point were not checked. */
function stoppedEarly(
  format: string | undefined,
  reported: ReadonlyMap<string, number>,
  stopping: ReadonlyMap<string, number>,
): string | undefined {
  // Whatever was sampled or ignored: that reading stopped is a fact about what the report covers.
  const stops: Array<[code: string, line: number]> = [...stopping];
  for (const [code, line] of reported) {
    // In a JSON array nothing after a syntax error can be read; in NDJSON only that line is skipped.
    if (STOPPED.has(code) || (code === 'json_syntax_error' && format === 'json')) stops.push([code, line]);
  }
  const [first] = stops;
  if (first === undefined) return undefined;
  // The earliest stop; one without a line (a read error) only when no other has one.
  const key = (line: number) => (line > 0 ? line : Number.POSITIVE_INFINITY);
  const [code, line] = stops.reduce((earliest, stop) => (key(stop[1]) < key(earliest[1]) ? stop : earliest), first);
  return `Reading stopped${line > 0 ? ` at line ${line}` : ''} (${code}): anything after that point was not checked, so the level is none.`;
}

export interface AssembleInput {
  table: TableSource;
  options: NormalisedOptions;
  sink: FindingCollector;
  choice: { type?: string; source: Report['dataset']['type_source']; confidence?: number };
  plan?: Plan;
  processor?: RowProcessor;
  rows: number;
  size?: number;
  /** Duplicate tracking hit its memory bound. */
  saturated: boolean;
}

function fieldReports(
  header: readonly string[],
  plan: Plan | undefined,
  processor: RowProcessor | undefined,
  rows: number,
): FieldReport[] {
  if (!plan) return [];
  const slots = new Map(plan.sources.map((source, slot) => [source.field.name, { source, slot }]));
  return plan.fields.map((field) => {
    const entry = slots.get(field.name);
    const counts = processor?.counts;
    const at = (array: Uint32Array | undefined) => (entry && array ? (array[entry.slot] ?? 0) : 0);
    const valid = at(counts?.valid);
    const invalid = at(counts?.invalid);
    const report: FieldReport = {
      name: field.name,
      level: field.level,
      pii: field.pii,
      status: entry ? 'mapped' : 'missing',
      columns: entry ? entry.source.columns.map((column) => header[column] ?? '') : [],
      valid,
      empty: at(counts?.empty),
      placeholder: at(counts?.sentinel),
      invalid,
      completeness: rows > 0 ? valid / rows : 0,
      validity: valid + invalid > 0 ? valid / (valid + invalid) : 1,
    };
    if (entry) report.origin = entry.source.origin;
    return report;
  });
}

function columnReports(
  header: readonly string[],
  plan: Plan | undefined,
  processor: RowProcessor | undefined,
): ColumnReport[] {
  return header.map((name, column) => {
    const fields =
      plan?.sources.filter((source) => source.columns.includes(column)).map((source) => source.field.name) ?? [];
    const ignored = plan?.unmapped.some((entry) => entry.column === column && entry.acknowledged) ?? false;
    const report: ColumnReport = { name, status: fields.length ? 'mapped' : ignored ? 'ignored' : 'unmapped', fields };
    // A column read by two date fields (a timestamp split into date and time) counts each row once.
    const seen = processor?.dateFormats.find((entry) => entry.column === column && entry.formats.size > 0);
    if (seen) {
      report.date_formats = [...seen.formats]
        .map(([format, rows]) => ({ format, rows }))
        .sort((a, b) => b.rows - a.rows || a.format.localeCompare(b.format));
    }
    return report;
  });
}

export function assembleReport(input: AssembleInput): Report {
  const { table, options, sink, choice, plan, processor, rows } = input;
  const fields = fieldReports(table.header, plan, processor, rows);
  for (const field of fields) {
    if (field.status !== 'mapped' || rows === 0) continue;
    if (field.pii && field.valid > 0)
      sink.report('pii_field', { field: field.name, column: field.columns.join(' + ') }, { field: field.name });
    if ((field.level === 'required' || field.level === 'recommended') && field.completeness < MOSTLY_EMPTY_BELOW) {
      sink.report(
        'field_mostly_empty',
        { field: field.name, column: field.columns.join(' + ') },
        {
          field: field.name,
          percent: Math.round(field.completeness * 100),
          unreadable: field.invalid > field.empty + field.placeholder,
        },
      );
    }
  }
  const findings = sink.groups();
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const group of findings) summary[group.severity] += group.count;
  const privacy = findings.filter((group) => group.category === 'privacy');
  const usability: FieldUsability[] = fields.map((field) => ({
    name: field.name,
    level: field.level,
    pii: field.pii,
    present: field.status === 'mapped',
    usable: field.completeness,
  }));
  const stoppedReason = stoppedEarly(table.info.format, sink.reported, sink.stopping);
  const conformance = assessConformance({
    ...(stoppedReason ? { stoppedReason } : {}),
    rows,
    invalidRows: processor?.invalidRows ?? 0,
    fields: usability,
    unreadable: !plan || rows === 0 || UNREADABLE.some((code) => sink.count(code) > 0),
    ...(!plan && !choice.type && table.header.length > 0 && !UNREADABLE.some((code) => sink.count(code) > 0)
      ? {
          unreadableReason:
            'The dataset type is not known, so no field could be checked: give it (--type, or type: in a mapping file).',
        }
      : rows === 0 && plan
        ? { unreadableReason: 'The file has no data rows.' }
        : {}),
    privacyErrors: privacy.some((group) => group.severity === 'error'),
    privacyFindings: privacy.length > 0,
  });
  const info = choice.type ? registry.getDatasetType(choice.type) : undefined;
  const range = processor?.dateRanges.find((r) => r.min !== undefined);
  const dataset: Report['dataset'] = {
    type: choice.type ?? null,
    type_source: choice.source,
    keys: info?.keys ?? [],
    mapping: options.mappingName ?? null,
  };
  if (info) {
    dataset.title = info.title;
    dataset.grain = info.grain.description;
  }
  if (choice.confidence !== undefined) dataset.confidence = Math.round(choice.confidence * 100) / 100;
  return {
    $schema: REPORT_SCHEMA_ID,
    report_version: REPORT_VERSION,
    tool: { name: 'policedata', version: VERSION },
    standard_version: info?.version ?? '1.0.0',
    validated_at: new Date().toISOString(),
    file: { name: options.fileName ?? '', ...(input.size !== undefined ? { size: input.size } : {}), ...table.info },
    dataset,
    rows,
    invalid_rows: processor?.invalidRows ?? 0,
    coverage: range?.min && range.max ? { field: range.field, start: range.min, end: range.max } : null,
    conformance,
    summary,
    fields,
    columns: columnReports(table.header, plan, processor),
    findings,
    limits_reached: limitsReached(findings, sink.reported, input.saturated),
  };
}
