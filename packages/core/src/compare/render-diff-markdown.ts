// Markdown for two releases of one source compared (report diff): what changed in level and score,
// schema drift (columns renamed, dropped, added; date formats changed), fields that appeared or went
// away, and findings that are new, fixed or changed. Column names and values are data: escaped.
import { escapeMarkdown } from '../report/escape.js';
import { formatCount, formatPercent } from '../report/format.js';
import type { DateFormatCount } from '../report/report.js';
import type { FindingChange, ReportDiff } from './diff.js';
import { countShown } from './diff.js';

const cell = (text: string) => escapeMarkdown(text, 120);
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

export interface DiffMarkdownOptions {
  /** Heading level of the diff's title (default 1). */
  heading?: number;
  /** A title instead of the two file names. */
  title?: string;
}

const formats = (list: readonly DateFormatCount[]) =>
  list.map((entry) => `${code(entry.format)} (${formatCount(entry.rows)})`).join(', ');

const signedCount = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatCount(Math.abs(value))}`;
const signed = (value: number, digits = 1) =>
  `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(digits)}`;

const STATUS_WORDS: Record<FindingChange['status'], string> = {
  new: 'new',
  fixed: 'fixed',
  more: 'more',
  fewer: 'fewer',
  same: 'unchanged',
};

export function renderDiffMarkdown(diff: ReportDiff, options: DiffMarkdownOptions = {}): string {
  const level = options.heading ?? 1;
  const h = '#'.repeat(level);
  const { old, new: next } = diff;
  const out: string[] = [];
  out.push(`${h} ${options.title ? cell(options.title) : `${cell(old.file)} → ${cell(next.file)}`}`, '');
  out.push(
    '| | Old | New | Change |',
    '| --- | --- | --- | ---: |',
    `| File | ${cell(old.file)} | ${cell(next.file)} | |`,
    `| Rows | ${formatCount(old.rows)} | ${formatCount(next.rows)} | ${signedCount(next.rows - old.rows)} |`,
    `| Period | ${old.coverage ? `${old.coverage.start} to ${old.coverage.end}` : '—'} | ${next.coverage ? `${next.coverage.start} to ${next.coverage.end}` : '—'} | |`,
    `| Level | **${old.level}** | **${next.level}** | ${old.level === next.level ? 'same' : `${old.level} → ${next.level}`} |`,
    `| Score | ${old.score.toFixed(1)} | ${next.score.toFixed(1)} | ${signed(next.score - old.score)} |`,
    `| Rows with errors | ${formatCount(old.invalid_rows)} | ${formatCount(next.invalid_rows)} | ${signedCount(next.invalid_rows - old.invalid_rows)} |`,
    '',
  );
  for (const note of diff.notes) out.push(`> ${escapeMarkdown(note, 600)}`, '');

  out.push(`${h}# Schema drift`, '');
  if (diff.columns.length === 0 && diff.date_formats.length === 0)
    out.push('No columns renamed, dropped or added, and no date format changed.', '');
  const renamed = diff.columns.filter((column) => column.kind === 'renamed');
  const dropped = diff.columns.filter((column) => column.kind === 'dropped');
  const added = diff.columns.filter((column) => column.kind === 'added');
  const fed = (fields: readonly string[]) => (fields.length ? fields.map(code).join(', ') : '*no field*');
  const PAIRED = {
    spelling: 'same name, spelled differently',
    same_field: 'feeds the same field',
    alias: "the standard's alias for the field",
  };
  if (renamed.length) {
    out.push('**Renamed columns**', '', '| Old column | New column | Field | Paired by |', '| --- | --- | --- | --- |');
    for (const column of renamed)
      out.push(
        `| ${cell(column.old ?? '')} | ${cell(column.new ?? '')} | ${fed(column.fields)} | ${column.paired_by ? PAIRED[column.paired_by] : ''} |`,
      );
    out.push('');
  }
  if (dropped.length) {
    out.push('**Dropped columns**', '', '| Column | Fed |', '| --- | --- |');
    for (const column of dropped) out.push(`| ${cell(column.old ?? '')} | ${fed(column.fields)} |`);
    out.push('');
  }
  if (added.length) {
    out.push('**Added columns**', '', '| Column | Feeds |', '| --- | --- |');
    for (const column of added) out.push(`| ${cell(column.new ?? '')} | ${fed(column.fields)} |`);
    out.push('');
  }
  if (diff.date_formats.length) {
    out.push('**Date formats changed**', '', '| Column | Field | Before | After |', '| --- | --- | --- | --- |');
    for (const change of diff.date_formats) {
      const name =
        change.old_column === change.new_column
          ? cell(change.new_column)
          : `${cell(change.old_column)} → ${cell(change.new_column)}`;
      out.push(`| ${name} | ${fed(change.fields)} | ${formats(change.before)} | ${formats(change.after)} |`);
    }
    out.push('');
  }

  if (diff.fields.length) {
    const share = (value: number | null) => (value === null ? 'not published' : formatPercent(value));
    const WORDS = {
      now_published: 'now published',
      no_longer_published: 'no longer published',
      more_complete: 'more complete',
      less_complete: 'less complete',
    };
    out.push(`${h}# Fields`, '', '| Field | Level | Change | Before | After |', '| --- | --- | --- | ---: | ---: |');
    for (const field of diff.fields)
      out.push(
        `| ${code(field.name)} | ${field.level} | ${WORDS[field.status]} | ${share(field.before)} | ${share(field.after)} |`,
      );
    out.push('');
  }

  const changed = diff.findings.filter((finding) => finding.status !== 'same');
  out.push(`${h}# Findings`, '');
  if (changed.length === 0) out.push('The same findings, in the same numbers.', '');
  else {
    out.push(
      '| Change | Severity | Code | Old | New | Fields | New values |',
      '| --- | --- | --- | ---: | ---: | --- | --- |',
    );
    for (const finding of changed) {
      const fields = [...new Set([...finding.old_fields, ...finding.new_fields])].map(code).join(', ');
      const values = finding.new_values.map((value) => `“${escapeMarkdown(value, 40)}”`).join(', ');
      out.push(
        `| **${STATUS_WORDS[finding.status]}** | ${finding.severity} | ${code(finding.code)} | ${countShown(finding.old_count, diff.old.rows, finding)} | ${countShown(finding.new_count, diff.new.rows, finding)} | ${fields} | ${values} |`,
      );
    }
    out.push('');
  }
  const same = diff.findings.filter((finding) => finding.status === 'same');
  if (same.length)
    out.push(
      `Unchanged: ${same.map((finding) => `${code(finding.code)} (${formatCount(finding.new_count)})`).join(', ')}.`,
      '',
    );
  return `${out.join('\n').trimEnd()}\n`;
}
