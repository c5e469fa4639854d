// Small formatting helpers shared by the renderers.
import type { Sample } from '../findings/collector.js';
import { inSpreadsheet } from '../findings/row-numbers.js';

export const formatCount = (value: number): string => value.toLocaleString('en-US');

/** `count` followed by the noun, singular or plural: `1 error`, `1,024 rows`. */
export const plural = (count: number, singular: string, pluralForm = `${singular}s`): string =>
  `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;

export const formatPercent = (share: number): string => `${(Math.round(share * 1000) / 10).toFixed(1)}%`;

/** `line 12, column "Race"` for a sample, without its value. */
export function sampleWhere(sample: Sample, sheet?: string): string {
  const parts: string[] = [];
  // In a workbook (`sheet` given, '' when unnamed) every place is a sheet's row.
  const inSheet = sample.sheet || sheet;
  if (inSheet) parts.push(`sheet ${inSheet}`);
  // Line 0 stands for no line (a finding about the mapping or the whole file).
  if (sample.line !== undefined && sample.line > 0) {
    // Where rows above held line breaks in cells, a spreadsheet shows the row under another number.
    parts.push(sheet !== undefined ? `row ${sample.line}` : `line ${sample.line}${inSpreadsheet(sample.row)}`);
  }
  if (sample.column !== undefined && sample.column !== '') parts.push(`column "${sample.column}"`);
  else if (sample.field !== undefined) parts.push(`field ${sample.field}`);
  return parts.join(', ');
}

/** The sheet of a report on a workbook ('' when unnamed), so that places read "sheet S, row N"; undefined for text files. */
export function workbookSheet(report: { file: { format: string; sheet?: string } }): string | undefined {
  return report.file.format === 'xlsx' || report.file.format === 'xls' ? (report.file.sheet ?? '') : undefined;
}
