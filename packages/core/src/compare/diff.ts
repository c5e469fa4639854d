// Two reports of the same source (an agency's dataset in two releases), compared: the level and
// score, findings that are new, fixed or changed in count, fields that appeared or went away, and
// schema drift (columns renamed, dropped or added, and date columns that changed format). Pure:
// reports in, a versioned JSON document out (schema: schemas/v1/report-diff.schema.json).
import { registry } from '@policedata/schemas';
import { countsRows } from '../findings/catalogue.js';
import type { FindingGroup } from '../findings/collector.js';
import type { Severity } from '../findings/definition.js';
import { indexFields, matchHeaders, normaliseName } from '../mapping/header-match.js';
import type { ConformanceLevel } from '../report/conformance.js';
import type { ColumnReport, DateFormatCount, Report } from '../report/report.js';
import { VERSION } from '../version.js';

export const DIFF_VERSION = 1;
export const DIFF_SCHEMA_ID = 'https://schemas.policedata.dev/v1/report-diff.schema.json';
/** A field's share of valid rows must move by this much to be listed as changed. */
export const COMPLETENESS_CHANGE = 0.05;
const NEW_VALUES_SHOWN = 10;

export interface DiffSide {
  file: string;
  dataset_type: string | null;
  mapping: string | null;
  rows: number;
  invalid_rows: number;
  level: ConformanceLevel;
  score: number;
  coverage: { start: string; end: string } | null;
}

export type FindingChangeStatus = 'new' | 'fixed' | 'more' | 'fewer' | 'same';

export interface FindingChange {
  code: string;
  severity: Severity;
  title: string;
  status: FindingChangeStatus;
  old_count: number;
  new_count: number;
  /** Fields the samples name, in each report. */
  old_fields: string[];
  new_fields: string[];
  /** Sampled values the new report shows for this code that the old one did not (such as new codes). */
  new_values: string[];
  /** Called more or fewer by its share of the rows (the releases differ in size). */
  compared_per_row?: boolean;
}

export interface ColumnChange {
  kind: 'renamed' | 'dropped' | 'added';
  old?: string;
  new?: string;
  /** Standard fields the column feeds (in the old report for a dropped column, else the new). */
  fields: string[];
  /** For a rename, how the two names were paired. */
  paired_by?: 'spelling' | 'same_field' | 'alias';
}

export interface DateFormatChange {
  old_column: string;
  new_column: string;
  fields: string[];
  before: DateFormatCount[];
  after: DateFormatCount[];
}

export interface FieldChange {
  name: string;
  level: 'required' | 'recommended' | 'optional';
  status: 'now_published' | 'no_longer_published' | 'more_complete' | 'less_complete';
  /** Share of rows with a valid value (null when not published). */
  before: number | null;
  after: number | null;
}

export interface ReportDiff {
  $schema: string;
  diff_version: number;
  tool: { name: string; version: string };
  old: DiffSide;
  new: DiffSide;
  findings: FindingChange[];
  columns: ColumnChange[];
  date_formats: DateFormatChange[];
  fields: FieldChange[];
  /** What the comparison could not tell, in plain words. */
  notes: string[];
}

function side(report: Report): DiffSide {
  return {
    file: report.file.name,
    dataset_type: report.dataset.type,
    mapping: report.dataset.mapping,
    rows: report.rows,
    invalid_rows: report.invalid_rows,
    level: report.conformance.level,
    score: report.conformance.score,
    coverage: report.coverage ? { start: report.coverage.start, end: report.coverage.end } : null,
  };
}

const fieldsOf = (group: FindingGroup | undefined) =>
  [...new Set((group?.samples ?? []).flatMap((sample) => (sample.field ? [sample.field] : [])))].sort();

function findingChanges(old: Report, next: Report): FindingChange[] {
  const before = new Map(old.findings.map((group) => [group.code, group]));
  const after = new Map(next.findings.map((group) => [group.code, group]));
  const codes = [...new Set([...after.keys(), ...before.keys()])];
  return codes.map((code) => {
    const was = before.get(code);
    const is = after.get(code);
    const group = (is ?? was) as FindingGroup;
    const oldCount = was?.count ?? 0;
    const newCount = is?.count ?? 0;
    // Findings about rows come once per row at most (countsRows): between releases of different sizes they
    // are compared as shares of the rows (2,521 of 4,221 rows is fewer rows than 1,878 of 2,944,
    // but a larger share). Other findings (about columns, fields, the file) by their counts.
    const perRow = countsRows(code) && old.rows > 0 && next.rows > 0 && old.rows !== next.rows;
    const [a, b] = perRow ? [oldCount / old.rows, newCount / next.rows] : [oldCount, newCount];
    const status: FindingChangeStatus = !was ? 'new' : !is ? 'fixed' : b > a ? 'more' : b < a ? 'fewer' : 'same';
    // Values only for findings about values (a code not on the list), where a new one is news.
    const valued = group.category === 'value' || group.category === 'schema';
    const seen = new Set((was?.samples ?? []).map((sample) => sample.value));
    const newValues = valued
      ? (is?.samples ?? []).flatMap((sample) =>
          sample.value !== undefined && !seen.has(sample.value) ? [sample.value] : [],
        )
      : [];
    return {
      code,
      severity: group.severity,
      title: group.title,
      status,
      old_count: oldCount,
      new_count: newCount,
      old_fields: fieldsOf(was),
      new_fields: fieldsOf(is),
      new_values: [...new Set(newValues)].slice(0, NEW_VALUES_SHOWN),
      ...(perRow ? { compared_per_row: true } : {}),
    };
  });
}

/**
 * Findings that went away only because the field they were about is no longer published: not fixed,
 * gone with the field. Said in the notes (the status stays `fixed`, as the count is 0).
 */
function goneWithTheirFields(findings: readonly FindingChange[], fields: readonly FieldChange[]): string[] {
  const dropped = new Set(fields.filter((field) => field.status === 'no_longer_published').map((field) => field.name));
  return findings.flatMap((finding) =>
    finding.status === 'fixed' && finding.old_fields.length > 0 && finding.old_fields.every((name) => dropped.has(name))
      ? [
          `${finding.code} is gone only because ${finding.old_fields.join(', ')} ${finding.old_fields.length === 1 ? 'is' : 'are'} no longer published, not because the values were corrected.`,
        ]
      : [],
  );
}

const STATUS_ORDER: Record<FindingChangeStatus, number> = { new: 0, more: 1, fewer: 2, fixed: 3, same: 4 };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Fields a column feeds, leaving out `_raw` copies (they follow their field). */
const fedFields = (column: ColumnReport) => column.fields.filter((field) => !field.endsWith('_raw'));

interface Pairing {
  renamed: Array<{ old: ColumnReport; new: ColumnReport; by: NonNullable<ColumnChange['paired_by']> }>;
  dropped: ColumnReport[];
  added: ColumnReport[];
  same: Array<{ old: ColumnReport; new: ColumnReport }>;
}

/**
 * Pairs the columns of two releases: the same name; then a name spelled differently (`Incident
 * Date` and `INCIDENT_DATE`); then a column feeding the same standard field; then a new column the
 * standard's aliases match to a field only a dropped column fed.
 */
function pairColumns(old: Report, next: Report): Pairing {
  const type = next.dataset.type ?? old.dataset.type;
  const newNames = new Set(next.columns.map((column) => column.name));
  const oldNames = new Set(old.columns.map((column) => column.name));
  const same = old.columns
    .filter((column) => newNames.has(column.name))
    .map((column) => ({ old: column, new: next.columns.find((c) => c.name === column.name) as ColumnReport }));
  let dropped = old.columns.filter((column) => !newNames.has(column.name));
  let added = next.columns.filter((column) => !oldNames.has(column.name));
  const renamed: Pairing['renamed'] = [];
  const pair = (by: Pairing['renamed'][number]['by'], match: (o: ColumnReport, n: ColumnReport) => boolean) => {
    for (const o of [...dropped]) {
      const n = added.find((candidate) => match(o, candidate));
      if (!n) continue;
      renamed.push({ old: o, new: n, by });
      dropped = dropped.filter((column) => column !== o);
      added = added.filter((column) => column !== n);
    }
  };
  pair('spelling', (o, n) => normaliseName(o.name) === normaliseName(n.name));
  pair('same_field', (o, n) => {
    const fields = fedFields(o);
    return fields.length > 0 && fields.some((field) => fedFields(n).includes(field));
  });
  if (type && registry.listDatasetTypes().some((info) => info.type === type)) {
    const matches = matchHeaders(
      added.map((column) => column.name),
      indexFields(registry.listFields(type)),
    );
    const fieldOf = new Map(matches.map((match) => [match.header, match.field]));
    pair('alias', (o, n) => {
      const field = fieldOf.get(n.name);
      return field !== undefined && fedFields(o).includes(field);
    });
  }
  return { renamed, dropped, added, same };
}

const formatKey = (formats: readonly DateFormatCount[] | undefined) =>
  (formats ?? [])
    .map((entry) => entry.format)
    .sort()
    .join('\n');

function dateFormatChanges(pairing: Pairing): DateFormatChange[] {
  const changes: DateFormatChange[] = [];
  for (const { old, new: next } of [...pairing.same, ...pairing.renamed]) {
    if (!old.date_formats?.length || !next.date_formats?.length) continue;
    // A format used by a handful of rows in either release is noise, not a change of practice.
    const main = (formats: DateFormatCount[]) => {
      const rows = formats.reduce((sum, entry) => sum + entry.rows, 0);
      return formats.filter((entry) => entry.rows >= rows * 0.01);
    };
    if (formatKey(main(old.date_formats)) === formatKey(main(next.date_formats))) continue;
    changes.push({
      old_column: old.name,
      new_column: next.name,
      fields: next.fields.length ? next.fields : old.fields,
      before: old.date_formats,
      after: next.date_formats,
    });
  }
  return changes;
}

function fieldChanges(old: Report, next: Report): FieldChange[] {
  const before = new Map(old.fields.map((field) => [field.name, field]));
  const changes: FieldChange[] = [];
  for (const field of next.fields) {
    const was = before.get(field.name);
    if (!was) continue;
    const wasPublished = was.status === 'mapped';
    const isPublished = field.status === 'mapped';
    const share = (published: boolean, completeness: number) => (published ? completeness : null);
    let status: FieldChange['status'] | undefined;
    if (!wasPublished && isPublished) status = 'now_published';
    else if (wasPublished && !isPublished) status = 'no_longer_published';
    else if (isPublished && field.completeness - was.completeness >= COMPLETENESS_CHANGE) status = 'more_complete';
    else if (isPublished && was.completeness - field.completeness >= COMPLETENESS_CHANGE) status = 'less_complete';
    if (!status) continue;
    changes.push({
      name: field.name,
      level: field.level,
      status,
      before: share(wasPublished, was.completeness),
      after: share(isPublished, field.completeness),
    });
  }
  return changes;
}

/** Compares an older and a newer report of the same source. */
export function diffReports(old: Report, next: Report): ReportDiff {
  const notes: string[] = [];
  if (old.dataset.type !== next.dataset.type) {
    notes.push(
      `The reports are of different dataset types (${old.dataset.type ?? 'unknown'} and ${next.dataset.type ?? 'unknown'}): fields and findings are not comparable.`,
    );
  }
  const { mapping: oldMapping } = old.dataset;
  const { mapping: newMapping } = next.dataset;
  // `m.yaml` and `./m.yaml` are one file, whichever way it was named.
  const same = (a: string | null, b: string | null) => a === b || (a !== null && b !== null && samePath(a, b));
  if (!same(oldMapping, newMapping)) {
    const how = (mapping: string | null) => (mapping === null ? 'without a mapping file' : `with ${mapping}`);
    notes.push(
      `The old report was made ${how(oldMapping)} and the new one ${how(newMapping)}: some changes may come from the mapping, not the data.`,
    );
  }
  const hasFormats = (report: Report) => report.columns.some((column) => column.date_formats !== undefined);
  for (const [report, which] of [
    [old, 'old'],
    [next, 'new'],
  ] as const) {
    if (!hasFormats(report) && report.fields.some((field) => field.status === 'mapped')) {
      notes.push(
        `The ${which} report (${report.file.name}) records no date formats (written by an earlier version of policedata, or no date column was read): date format changes cannot be shown. Validate the file again to get them.`,
      );
    }
  }
  const pairing = pairColumns(old, next);
  const columns: ColumnChange[] = [
    ...pairing.renamed.map(
      ({ old: o, new: n, by }): ColumnChange => ({
        kind: 'renamed',
        old: o.name,
        new: n.name,
        fields: n.fields.length ? n.fields : o.fields,
        paired_by: by,
      }),
    ),
    ...pairing.dropped.map((column): ColumnChange => ({ kind: 'dropped', old: column.name, fields: column.fields })),
    ...pairing.added.map((column): ColumnChange => ({ kind: 'added', new: column.name, fields: column.fields })),
  ];
  const findings = findingChanges(old, next).sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.code.localeCompare(b.code),
  );
  const fields = fieldChanges(old, next);
  notes.push(...goneWithTheirFields(findings, fields));
  if (old.rows !== next.rows && old.rows > 0 && next.rows > 0) {
    notes.push(
      `The releases have ${old.rows.toLocaleString('en-US')} and ${next.rows.toLocaleString('en-US')} rows: findings about values are compared by their share of the rows, so "more" or "fewer" can go against the counts (a larger share of fewer rows, or a smaller share of more rows).`,
    );
  }
  return {
    $schema: DIFF_SCHEMA_ID,
    diff_version: DIFF_VERSION,
    tool: { name: 'policedata', version: VERSION },
    old: side(old),
    new: side(next),
    findings,
    columns,
    date_formats: dateFormatChanges(pairing),
    fields,
    notes,
  };
}

/**
 * A finding's count, with its share of the rows when it was compared per row: `2,521 (59.7% of
 * rows)`; a finding raised for several fields of a row can outnumber the rows: `4,463 (1.06 per row)`.
 */
export function countShown(count: number, rows: number, finding: Pick<FindingChange, 'compared_per_row'>): string {
  const shown = count.toLocaleString('en-US');
  if (!finding.compared_per_row || rows <= 0) return shown;
  const ratio = count / rows;
  return ratio > 1 ? `${shown} (${ratio.toFixed(2)} per row)` : `${shown} (${(ratio * 100).toFixed(1)}% of rows)`;
}

/** Two paths as given that name one file: the same once `.`, `..` and slashes are normalised. */
function samePath(a: string, b: string): boolean {
  const tidy = (path: string) => {
    const parts: string[] = [];
    for (const part of path.replace(/\\/g, '/').split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else parts.push(part);
    }
    return `${path.startsWith('/') ? '/' : ''}${parts.join('/')}`;
  };
  return tidy(a) === tidy(b);
}
