// The field coverage chart: one horizontal bar per field, split into the shares of rows whose value
// is valid, a placeholder (NULL, -), empty or invalid. CSS bars, with the numbers as text for
// screen readers and for print.
import { formatPercent } from '../format.js';
import type { FieldReport, Report } from '../report.js';
import { heading, text } from './markup.js';

const PARTS = [
  { key: 'valid', label: 'valid' },
  { key: 'placeholder', label: 'placeholder' },
  { key: 'empty', label: 'empty' },
  { key: 'invalid', label: 'invalid' },
] as const;

const LEVEL_ORDER = { required: 0, recommended: 1, optional: 2 } as const;

function source(field: FieldReport): string {
  if (field.status === 'missing') return '<span class="muted">not in the file</span>';
  if (field.origin === 'constant') return '<span class="muted">a constant from the mapping</span>';
  return field.columns.map((column) => `<code>${text(column, 60)}</code>`).join(' + ');
}

function bar(field: FieldReport, rows: number): string {
  if (field.status === 'missing') {
    return `<div class="bar missing" role="img" aria-label="${text(field.name)}: not in the file"></div>`;
  }
  const total = Math.max(rows, field.valid + field.placeholder + field.empty + field.invalid, 1);
  const shares = PARTS.map((part) => ({ ...part, share: field[part.key] / total }));
  const label = shares
    .filter((part) => part.share > 0)
    .map((part) => `${formatPercent(part.share)} ${part.label}`)
    .join(', ');
  const segments = shares
    .filter((part) => part.share > 0)
    .map((part) => `<span class="seg ${part.key}" style="width:${(part.share * 100).toFixed(2)}%"></span>`)
    .join('');
  const described = `${text(field.name)}: ${label || 'no values'}`;
  return `<div class="bar" role="img" aria-label="${described}" title="${described}">${segments}</div>`;
}

function row(field: FieldReport, rows: number): string {
  const pii = field.pii ? ' <span class="tag pii" title="personal data">personal data</span>' : '';
  const valid = field.status === 'missing' ? '—' : formatPercent(field.completeness);
  return `<tr class="${field.status}">
<th scope="row"><code>${text(field.name)}</code>${pii}</th>
<td data-label="Level"><span class="tag lvl-${field.level}">${field.level}</span></td>
<td class="src" data-label="Source column">${source(field)}</td>
<td class="chart" data-label="Share of rows">${bar(field, rows)}</td>
<td class="num" data-label="Valid">${valid}</td>
</tr>`;
}

function legend(): string {
  const items = PARTS.map(
    (part) => `<li><span class="swatch ${part.key}" aria-hidden="true"></span>${part.label}</li>`,
  );
  items.push('<li><span class="swatch missing" aria-hidden="true"></span>not in the file</li>');
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

function columnsNote(report: Report): string {
  const unmapped = report.columns.filter((column) => column.status === 'unmapped').map((column) => column.name);
  const ignored = report.columns.filter((column) => column.status === 'ignored').length;
  const parts: string[] = [];
  if (unmapped.length) {
    parts.push(
      `Columns of the file that feed no field: ${unmapped.map((name) => `<code>${text(name || '(blank)', 60)}</code>`).join(', ')}.`,
    );
  }
  if (ignored)
    parts.push(`${ignored} more ${ignored === 1 ? 'column is' : 'columns are'} set aside by the mapping file.`);
  return parts.length ? `<p class="note">${parts.join(' ')}</p>` : '';
}

export function renderCoverage(report: Report, level: number, id: string): string {
  const shown = report.fields
    .filter((field) => field.status === 'mapped' || field.level !== 'optional')
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const absent = report.fields.filter((field) => field.status === 'missing' && field.level === 'optional');
  if (report.fields.length === 0) return '';
  const absentNote = absent.length
    ? `<p class="note">Optional fields not in the file: ${absent.map((field) => `<code>${text(field.name)}</code>`).join(', ')}.</p>`
    : '';
  return `<section class="coverage" aria-labelledby="${id}-fields">
${heading(level, `${id}-fields`, 'Field coverage')}
<p>For each field of the standard, the share of rows where it holds a valid value, a placeholder (such as <code>NULL</code>), nothing, or a value that is not valid.</p>
${legend()}
<div class="scroll"><table class="fields">
<thead><tr><th scope="col">Field</th><th scope="col">Level</th><th scope="col">Source column</th><th scope="col">Share of rows</th><th scope="col" class="num">Valid</th></tr></thead>
<tbody>
${shown.map((field) => row(field, report.rows)).join('\n')}
</tbody>
</table></div>
${absentNote}${columnsNote(report)}
</section>`;
}
