// Markdown report (for pull requests, job summaries and issue trackers). Data values are escaped.
import { escapeMarkdown } from './escape.js';
import { formatCount, formatPercent, sampleWhere, workbookSheet } from './format.js';
import type { Report } from './report.js';

export interface MarkdownOptions {
  samples?: number;
  /** Heading level of the report's title (default 2). */
  heading?: number;
}

const cell = (text: string) => escapeMarkdown(text, 200);

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const h = '#'.repeat(options.heading ?? 2);
  const shown = options.samples ?? 5;
  const { dataset, conformance, summary } = report;
  const out: string[] = [];
  out.push(`${h} ${cell(report.file.name)}`, '');
  out.push(
    '| Dataset type | Rows | Level | Score | Errors | Warnings | Info |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
  );
  out.push(
    `| ${dataset.type ?? 'unknown'} | ${formatCount(report.rows)} | **${conformance.level}** | ${conformance.score.toFixed(1)} | ${formatCount(summary.error)} | ${formatCount(summary.warning)} | ${formatCount(summary.info)} |`,
    '',
  );
  if (report.coverage)
    out.push(`Coverage: ${report.coverage.start} to ${report.coverage.end} (\`${report.coverage.field}\`).`, '');
  for (const reason of conformance.reasons) out.push(`- ${cell(reason)}`);
  if (conformance.reasons.length) out.push('');

  const fields = report.fields.filter((field) => field.level !== 'optional' || field.status === 'mapped');
  if (fields.length) {
    out.push(
      `${h}# Fields`,
      '',
      '| Field | Level | Source column | Valid | Empty | Placeholder | Invalid |',
      '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    );
    for (const field of fields) {
      const source =
        field.status === 'missing'
          ? '*not in the file*'
          : field.origin === 'constant'
            ? '*constant from the mapping*'
            : cell(field.columns.join(' + '));
      const valid = field.status === 'missing' ? '—' : formatPercent(field.completeness);
      out.push(
        `| \`${field.name}\` | ${field.level} | ${source} | ${valid} | ${formatCount(field.empty)} | ${formatCount(field.placeholder)} | ${formatCount(field.invalid)} |`,
      );
    }
    out.push('');
  }
  if (report.findings.length) out.push(`${h}# Findings`, '');
  for (const group of report.findings) {
    // Titles and fixes come from the findings catalogue (trusted Markdown); data values are escaped.
    out.push(`**${group.severity}** \`${group.code}\`: ${group.title} (${formatCount(group.count)})`, '');
    for (const sample of group.samples.slice(0, shown)) {
      const where = sampleWhere(sample, workbookSheet(report));
      const value = sample.value ? `${where ? ' ' : ''}“${escapeMarkdown(sample.value, 80)}”` : '';
      // A finding about the whole file has no place to point at: the message alone.
      const head = `${cell(where)}${value}`;
      out.push(`- ${head ? `${head}: ` : ''}${cell(sample.message)}`);
    }
    const listed = Math.min(shown, group.samples.length);
    if (listed === 0 && group.count > 0) out.push(`- ${formatCount(group.count)} in all; no examples kept`);
    else if (group.count > listed) out.push(`- … ${formatCount(group.count - listed)} more`);
    out.push('', `Fix: ${group.fix}`, '');
  }
  return `${out.join('\n')}\n`;
}
