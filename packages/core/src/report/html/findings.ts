// Findings grouped by code, each a collapsible <details>: severity, title and count in the summary
// line; what it means, samples (line, column, value, message) and the fix inside.
import { findingDefinition, isFindingCode } from '../../findings/catalogue.js';
import type { FindingGroup, Sample } from '../../findings/collector.js';
import { formatCount } from '../format.js';
import { SEVERITY_WORDS } from './levels.js';
import { heading, prose, text } from './markup.js';

const VALUE_SHOWN = 200;
/** The privacy callout is open on the page: a few examples each keep it short. */
const PRIVACY_SAMPLES = 8;

/** `sheet`: the workbook's sheet ('' when unnamed), undefined for a text file (see workbookSheet). */
function where(sample: Sample, sheet: string | undefined): string {
  const parts: string[] = [];
  const inSheet = sample.sheet || sheet;
  if (inSheet) parts.push(`sheet ${text(inSheet, 60)}, `);
  parts.push(sample.line !== undefined && sample.line > 0 ? formatCount(sample.line) : '—');
  if (sample.row !== undefined && sheet === undefined)
    parts.push(`<br><span class="muted">row ${formatCount(sample.row)} in a spreadsheet</span>`);
  return parts.join('');
}

function column(sample: Sample): string {
  if (sample.column !== undefined && sample.column !== '') {
    const field =
      sample.field && sample.field !== sample.column ? `<br><span class="muted">→ ${text(sample.field)}</span>` : '';
    return `<code>${text(sample.column, 80)}</code>${field}`;
  }
  return sample.field !== undefined ? `<span class="muted">field</span> <code>${text(sample.field)}</code>` : '—';
}

function value(sample: Sample): string {
  if (sample.value === undefined) return '<span class="muted">—</span>';
  if (sample.value === '') return '<span class="muted">(empty)</span>';
  return `<code class="value">${text(sample.value, VALUE_SHOWN)}</code>`;
}

function samples(group: FindingGroup, shown: number, sheet: string | undefined): string {
  const place = sheet === undefined ? 'Line' : 'Row';
  const list = group.samples.slice(0, shown);
  const rest = group.count - list.length;
  const more = rest > 0 ? `<p class="muted">… and ${formatCount(rest)} more not shown.</p>` : '';
  if (list.length === 0) return more;
  const rows = list
    .map(
      (sample) =>
        `<tr><td class="num" data-label="${place}">${where(sample, sheet)}</td><td data-label="Column">${column(sample)}</td><td data-label="Value">${value(sample)}</td><td data-label="What is wrong">${prose(sample.message)}</td></tr>`,
    )
    .join('\n');
  return `<div class="scroll"><table class="samples">
<caption class="sr-only">Examples of ${text(group.code)}</caption>
<thead><tr><th scope="col" class="num">${place}</th><th scope="col">Column</th><th scope="col">Value</th><th scope="col">What is wrong</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>${more}`;
}

function renderGroup(group: FindingGroup, shown: number, open: boolean, sheet: string | undefined): string {
  const description = isFindingCode(group.code) ? findingDefinition(group.code).description : '';
  const words = SEVERITY_WORDS[group.severity];
  return `<details class="finding sev-${group.severity}"${open ? ' open' : ''}>
<summary><span class="badge sev-${group.severity}">${words.one}</span> <span class="title">${prose(group.title)}</span> <span class="code">${text(group.code)}</span> <span class="times">${formatCount(group.count)}×</span></summary>
<div class="body">
${description ? `<p>${prose(description)}</p>` : ''}
${samples(group, shown, sheet)}
<p class="fix"><strong>How to fix it:</strong> ${prose(group.fix)}</p>
</div>
</details>`;
}

/** Privacy findings first and prominent: a callout with every group open. */
export function renderPrivacy(
  groups: readonly FindingGroup[],
  level: number,
  id: string,
  shown: number,
  sheet?: string,
): string {
  if (groups.length === 0) {
    return `<p class="privacy-ok" role="note"><strong>Privacy:</strong> the checks for personal data found nothing: fields and column names that identify people, Social Security and phone numbers and e-mail addresses in text, and exact house-number addresses in the address field. They cannot see everything (a name in a column of another name, an address split over columns the mapping does not join): look over the file before you publish it.</p>`;
  }
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  return `<section class="privacy" aria-labelledby="${id}-privacy">
${heading(level, `${id}-privacy`, 'Personal data: check before publishing')}
<p>${formatCount(total)} ${total === 1 ? 'finding suggests' : 'findings suggest'} that the file identifies people. Police open data is read by anyone; review these first.</p>
${groups.map((group) => renderGroup(group, Math.min(shown, PRIVACY_SAMPLES), true, sheet)).join('\n')}
</section>`;
}

export function renderFindings(
  groups: readonly FindingGroup[],
  level: number,
  id: string,
  shown: number,
  sheet?: string,
): string {
  const body = groups.length
    ? `<p>Grouped by kind, errors first. Open one to see examples and how to fix it.</p>\n${groups.map((group) => renderGroup(group, shown, false, sheet)).join('\n')}`
    : '<p>No other findings.</p>';
  return `<section class="findings" aria-labelledby="${id}-findings">
${heading(level, `${id}-findings`, 'Findings')}
${body}
</section>`;
}
