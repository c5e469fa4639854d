// The conformance report: a versioned JSON document (schema: schemas/v1/report.schema.json) that
// every front end renders. Built once at the end of a run from the engine's counters.
import type { FieldLevel } from '@policedata/schemas';
import type { FindingGroup } from '../findings/collector.js';
import type { Severity } from '../findings/definition.js';
import type { SourceOrigin } from '../mapping/plan.js';
import type { SourceInfo } from '../read/types.js';
import type { Conformance } from './conformance.js';

export const REPORT_VERSION = 1;
export const REPORT_SCHEMA_ID = 'https://schemas.policedata.dev/v1/report.schema.json';

export interface FieldReport {
  name: string;
  level: FieldLevel;
  pii: boolean;
  /** `mapped`: the file has it; `missing`: no column or constant feeds it. */
  status: 'mapped' | 'missing';
  /** Source columns (as published) and how they were matched. */
  columns: string[];
  origin?: SourceOrigin;
  valid: number;
  empty: number;
  placeholder: number;
  invalid: number;
  /** Share of rows with a valid value, 0..1. */
  completeness: number;
  /** Share of non-empty cells that are valid, 0..1 (1 when every cell is empty). */
  validity: number;
}

export interface DateFormatCount {
  /** In the mapping file's format language: `M/D/YYYY`, `YYYY-MM-DDTHH:mm:ss`, `h:mm A`, `excel_serial`. */
  format: string;
  /** Rows whose valid value was written this way. */
  rows: number;
}

export interface ColumnReport {
  name: string;
  status: 'mapped' | 'ignored' | 'unmapped';
  fields: string[];
  /** For a column feeding a date or time field: the formats its valid cells are written in, most rows first. */
  date_formats?: DateFormatCount[];
}

export interface Report {
  $schema: string;
  report_version: number;
  tool: { name: string; version: string };
  standard_version: string;
  validated_at: string;
  file: { name: string; size?: number } & SourceInfo;
  dataset: {
    type: string | null;
    title?: string;
    /** How the type was chosen. */
    type_source: 'option' | 'mapping' | 'detected' | 'none';
    confidence?: number;
    grain?: string;
    keys: string[];
    mapping: string | null;
  };
  rows: number;
  invalid_rows: number;
  coverage: { field: string; start: string; end: string } | null;
  conformance: Conformance;
  summary: Record<Severity, number>;
  fields: FieldReport[];
  columns: ColumnReport[];
  findings: FindingGroup[];
  /** Checks that stopped early to stay within memory (for example duplicate keys past a million rows). */
  limits_reached: string[];
}
