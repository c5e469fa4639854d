// Counts every finding and keeps a capped number of samples per code: counts never stop, samples do.
// Severity overrides and ignores from the options apply here, once, for every stage.
import type { FindingSink } from '../read/types.js';
import { findingDefinition } from './catalogue.js';
import type { Finding, FindingCategory, FindingLocation, FindingParams, Severity } from './definition.js';
import { SpanningRows } from './row-numbers.js';

export interface FindingPolicy {
  /** Severity per code, replacing the catalogue's default. */
  severity: Readonly<Record<string, Severity>>;
  /** Codes not reported at all. */
  ignore: ReadonlySet<string>;
  /** Samples kept per code. */
  maxSamples: number;
}

export interface Sample extends FindingLocation {
  message: string;
  params: FindingParams;
}

export interface FindingGroup {
  code: string;
  severity: Severity;
  category: FindingCategory;
  title: string;
  fix: string;
  /** Exact number of occurrences. */
  count: number;
  samples: Sample[];
}

interface Entry {
  count: number;
  samples: Finding[];
  /** Field and value of each sample, so samples show distinct values rather than one repeated. */
  sampled: Set<string>;
}

const MAX_SAMPLE_VALUE = 500;

/** Within a severity, causes before effects: a broken file or a wrong mapping explains what follows. */
const CATEGORY_ORDER: readonly FindingCategory[] = [
  'privacy',
  'source',
  'structure',
  'mapping',
  'value',
  'schema',
  'dataset',
];

/** Findings about one cell's value keep samples of distinct values; others keep the first rows. */
const DISTINCT_SAMPLES: ReadonlySet<FindingCategory> = new Set(['value', 'mapping']);

function copyText(text: string): string {
  const short = text.length > MAX_SAMPLE_VALUE ? `${text.slice(0, MAX_SAMPLE_VALUE - 1)}…` : text;
  return ` ${short}`.slice(1);
}

export class FindingCollector implements FindingSink {
  private readonly entries = new Map<string, Entry>();
  /** Rows that span several lines, to give each sample its spreadsheet row (see row-numbers.ts). */
  readonly spans = new SpanningRows();

  constructor(
    private readonly file: string,
    private readonly policy: FindingPolicy,
  ) {}

  /**
   * Codes reported at least once with `stopped: true` (reading stopped there), with the line of the
   * first such report, whatever was sampled or ignored.
   */
  readonly stopping = new Map<string, number>();
  /**
   * Every code reported, ignored ones too, with the line of its first report (0 for none): a limit
   * reached, or reading stopped, is a fact about the report even when its finding is not listed.
   */
  readonly reported = new Map<string, number>();

  report(code: string, location: FindingLocation, params: FindingParams = {}): void {
    const definition = findingDefinition(code); // throws on a code missing from the catalogue
    if (params.stopped === true && !this.stopping.has(code)) this.stopping.set(code, location.line ?? 0);
    if (!this.reported.has(code)) this.reported.set(code, location.line ?? 0);
    if (this.policy.ignore.has(code)) return;
    let entry = this.entries.get(code);
    if (!entry) {
      entry = { count: 0, samples: [], sampled: new Set() };
      this.entries.set(code, entry);
    }
    entry.count += 1;
    const key =
      location.value === undefined || !DISTINCT_SAMPLES.has(definition.category)
        ? undefined
        : `${location.field ?? location.column}\u0001${location.value}`;
    if (entry.samples.length < this.policy.maxSamples && (key === undefined || !entry.sampled.has(key))) {
      if (key !== undefined) entry.sampled.add(key);
      const severity = this.severityOf(code);
      // Cell values can be slices of a large decoded chunk; a copy keeps the chunk collectable.
      const kept = location.value === undefined ? location : { ...location, value: copyText(location.value) };
      entry.samples.push({ file: this.file, ...kept, code, severity, params });
    }
  }

  /** The code's severity: the options' override, else the catalogue's. */
  private severityOf(code: string): Severity {
    return this.policy.severity[code] ?? findingDefinition(code).severity;
  }

  isError(code: string): boolean {
    if (this.policy.ignore.has(code)) return false;
    return this.severityOf(code) === 'error';
  }

  rowSpans(line: number, lines: number): void {
    this.spans.add(line, lines);
  }

  count(code: string): number {
    return this.entries.get(code)?.count ?? 0;
  }

  /** `{ row }` for a line whose spreadsheet row differs from it (rows above it spanned lines). */
  private rowOf(line: number | undefined): { row?: number } {
    if (line === undefined || line < 1 || this.spans.size === 0) return {};
    const row = this.spans.rowOf(line);
    return row === undefined || row === line ? {} : { row };
  }

  /** Lines named in a finding's params (`firstLine`, `headerLine`) with their rows too, where they differ. */
  private withRows(params: FindingParams): FindingParams {
    if (this.spans.size === 0) return params;
    const { firstLine, headerLine } = params;
    const firstRow = typeof firstLine === 'number' ? this.rowOf(firstLine).row : undefined;
    const headerRow = typeof headerLine === 'number' ? this.rowOf(headerLine).row : undefined;
    if (firstRow === undefined && headerRow === undefined) return params;
    return {
      ...params,
      ...(firstRow !== undefined ? { firstRow } : {}),
      ...(headerRow !== undefined ? { headerRow } : {}),
    };
  }

  /** Findings grouped by code, errors first, then by count. */
  groups(): FindingGroup[] {
    const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
    return [...this.entries.entries()]
      .map(([code, entry]) => {
        const definition = findingDefinition(code);
        const severity = this.severityOf(code);
        return {
          code,
          severity,
          category: definition.category,
          title: definition.title,
          fix: definition.fix,
          count: entry.count,
          samples: entry.samples.map(({ code: _code, severity: _severity, params: given, ...location }) => {
            const params = this.withRows(given);
            return { ...location, ...this.rowOf(location.line), params, message: definition.message(params as never) };
          }),
        };
      })
      .sort(
        (a, b) =>
          order[a.severity] - order[b.severity] ||
          CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
          b.count - a.count ||
          a.code.localeCompare(b.code),
      );
  }
}
