// With several reports: one table row per file, linking to its section, before the details.
import { formatCount } from '../format.js';
import type { Report } from '../report.js';
import { LEVEL_WORDS } from './levels.js';
import { heading, text } from './markup.js';

export function renderOverview(reports: readonly Report[], ids: readonly string[], level: number): string {
  const rows = reports
    .map((report, index) => {
      const { conformance, summary } = report;
      return `<tr>
<th scope="row"><a href="#${ids[index]}">${text(report.file.name, 200)}</a></th>
<td>${report.dataset.type ? `<code>${text(report.dataset.type)}</code>` : 'unknown'}</td>
<td class="num">${formatCount(report.rows)}</td>
<td><span class="pill level-${conformance.level}">${LEVEL_WORDS[conformance.level].name}</span></td>
<td class="num">${conformance.score.toFixed(1)}</td>
<td class="num sev-error">${formatCount(summary.error)}</td>
<td class="num sev-warning">${formatCount(summary.warning)}</td>
<td class="num sev-info">${formatCount(summary.info)}</td>
</tr>`;
    })
    .join('\n');
  return `<section class="overview" aria-labelledby="overview">
${heading(level, 'overview', 'All files')}
<div class="scroll"><table class="overview-table">
<thead><tr><th scope="col">File</th><th scope="col">Dataset type</th><th scope="col" class="num">Rows</th><th scope="col">Level</th><th scope="col" class="num">Score</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Info</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
</section>`;
}
