// The scorecard: many agencies' datasets side by side, for a coordinator who must see which cities
// publish what, how complete and how comparable it is. Built from the reports of each dataset's
// files (pure: no files read here); rendered by render-scorecard-*.ts; a versioned JSON document
// (schema: schemas/v1/scorecard.schema.json).
import { type FieldLevel, registry } from '@policedata/schemas';
import type { Severity } from '../findings/definition.js';
import type { ConformanceLevel } from '../report/conformance.js';
import type { Report } from '../report/report.js';
import { VERSION } from '../version.js';
import { diffReports, type ReportDiff } from './diff.js';
import { FOCUS_CONCEPTS, focusFields } from './focus.js';
import type { ManifestAgency } from './manifest.js';
import { summariseSource } from './source-summary.js';

export const SCORECARD_VERSION = 1;
export const SCORECARD_SCHEMA_ID = 'https://schemas.policedata.dev/v1/scorecard.schema.json';

/** One dataset to put on the scorecard: who published it, what it is, and the reports of its files. */
export interface ScorecardInput {
  agency: ManifestAgency;
  datasetType: string;
  label?: string;
  release?: string;
  /** File names as shown to the reader (relative paths, never absolute ones in shared output). */
  files: string[];
  mapping?: string;
  declared?: { start?: string; end?: string };
  reports: Report[];
}

export interface ScorecardField {
  name: string;
  level: FieldLevel;
  /** The focus concept this field answers, if any. */
  focus?: string;
  status: 'published' | 'not_published';
  columns: string[];
  valid: number;
  empty: number;
  placeholder: number;
  invalid: number;
  /** Share of rows with a valid value, 0..1 (0 when not published). */
  completeness: number;
  /** For a code-list field: rows whose value is not a code of the list after the crosswalk, with examples. */
  not_crosswalked?: { rows: number; values: string[] };
}

export interface ScorecardSource {
  id: string;
  label: string;
  agency: string;
  dataset_type: string;
  release?: string;
  files: string[];
  mapping: string | null;
  rows: number;
  invalid_rows: number;
  level: ConformanceLevel;
  score: number;
  reasons: string[];
  coverage: { field: string; start: string; end: string } | null;
  declared_coverage?: { start?: string; end?: string };
  summary: Record<Severity, number>;
  /** Per focus concept: the best share of rows with a valid value among its fields (null: not published). */
  focus: Array<{ concept: string; fields: string[]; completeness: number | null }>;
  fields: ScorecardField[];
  /** Required and recommended fields of the standard the files do not have. */
  not_published: string[];
  unmapped_columns: string[];
}

export interface ScorecardAgency {
  name: string;
  ori?: string;
  city?: string;
  state?: string;
  sources: string[];
}

export interface ScorecardType {
  dataset_type: string;
  title: string;
  sources: string[];
  /** The rows of the field-coverage table, in order: focus fields, then required, recommended, optional. */
  fields: string[];
  /** Optional fields no source of this type publishes (left out of the table). */
  unpublished_optional: string[];
}

/** Two releases of one agency's dataset type, compared. */
export interface ScorecardChange {
  agency: string;
  dataset_type: string;
  from: string;
  to: string;
  diff: ReportDiff;
}

export interface Scorecard {
  $schema: string;
  scorecard_version: number;
  tool: { name: string; version: string };
  standard_version: string;
  title: string;
  focus: Array<{ id: string; label: string }>;
  agencies: ScorecardAgency[];
  dataset_types: ScorecardType[];
  sources: ScorecardSource[];
  changes: ScorecardChange[];
}

const LEVEL_RANK: Record<FieldLevel, number> = { required: 0, recommended: 1, optional: 2 };

function labelOf(input: ScorecardInput): string {
  if (input.label) return input.label;
  const who = input.agency.city ?? input.agency.name;
  return input.release ? `${who} ${input.release}` : who;
}

function sourceOf(input: ScorecardInput, id: string): ScorecardSource {
  const totals = summariseSource(input.datasetType, input.reports);
  const focus = focusFields(input.datasetType);
  const conceptOf = new Map(focus.flatMap(({ concept, fields }) => fields.map((field) => [field, concept.id])));
  const rows = totals.rows;
  const fields: ScorecardField[] = totals.fields.map((field) => {
    const entry: ScorecardField = {
      name: field.name,
      level: field.level,
      status: field.published ? 'published' : 'not_published',
      columns: field.columns,
      valid: field.valid,
      empty: field.empty,
      placeholder: field.placeholder,
      invalid: field.invalid,
      completeness: rows > 0 ? field.valid / rows : 0,
    };
    const concept = conceptOf.get(field.name);
    if (concept) entry.focus = concept;
    if (field.codeList && field.published && field.invalid > 0) {
      entry.not_crosswalked = { rows: field.invalid, values: field.notCrosswalked };
    }
    return entry;
  });
  const byName = new Map(fields.map((field) => [field.name, field]));
  const source: ScorecardSource = {
    id,
    label: labelOf(input),
    agency: input.agency.name,
    dataset_type: input.datasetType,
    files: input.files,
    mapping: input.mapping ?? null,
    rows,
    invalid_rows: totals.invalidRows,
    level: totals.conformance.level,
    score: totals.conformance.score,
    reasons: totals.conformance.reasons,
    coverage: totals.coverage,
    summary: totals.summary,
    focus: focus.map(({ concept, fields: names }) => {
      const published = names.map((name) => byName.get(name)).filter((field) => field?.status === 'published');
      return {
        concept: concept.id,
        fields: names,
        completeness: published.length ? Math.max(...published.map((field) => field?.completeness ?? 0)) : null,
      };
    }),
    fields,
    not_published: fields
      .filter((field) => field.status === 'not_published' && field.level !== 'optional')
      .map((field) => field.name),
    unmapped_columns: totals.unmappedColumns,
  };
  if (input.release) source.release = input.release;
  if (input.declared) source.declared_coverage = input.declared;
  return source;
}

function typeOf(type: string, sources: readonly ScorecardSource[]): ScorecardType {
  const info = registry.getDatasetType(type);
  const focus = focusFields(type).flatMap(({ fields }) => fields);
  const published = (name: string) =>
    sources.some((source) => source.fields.find((field) => field.name === name)?.status === 'published');
  const rest = registry
    .listFields(type)
    .filter((field) => !focus.includes(field.name))
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
  return {
    dataset_type: type,
    title: info?.title ?? type,
    sources: sources.map((source) => source.id),
    fields: [
      ...focus,
      ...rest.filter((field) => field.level !== 'optional' || published(field.name)).map((field) => field.name),
    ],
    unpublished_optional: rest
      .filter((field) => field.level === 'optional' && !published(field.name))
      .map((field) => field.name),
  };
}

/**
 * Consecutive releases (in the order given) of the same agency and dataset type, each read from one
 * file, compared with `diffReports`.
 */
function changesOf(inputs: readonly ScorecardInput[], sources: readonly ScorecardSource[]): ScorecardChange[] {
  const changes: ScorecardChange[] = [];
  inputs.forEach((input, index) => {
    const earlier = inputs
      .slice(0, index)
      .map((candidate, at) => ({ candidate, at }))
      .filter(
        ({ candidate }) => candidate.agency.name === input.agency.name && candidate.datasetType === input.datasetType,
      )
      .pop();
    if (earlier?.candidate.reports.length !== 1 || input.reports.length !== 1) return;
    const [old] = earlier.candidate.reports;
    const [next] = input.reports;
    if (!old || !next) return;
    changes.push({
      agency: input.agency.name,
      dataset_type: input.datasetType,
      from: sources[earlier.at]?.id ?? '',
      to: sources[index]?.id ?? '',
      diff: diffReports(old, next),
    });
  });
  return changes;
}

export interface ScorecardOptions {
  title?: string;
}

export function buildScorecard(inputs: readonly ScorecardInput[], options: ScorecardOptions = {}): Scorecard {
  const sources = inputs.map((input, index) => sourceOf(input, `s${index + 1}`));
  const agencies: ScorecardAgency[] = [];
  inputs.forEach((input, index) => {
    let agency = agencies.find((entry) => entry.name === input.agency.name);
    if (!agency) {
      agency = { name: input.agency.name, sources: [] };
      agencies.push(agency);
    }
    for (const key of ['ori', 'city', 'state'] as const) {
      const value = input.agency[key];
      if (value && !agency[key]) agency[key] = value;
    }
    agency.sources.push(sources[index]?.id ?? '');
  });
  const types = [...new Set(inputs.map((input) => input.datasetType))];
  const versions = types.map((type) => registry.getDatasetType(type)?.version).filter(Boolean) as string[];
  return {
    $schema: SCORECARD_SCHEMA_ID,
    scorecard_version: SCORECARD_VERSION,
    tool: { name: 'policedata', version: VERSION },
    standard_version: versions[0] ?? '1.0.0',
    title: options.title ?? 'Police open data scorecard',
    focus: FOCUS_CONCEPTS.map((concept) => ({ id: concept.id, label: concept.label })),
    agencies,
    dataset_types: types.map((type) =>
      typeOf(
        type,
        sources.filter((source) => source.dataset_type === type),
      ),
    ),
    sources,
    changes: changesOf(inputs, sources),
  };
}
