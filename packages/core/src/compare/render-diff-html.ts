// HTML for two releases of one source compared: a section (used inside the scorecard page) and a
// page of its own (`policedata diff --format html`). Every name and value from the data is escaped.
import { formatCount, formatPercent } from '../report/format.js';
import { heading, text } from '../report/html/markup.js';
import type { DateFormatCount } from '../report/report.js';
import type { ColumnChange, FindingChange, ReportDiff } from './diff.js';
import { countShown } from './diff.js';
import { page } from './html-page.js';

const signedCount = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatCount(Math.abs(value))}`;
const signed = (value: number, digits = 1) =>
  `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(digits)}`;
const codes = (names: readonly string[]) =>
  names.length ? names.map((name) => `<code>${text(name)}</code>`).join(', ') : '<span class="muted">no field</span>';
const formats = (list: readonly DateFormatCount[]) =>
  list.map((entry) => `<code>${text(entry.format)}</code> (${formatCount(entry.rows)})`).join(', ');

const PAIRED: Record<NonNullable<ColumnChange['paired_by']>, string> = {
  spelling: 'same name, spelled differently',
  same_field: 'feeds the same field',
  alias: "the standard's alias for the field",
};
const STATUS: Record<FindingChange['status'], string> = {
  new: 'new',
  fixed: 'fixed',
  more: 'more',
  fewer: 'fewer',
  same: 'unchanged',
};
const FIELD_STATUS = {
  now_published: 'now published',
  no_longer_published: 'no longer published',
  more_complete: 'more complete',
  less_complete: 'less complete',
};

function table(caption: string, head: string[], rows: string[][]): string {
  return `<div class="scroll"><table>
<caption class="sr-only">${text(caption)}</caption>
<thead><tr>${head.map((cell) => `<th scope="col">${cell}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((cells) => `<tr>${cells.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`).join('\n')}
</tbody></table></div>`;
}

/** The diff as a section; `level` is its heading level, `id` a prefix for the ids it makes. */
export function renderDiffSection(diff: ReportDiff, level: number, id: string, title?: string): string {
  const { old, new: next } = diff;
  const period = (side: ReportDiff['old']) => (side.coverage ? `${side.coverage.start} to ${side.coverage.end}` : '—');
  const parts: string[] = [];
  parts.push(
    heading(level, id, text(title ?? `${old.file} → ${next.file}`, 200)),
    table(
      'Old and new release',
      ['', 'Old', 'New', 'Change'],
      [
        ['File', text(old.file, 100), text(next.file, 100), ''],
        ['Rows', formatCount(old.rows), formatCount(next.rows), signedCount(next.rows - old.rows)],
        ['Period', period(old), period(next), ''],
        [
          'Level',
          `<span class="pill level-${old.level}">${old.level}</span>`,
          `<span class="pill level-${next.level}">${next.level}</span>`,
          old.level === next.level ? 'same' : `${old.level} → ${next.level}`,
        ],
        ['Score', old.score.toFixed(1), next.score.toFixed(1), signed(next.score - old.score)],
        [
          'Rows with errors',
          formatCount(old.invalid_rows),
          formatCount(next.invalid_rows),
          signedCount(next.invalid_rows - old.invalid_rows),
        ],
      ],
    ),
  );
  for (const note of diff.notes) parts.push(`<p class="note">${text(note, 400)}</p>`);
  parts.push(heading(level + 1, `${id}-drift`, 'Schema drift'));
  if (diff.columns.length === 0 && diff.date_formats.length === 0) {
    parts.push('<p>No columns renamed, dropped or added, and no date format changed.</p>');
  }
  if (diff.columns.length) {
    parts.push(
      heading(level + 2, `${id}-columns`, 'Columns renamed, dropped or added'),
      table(
        'Columns renamed, dropped or added',
        ['Change', 'Old column', 'New column', 'Fields', 'Paired by'],
        diff.columns.map((column) => [
          column.kind,
          column.old !== undefined ? `<code>${text(column.old, 80)}</code>` : '—',
          column.new !== undefined ? `<code>${text(column.new, 80)}</code>` : '—',
          codes(column.fields),
          column.paired_by ? PAIRED[column.paired_by] : '',
        ]),
      ),
    );
  }
  if (diff.date_formats.length) {
    parts.push(
      heading(level + 2, `${id}-dates`, 'Date formats changed'),
      table(
        'Date formats changed',
        ['Column', 'Fields', 'Before', 'After'],
        diff.date_formats.map((change) => [
          change.old_column === change.new_column
            ? `<code>${text(change.new_column, 80)}</code>`
            : `<code>${text(change.old_column, 80)}</code> → <code>${text(change.new_column, 80)}</code>`,
          codes(change.fields),
          formats(change.before),
          formats(change.after),
        ]),
      ),
    );
  }
  if (diff.fields.length) {
    const share = (value: number | null) => (value === null ? 'not published' : formatPercent(value));
    parts.push(
      heading(level + 1, `${id}-fields`, 'Fields'),
      table(
        'Fields that changed',
        ['Field', 'Level', 'Change', 'Before', 'After'],
        diff.fields.map((field) => [
          `<code>${text(field.name)}</code>`,
          field.level,
          FIELD_STATUS[field.status],
          share(field.before),
          share(field.after),
        ]),
      ),
    );
  }
  const changed = diff.findings.filter((finding) => finding.status !== 'same');
  parts.push(heading(level + 1, `${id}-findings`, 'Findings'));
  if (changed.length === 0) parts.push('<p>The same findings, in the same numbers.</p>');
  else
    parts.push(
      table(
        'Findings new, fixed or changed',
        ['Code', 'Change', 'Severity', 'Old', 'New', 'Fields', 'New values'],
        changed.map((finding) => [
          `<code>${text(finding.code)}</code>`,
          `<span class="st-${finding.status}">${STATUS[finding.status]}</span>`,
          finding.severity,
          countShown(finding.old_count, diff.old.rows, finding),
          countShown(finding.new_count, diff.new.rows, finding),
          codes([...new Set([...finding.old_fields, ...finding.new_fields])]),
          finding.new_values.map((value) => `<code class="value">${text(value, 60)}</code>`).join(' '),
        ]),
      ),
    );
  return `<section class="change" aria-labelledby="${id}">\n${parts.join('\n')}\n</section>`;
}

export function renderDiffHtml(diff: ReportDiff): string {
  return page(`${diff.old.file} → ${diff.new.file}`, 'release comparison', renderDiffSection(diff, 2, 'd1', 'Summary'));
}
