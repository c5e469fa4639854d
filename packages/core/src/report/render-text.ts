// Plain-text report for terminals: the summary first, then findings grouped by code with samples
// and the fix. Front ends pass a style (the CLI passes chalk colours); values are always escaped.
import { escapeTerminal } from './escape.js';
import { formatCount, formatPercent, plural, sampleWhere, workbookSheet } from './format.js';
import type { Report } from './report.js';

type Paint = (text: string) => string;
export interface TextStyle {
  error: Paint;
  warning: Paint;
  info: Paint;
  ok: Paint;
  bold: Paint;
  dim: Paint;
}

const plain: Paint = (text) => text;
export const PLAIN_STYLE: TextStyle = { error: plain, warning: plain, info: plain, ok: plain, bold: plain, dim: plain };

export interface TextOptions {
  style?: TextStyle;
  /** Samples shown per finding code (the report may hold more). */
  samples?: number;
}

export function renderSummaryLine(report: Report, style: TextStyle = PLAIN_STYLE): string {
  const { conformance, summary } = report;
  const level = conformance.level === 'none' ? style.error : conformance.level === 'basic' ? style.warning : style.ok;
  return [
    style.bold(escapeTerminal(report.file.name, 200)),
    report.dataset.type ?? 'unknown type',
    plural(report.rows, 'row'),
    level(`level ${conformance.level}`),
    `score ${conformance.score.toFixed(1)}`,
    style.error(plural(summary.error, 'error')),
    style.warning(plural(summary.warning, 'warning')),
    style.info(`${formatCount(summary.info)} info`),
  ].join('  ');
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const style = options.style ?? PLAIN_STYLE;
  const shown = options.samples ?? 5;
  const lines: string[] = [];
  const { dataset, conformance } = report;
  lines.push(style.bold(`${escapeTerminal(report.file.name, 200)}`));
  const how =
    dataset.type_source === 'detected' ? ` (detected, ${Math.round((dataset.confidence ?? 0) * 100)}% confidence)` : '';
  lines.push(
    `  Dataset   ${dataset.type ?? 'unknown'}${how}${dataset.mapping ? `, mapping ${escapeTerminal(dataset.mapping)}` : ''}`,
  );
  const format = [report.file.format, report.file.encoding, report.file.compressed].filter(Boolean).join(', ');
  lines.push(`  File      ${format}`);
  lines.push(`  Rows      ${formatCount(report.rows)} (${formatCount(report.invalid_rows)} with errors)`);
  if (report.coverage)
    lines.push(`  Coverage  ${report.coverage.start} to ${report.coverage.end} (${report.coverage.field})`);
  const paint = conformance.level === 'none' ? style.error : conformance.level === 'basic' ? style.warning : style.ok;
  lines.push(`  Level     ${paint(conformance.level.toUpperCase())}   Score ${conformance.score.toFixed(1)} / 100`);
  const { summary } = report;
  lines.push(
    `  Findings  ${style.error(plural(summary.error, 'error'))}, ${style.warning(plural(summary.warning, 'warning'))}, ${style.info(`${formatCount(summary.info)} info`)}`,
  );
  for (const reason of conformance.reasons) lines.push(`  ${style.dim('•')} ${reason}`);

  const keyFields = report.fields.filter((field) => field.level !== 'optional' || field.status === 'mapped');
  if (keyFields.length) {
    lines.push('', style.bold('Fields'));
    const width = Math.max(...keyFields.map((field) => field.name.length));
    for (const field of keyFields) {
      const mark =
        field.status === 'missing' || field.completeness === 0
          ? style.error('✗')
          : field.completeness >= 0.95
            ? style.ok('✓')
            : style.warning('~');
      const source =
        field.status === 'missing'
          ? style.dim('not in the file')
          : field.origin === 'constant'
            ? style.dim('constant from the mapping')
            : escapeTerminal(field.columns.join(' + '), 60);
      const numbers = field.status === 'missing' ? '' : `${formatPercent(field.completeness)} valid`;
      lines.push(`  ${mark} ${field.name.padEnd(width)}  ${field.level.padEnd(11)}  ${numbers.padEnd(12)}  ${source}`);
    }
  }

  if (report.findings.length) lines.push('', style.bold('Findings'));
  for (const group of report.findings) {
    const paintGroup = style[group.severity];
    lines.push(
      '',
      `${paintGroup(group.severity.toUpperCase())} ${style.bold(group.code)}  ${group.title} (${formatCount(group.count)})`,
    );
    for (const sample of group.samples.slice(0, shown)) {
      // Column and sheet names come from the file: a line break in one must not break the layout.
      const where = escapeTerminal(sampleWhere(sample, workbookSheet(report)), 300);
      const value = sample.value ? `${where ? ' = ' : 'value '}"${escapeTerminal(sample.value, 60)}"` : '';
      // A finding about the whole file has no place to point at: the message alone.
      const head = `${where}${value}`;
      lines.push(`  ${head ? `${head}: ` : ''}${escapeTerminal(sample.message, 300)}`);
    }
    const listed = Math.min(shown, group.samples.length);
    if (listed === 0 && group.count > 0)
      lines.push(style.dim(`  ${formatCount(group.count)} in all; no examples kept`));
    else if (group.count > listed) lines.push(style.dim(`  … ${formatCount(group.count - listed)} more`));
    lines.push(`  ${style.dim('Fix:')} ${group.fix}`);
  }
  return `${lines.join('\n')}\n`;
}
