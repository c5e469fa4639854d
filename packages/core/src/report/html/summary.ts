// The summary of one report: level (with what it means), score, counts by severity, the facts of
// the file and what stands between it and the next level.
import { SEVERITIES } from '../../findings/definition.js';
import { CONFORMANCE_LEVELS } from '../conformance.js';
import { formatCount, formatPercent } from '../format.js';
import type { Report } from '../report.js';
import { LEVEL_WORDS, SEVERITY_WORDS } from './levels.js';
import { heading, text } from './markup.js';

function typeSource(report: Report): string {
  const { dataset } = report;
  switch (dataset.type_source) {
    case 'detected':
      return ` <span class="muted">(detected from the columns, ${Math.round((dataset.confidence ?? 0) * 100)}% confidence)</span>`;
    case 'mapping':
      return ' <span class="muted">(from the mapping file)</span>';
    case 'option':
      return ' <span class="muted">(given with --type)</span>';
    default:
      return '';
  }
}

function facts(report: Report): string {
  const { dataset, file } = report;
  const rows: [string, string][] = [];
  const type = dataset.type ? `${text(dataset.title ?? dataset.type)} <code>${text(dataset.type)}</code>` : 'unknown';
  rows.push(['Dataset type', `${type}${typeSource(report)}`]);
  const withErrors = report.rows > 0 ? ` (${formatPercent(report.invalid_rows / report.rows)})` : '';
  rows.push([
    'Rows',
    `${formatCount(report.rows)} <span class="muted">· ${formatCount(report.invalid_rows)} with errors${withErrors}</span>`,
  ]);
  if (report.coverage) {
    rows.push([
      'Dates covered',
      `${text(report.coverage.start)} to ${text(report.coverage.end)} <span class="muted">(${text(report.coverage.field)})</span>`,
    ]);
  }
  const format = [file.format, file.encoding, file.compressed, file.sheet ? `sheet ${file.sheet}` : undefined]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .map((part) => text(part))
    .join(', ');
  const size =
    file.size !== undefined ? ` <span class="muted">· ${formatCount(Math.ceil(file.size / 1024))} KB</span>` : '';
  rows.push(['File', `${format || 'unknown'}${size}`]);
  rows.push(['Mapping file', dataset.mapping ? `<code>${text(dataset.mapping)}</code>` : 'none']);
  return `<dl class="facts">${rows.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`).join('')}</dl>`;
}

function ladder(report: Report): string {
  const at = CONFORMANCE_LEVELS.indexOf(report.conformance.level);
  const steps = CONFORMANCE_LEVELS.map((level, index) => {
    const state = index === at ? ' aria-current="step" class="current"' : index < at ? ' class="reached"' : '';
    return `<li${state}>${LEVEL_WORDS[level].name}</li>`;
  }).join('');
  return `<ol class="ladder" aria-label="Levels, lowest to highest">${steps}</ol>`;
}

function levelCard(report: Report): string {
  const { level, score } = report.conformance;
  const words = LEVEL_WORDS[level];
  return `<div class="card level level-${level}">
<p class="label">Conformance level</p>
<p class="big">${words.name}</p>
<p>${words.meaning}</p>
${ladder(report)}
</div>
<div class="card score">
<p class="label">Score</p>
<p class="big">${score.toFixed(1)} <span class="of">/ 100</span></p>
<div class="meter" role="img" aria-label="Score ${score.toFixed(1)} out of 100"><span style="width:${Math.max(0, Math.min(100, score)).toFixed(1)}%"></span></div>
<p>How much of the standard the file meets: required fields count most, then recommended and optional fields and rows without errors.</p>
</div>`;
}

function counts(report: Report): string {
  const items = SEVERITIES.map((severity) => {
    const count = report.summary[severity];
    const words = SEVERITY_WORDS[severity];
    return `<li class="count sev-${severity}"><span class="num">${formatCount(count)}</span><span class="what">${count === 1 ? words.one : words.many}</span><span class="why">${words.meaning}</span></li>`;
  }).join('');
  return `<div class="card counts"><p class="label">Findings</p><ul>${items}</ul></div>`;
}

function reasons(report: Report, level: number, id: string): string {
  const list = report.conformance.reasons;
  if (list.length === 0) return '';
  const next = CONFORMANCE_LEVELS[CONFORMANCE_LEVELS.indexOf(report.conformance.level) + 1];
  const title = next ? `What keeps this file from level ${LEVEL_WORDS[next].name}` : 'Notes';
  return `${heading(level, `${id}-reasons`, title)}<ul class="reasons">${list.map((reason) => `<li>${text(reason)}</li>`).join('')}</ul>`;
}

export function renderSummary(report: Report, level: number, id: string): string {
  const limits = report.limits_reached.length
    ? `<p class="note">Limits that keep memory and time bounded were reached (see the findings): ${report.limits_reached.map((limit) => `<code>${text(limit)}</code>`).join(', ')}.</p>`
    : '';
  return `<section class="summary" aria-labelledby="${id}-summary">
${heading(level, `${id}-summary`, 'Summary')}
<div class="cards">${levelCard(report)}${counts(report)}</div>
${facts(report)}
${reasons(report, level + 1, id)}${limits}
</section>`;
}
