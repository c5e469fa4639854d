// @policedata/core: the validator engine. Web-standard APIs only; Node adapters are in `./node`.
export {
  type ColumnChange,
  type DateFormatChange,
  DIFF_SCHEMA_ID,
  DIFF_VERSION,
  diffReports,
  type FieldChange,
  type FindingChange,
  type ReportDiff,
} from './compare/diff.js';
export { FOCUS_CONCEPTS, type FocusConcept, focusFields } from './compare/focus.js';
export {
  type CompareManifest,
  type DatasetDescriptor,
  MANIFEST_SCHEMA_ID,
  type ManifestAgency,
  type ManifestSource,
  type ParsedManifest,
  parseDescriptor,
  parseManifest,
  type ResolvedSource,
  resolveSource,
} from './compare/manifest.js';
export { renderDiffHtml } from './compare/render-diff-html.js';
export { type DiffMarkdownOptions, renderDiffMarkdown } from './compare/render-diff-markdown.js';
export { renderScorecardCsv, SCORECARD_CSV_COLUMNS } from './compare/render-scorecard-csv.js';
export { renderScorecardHtml } from './compare/render-scorecard-html.js';
export { renderScorecardMarkdown, type ScorecardMarkdownOptions } from './compare/render-scorecard-markdown.js';
export {
  buildScorecard,
  SCORECARD_SCHEMA_ID,
  SCORECARD_VERSION,
  type Scorecard,
  type ScorecardAgency,
  type ScorecardChange,
  type ScorecardField,
  type ScorecardInput,
  type ScorecardOptions,
  type ScorecardSource,
  type ScorecardType,
} from './compare/scorecard.js';
export { ManifestError, MappingError, PolicedataError, type Problem, UnknownDatasetTypeError } from './errors.js';
export { catalogue, findingDefinition, isFindingCode } from './findings/catalogue.js';
export type { FindingGroup, Sample } from './findings/collector.js';
export type { Finding, FindingCategory, FindingDefinition, Severity } from './findings/definition.js';
export { SEVERITIES } from './findings/definition.js';
export {
  DEFAULT_MAX_TRACKED_KEYS,
  LIMITS,
  type LimitInfo,
  type LimitOption,
  limitHint,
  parseLimitValue,
} from './limits.js';
export { detectDatasetType, type TypeDetection } from './mapping/detect-type.js';
export { normaliseName } from './mapping/header-match.js';
export { type MappingFile, parseMapping } from './mapping/mapping-file.js';
export { buildPlan, DEFAULT_MISSING_VALUES, type Plan } from './mapping/plan.js';
export { type MappingProposal, type ProposedField, proposeMapping } from './mapping/propose.js';
export type { ProposedValue } from './mapping/propose-values.js';
export { closest, didYouMean } from './mapping/suggest.js';
export { writeMappingYaml } from './mapping/write-mapping-yaml.js';
export { defendFormula, undefendFormula } from './normalize/csv-cell.js';
export { NORMALIZE_FORMATS, type NormalizeFormat } from './normalize/writers.js';
export { type NormalizeOptions, type NormalizeResult, normalizeSource } from './normalize-source.js';
export type { Progress, ValidateOptions } from './options.js';
export { plainMessage } from './plain-errors.js';
export { DEFAULT_SAMPLE_ROWS, type ProposeOptions, proposeMappingForSource } from './propose-source.js';
export { delimiterOf } from './read/delimiter.js';
export { type ByteSource, DEFAULT_LIMITS, type ReadLimits, type SourceRow } from './read/types.js';
export { CONFORMANCE_LEVELS, type Conformance, type ConformanceLevel } from './report/conformance.js';
export { formatCount, plural, workbookSheet } from './report/format.js';
export { DEFAULT_GATE, FAIL_ON, type FailOn, type Gate, judge } from './report/gate.js';
export { type HtmlOptions, renderHtml } from './report/render-html.js';
export { renderJson } from './report/render-json.js';
export { type JunitOptions, renderJunit } from './report/render-junit.js';
export { type MarkdownOptions, renderMarkdown } from './report/render-markdown.js';
export { renderSarif, SARIF_SCHEMA, type SarifOptions } from './report/render-sarif.js';
export {
  PLAIN_STYLE,
  renderSummaryLine,
  renderText,
  type TextOptions,
  type TextStyle,
} from './report/render-text.js';
export { REPORT_SCHEMA_ID, REPORT_VERSION, type Report } from './report/report.js';
export type { RowHook, TypedRow } from './validate/row-hook.js';
export { validateRows, validateSource } from './validate-source.js';
export { VERSION } from './version.js';

/** A File or Blob (browser) as a byte source. */
export function blobByteSource(blob: Blob, name = (blob as File).name ?? 'file'): import('./read/types.js').ByteSource {
  return { name, size: blob.size, stream: () => blob.stream() };
}
