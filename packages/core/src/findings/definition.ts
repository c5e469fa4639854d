// What a finding is. Data stays apart from words: a finding carries its code, location and typed
// params; its message is rendered from the params by the catalogue entry, so every renderer (and
// any translation) works from the same data.

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Which stage of the pipeline raises a finding. */
export type FindingCategory = 'source' | 'structure' | 'mapping' | 'value' | 'schema' | 'dataset' | 'privacy';

export type FindingParams = Record<string, string | number | boolean | string[] | undefined>;

export interface FindingDefinition<P extends FindingParams = FindingParams> {
  /** Stable snake_case code; never renamed once released. */
  code: string;
  /** Default severity: error = the standard says must, warning = should, info = worth knowing. */
  severity: Severity;
  category: FindingCategory;
  /** One line, no trailing full stop. */
  title: string;
  description: string;
  /** How to fix it, addressed to the person who publishes the file. */
  fix: string;
  /** Renders one occurrence from its params. */
  message: (params: P) => string;
  /**
   * Raised at most once per row (and field), so its count is a number of rows: comparisons of
   * files of different sizes use its share of the rows. Findings about values and the schema are
   * per row by their category; this marks the others that are.
   */
  perRow?: true;
}

/** Where a finding occurred. Lines are physical lines of the file (1-based; a header is line 1). */
export interface FindingLocation {
  file?: string;
  line?: number;
  /**
   * The row a spreadsheet program shows for `line`, when they differ: rows above it held line
   * breaks inside quoted cells, so the file's lines ran ahead of its rows.
   */
  row?: number;
  column?: string;
  field?: string;
  value?: string;
  /** Spreadsheet sheet name, for workbooks. */
  sheet?: string;
}

export interface Finding extends FindingLocation {
  code: string;
  severity: Severity;
  params: FindingParams;
}

/** Declares a catalogue entry; the generic keeps `message` typed against its params. */
export function defineFinding<P extends FindingParams>(definition: FindingDefinition<P>): FindingDefinition<P> {
  return definition;
}
