// One dataset of one agency, summarised for the scorecard from the reports of its files. A dataset
// published as several files (quarterly extracts) is counted as one: rows and per-field counts add
// up, the period widens, and the level and score come from the same formula as a single file's
// (report/conformance.ts), applied to the combined counts.
import { type FieldLevel, registry } from '@policedata/schemas';
import type { Severity } from '../findings/definition.js';
import { assessConformance, type Conformance } from '../report/conformance.js';
import type { Report } from '../report/report.js';

/** Codes whose samples are values that could not be crosswalked onto a code list. */
export const NOT_CROSSWALKED_CODES = ['unmapped_code', 'value_not_allowed'];
/** Distinct values kept per field as examples of what could not be crosswalked. */
export const NOT_CROSSWALKED_VALUES = 10;

export interface FieldTotals {
  name: string;
  level: FieldLevel;
  pii: boolean;
  codeList: boolean;
  published: boolean;
  columns: string[];
  valid: number;
  empty: number;
  placeholder: number;
  invalid: number;
  /** Distinct published values that are not codes of the field's list (samples, not every one). */
  notCrosswalked: string[];
}

export interface SourceTotals {
  rows: number;
  invalidRows: number;
  conformance: Conformance;
  coverage: { field: string; start: string; end: string } | null;
  summary: Record<Severity, number>;
  fields: FieldTotals[];
  unmappedColumns: string[];
}

function isUnreadable(report: Report): boolean {
  return (
    report.fields.length === 0 ||
    report.rows === 0 ||
    (report.conformance.level === 'none' && report.conformance.score === 0)
  );
}

export function summariseSource(type: string, reports: readonly Report[]): SourceTotals {
  const schemaFields = registry.listFields(type);
  const fields: FieldTotals[] = schemaFields.map((info) => ({
    name: info.name,
    level: info.level,
    pii: info.pii,
    codeList: Boolean(info.codeList || info.enum),
    published: false,
    columns: [],
    valid: 0,
    empty: 0,
    placeholder: 0,
    invalid: 0,
    notCrosswalked: [],
  }));
  const byName = new Map(fields.map((field) => [field.name, field]));
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let rows = 0;
  let invalidRows = 0;
  let coverage = null as SourceTotals['coverage'];
  const unmapped = new Set<string>();
  for (const report of reports) {
    rows += report.rows;
    invalidRows += report.invalid_rows;
    for (const severity of ['error', 'warning', 'info'] as const) summary[severity] += report.summary[severity];
    if (report.coverage) {
      coverage = coverage
        ? {
            field: coverage.field,
            // ISO dates order as text.
            start: [report.coverage.start, coverage.start].sort()[0] as string,
            end: [report.coverage.end, coverage.end].sort()[1] as string,
          }
        : { ...report.coverage };
    }
    for (const field of report.fields) {
      const total = byName.get(field.name);
      if (!total) continue;
      total.valid += field.valid;
      total.empty += field.empty;
      total.placeholder += field.placeholder;
      total.invalid += field.invalid;
      if (field.status === 'mapped') total.published = true;
      for (const column of field.columns) if (!total.columns.includes(column)) total.columns.push(column);
    }
    for (const column of report.columns) if (column.status === 'unmapped') unmapped.add(column.name);
    for (const group of report.findings) {
      if (!NOT_CROSSWALKED_CODES.includes(group.code)) continue;
      for (const sample of group.samples) {
        const total = sample.field === undefined ? undefined : byName.get(sample.field);
        if (!total || sample.value === undefined || total.notCrosswalked.includes(sample.value)) continue;
        if (total.notCrosswalked.length < NOT_CROSSWALKED_VALUES) total.notCrosswalked.push(sample.value);
      }
    }
  }
  const [only] = reports;
  const conformance =
    reports.length === 1 && only
      ? only.conformance
      : assessConformance({
          rows,
          invalidRows,
          fields: fields.map((field) => ({
            name: field.name,
            level: field.level,
            pii: field.pii,
            present: field.published,
            usable: rows > 0 ? field.valid / rows : 0,
          })),
          unreadable: reports.length === 0 || reports.some(isUnreadable),
          privacyErrors: reports.some((r) =>
            r.findings.some((g) => g.category === 'privacy' && g.severity === 'error'),
          ),
          privacyFindings: reports.some((r) => r.findings.some((g) => g.category === 'privacy')),
        });
  return { rows, invalidRows, conformance, coverage, summary, fields, unmappedColumns: [...unmapped] };
}
