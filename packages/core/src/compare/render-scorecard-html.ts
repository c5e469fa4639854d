// The scorecard as one self-contained page: a score chart and a focus-field heat map (inline SVG,
// each with a text alternative), the matrix of agencies by dataset types, a field-coverage table per
// dataset type, what could not be crosswalked, and the changes between releases. No script, nothing
// from the network; every name and value from the data is escaped.
import { formatCount, formatPercent, plural } from '../report/format.js';
import { heading, text } from '../report/html/markup.js';
import { BANDS, bandOf, page } from './html-page.js';
import { renderDiffSection } from './render-diff-html.js';
import type { Scorecard, ScorecardSource, ScorecardType } from './scorecard.js';

const LEVEL_FILL = { none: '#d92d20', basic: '#dc6803', good: '#079455', complete: '#05603a' } as const;
const LABEL_WIDTH = 230;
const ROW = 26;

function scoreChart(card: Scorecard): string {
  const width = 760;
  const plot = width - LABEL_WIDTH - 110;
  const height = card.sources.length * ROW + 30;
  const described = card.sources.map((s) => `${s.label}: ${s.score.toFixed(1)} (${s.level})`).join('; ');
  const bars = card.sources
    .map((source, index) => {
      const y = 20 + index * ROW;
      const w = Math.max(1, (source.score / 100) * plot);
      return `<g><title>${text(`${source.label} (${source.dataset_type}): score ${source.score.toFixed(1)}, level ${source.level}`)}</title>
<text x="${LABEL_WIDTH - 8}" y="${y + 14}" text-anchor="end" font-size="13" fill="#1d2433">${text(source.label, 34)}</text>
<rect x="${LABEL_WIDTH}" y="${y + 2}" width="${plot}" height="16" fill="#eef0f3"/>
<rect class="score-bar" x="${LABEL_WIDTH}" y="${y + 2}" width="${w.toFixed(1)}" height="16" fill="${LEVEL_FILL[source.level]}"/>
<text x="${LABEL_WIDTH + plot + 8}" y="${y + 14}" font-size="13" fill="#1d2433">${source.score.toFixed(1)} · ${source.level}</text></g>`;
    })
    .join('\n');
  const ticks = [0, 25, 50, 75, 100]
    .map((tick) => {
      const x = LABEL_WIDTH + (tick / 100) * plot;
      return `<line x1="${x}" x2="${x}" y1="16" y2="${height - 8}" stroke="#d5dae1"/><text x="${x}" y="12" font-size="11" text-anchor="middle" fill="#4b5565">${tick}</text>`;
    })
    .join('');
  return `<figure>
<figcaption>Score (0-100) of each dataset, coloured by level</figcaption>
<svg class="chart score-chart" role="img" aria-label="${text(`Scores: ${described}`)}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">
${ticks}
${bars}
</svg>
<ul class="legend" aria-hidden="true">${Object.entries(LEVEL_FILL)
    .map(([level, fill]) => `<li><span class="swatch" style="background:${fill}"></span>${level}</li>`)
    .join('')}</ul>
</figure>`;
}

function heatMap(card: Scorecard): string {
  const cellW = 86;
  const width = LABEL_WIDTH + card.focus.length * cellW + 10;
  const height = 44 + card.sources.length * ROW;
  const header = card.focus
    .map(
      (concept, i) =>
        `<text x="${LABEL_WIDTH + i * cellW + cellW / 2}" y="30" font-size="12" font-weight="600" text-anchor="middle" fill="#1d2433">${text(concept.label)}</text>`,
    )
    .join('');
  const rows = card.sources
    .map((source, r) => {
      const y = 40 + r * ROW;
      const cells = source.focus
        .map((entry, i) => {
          const x = LABEL_WIDTH + i * cellW;
          const label = card.focus[i]?.label ?? entry.concept;
          if (entry.fields.length === 0 || entry.completeness === null) {
            const what = entry.fields.length === 0 ? 'n/a' : '—';
            const why = entry.fields.length === 0 ? 'no such field in this dataset type' : 'not published';
            return `<g class="cell"><title>${text(`${source.label}, ${label}: ${why}`)}</title><rect x="${x + 1}" y="${y}" width="${cellW - 2}" height="${ROW - 2}" fill="url(#np)" stroke="#d5dae1"/><text x="${x + cellW / 2}" y="${y + 16}" font-size="12" text-anchor="middle" fill="#4b5565">${what}</text></g>`;
          }
          const band = bandOf(entry.completeness);
          return `<g class="cell"><title>${text(`${source.label}, ${label}: ${formatPercent(entry.completeness)} of rows valid`)}</title><rect x="${x + 1}" y="${y}" width="${cellW - 2}" height="${ROW - 2}" fill="${band.fill}"/><text x="${x + cellW / 2}" y="${y + 16}" font-size="12" text-anchor="middle" fill="${band.ink}">${formatPercent(entry.completeness)}</text></g>`;
        })
        .join('');
      return `<text x="${LABEL_WIDTH - 8}" y="${y + 16}" text-anchor="end" font-size="13" fill="#1d2433">${text(source.label, 34)}</text>${cells}`;
    })
    .join('\n');
  const summary = card.sources
    .map(
      (source) =>
        `${source.label}: ${source.focus
          .map(
            (entry, i) =>
              `${card.focus[i]?.label} ${entry.completeness === null ? (entry.fields.length ? 'not published' : 'n/a') : formatPercent(entry.completeness)}`,
          )
          .join(', ')}`,
    )
    .join('; ');
  return `<figure>
<figcaption>Focus fields of the Police Data Initiative: share of rows with a valid value</figcaption>
<div class="scroll"><svg class="chart heat-map" role="img" aria-label="${text(summary)}" viewBox="0 0 ${width} ${height}" width="100%" style="min-width:640px;max-width:${width}px">
<defs><pattern id="np" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="7" height="7" fill="#f6f7f9"/><rect width="2" height="7" fill="#e4e7ec"/></pattern></defs>
${header}
${rows}
</svg></div>
<ul class="legend" aria-hidden="true">${BANDS.map((band) => `<li><span class="swatch" style="background:${band.fill}"></span>${band.label}</li>`).join('')}<li><span class="swatch missing"></span>not published (—) or no such field (n/a)</li></ul>
</figure>`;
}

function matrix(card: Scorecard): string {
  const types = card.dataset_types;
  const rows = card.agencies
    .map((agency) => {
      const cells = types.map((type) => {
        const sources = card.sources.filter((s) => s.agency === agency.name && s.dataset_type === type.dataset_type);
        if (sources.length === 0) return '<td class="np"><span class="sr-only">not in the manifest</span>—</td>';
        return `<td>${sources
          .map(
            (s) =>
              `<span class="entry">${s.release ? `<strong>${text(s.release, 40)}</strong> ` : ''}<span class="pill level-${s.level}">${s.level}</span> ${s.score.toFixed(1)}<br><span class="muted">${plural(s.rows, 'row')} · ${s.coverage ? `<span class="nowrap">${s.coverage.start}</span> to <span class="nowrap">${s.coverage.end}</span>` : 'no dates'}</span></span>`,
          )
          .join('')}</td>`;
      });
      const where = [agency.city, agency.state].filter(Boolean).join(', ');
      return `<tr><th scope="row">${text(agency.name, 120)}${where ? `<br><span class="muted">${text(where)}</span>` : ''}</th>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<div class="scroll"><table class="matrix">
<caption class="sr-only">Agencies by dataset types: level, score, rows and period</caption>
<thead><tr><th scope="col">Agency</th>${types.map((type) => `<th scope="col">${text(type.title)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

function coverageTable(card: Scorecard, type: ScorecardType): string {
  const sources = type.sources.map((id) => card.sources.find((source) => source.id === id) as ScorecardSource);
  const rows = type.fields
    .map((name) => {
      const fields = sources.map((source) => source.fields.find((field) => field.name === name));
      const first = fields.find(Boolean);
      const cells = fields.map((field) => {
        if (!field || field.status === 'not_published')
          return '<td class="np"><span aria-hidden="true">—</span><span class="sr-only">not published</span></td>';
        const band = bandOf(field.completeness);
        const xw = field.not_crosswalked
          ? `<span class="xw" title="${text(field.not_crosswalked.values.join(', '))}">⚠ ${formatCount(field.not_crosswalked.rows)} not crosswalked</span>`
          : '';
        return `<td class="num" style="background:${band.fill};color:${band.ink}">${formatPercent(field.completeness)}${xw}</td>`;
      });
      return `<tr class="${first?.focus ? 'focus' : ''}"><th scope="row"><code>${text(name)}</code></th><td><span class="tag lvl-${first?.level}">${first?.level}</span></td>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<div class="scroll"><table class="coverage">
<caption class="sr-only">${text(type.title)}: share of rows with a valid value, per field and dataset</caption>
<thead><tr><th scope="col">Field</th><th scope="col">Level</th>${sources.map((source) => `<th scope="col" class="num">${text(source.label, 60)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

function typeSection(card: Scorecard, type: ScorecardType, index: number): string {
  const id = `t${index + 1}`;
  const sources = type.sources.map((sid) => card.sources.find((source) => source.id === sid) as ScorecardSource);
  const crosswalk = sources.flatMap((source) =>
    source.fields
      .filter((field) => field.not_crosswalked)
      .map(
        (field) =>
          `<li>${text(source.label)}, <code>${text(field.name)}</code>: ${formatCount(field.not_crosswalked?.rows ?? 0)} ${field.not_crosswalked?.rows === 1 ? 'row' : 'rows'}${
            field.not_crosswalked?.values.length
              ? `, such as ${field.not_crosswalked.values.map((value) => `<code class="value">${text(value, 60)}</code>`).join(' ')}`
              : ''
          }</li>`,
      ),
  );
  const missing = sources.map(
    (source) =>
      `<li>${text(source.label)}: ${source.not_published.length ? source.not_published.map((name) => `<code>${text(name)}</code>`).join(', ') : 'publishes every required and recommended field'}</li>`,
  );
  return `<section aria-labelledby="${id}">
${heading(2, id, `${text(type.title)} <span class="muted">(${text(type.dataset_type)})</span>`)}
<p>Share of rows with a valid value per field, after the mapping's crosswalks. ★ focus field; <strong>—</strong> not published (no column feeds it); 0.0% published but empty or unreadable; ⚠ rows whose value could not be crosswalked onto the standard's code list.</p>
${coverageTable(card, type)}
${type.unpublished_optional.length ? `<p class="note">Optional fields none of them publishes: ${type.unpublished_optional.map((name) => `<code>${text(name)}</code>`).join(', ')}.</p>` : ''}
${crosswalk.length ? `${heading(3, `${id}-xw`, 'Values that could not be crosswalked')}<ul>${crosswalk.join('')}</ul>` : ''}
${heading(3, `${id}-np`, 'Required and recommended fields not published')}
<ul>${missing.join('')}</ul>
</section>`;
}

export function renderScorecardHtml(card: Scorecard): string {
  const types = card.dataset_types.length;
  const changes = card.changes.map((change, index) => {
    const from = card.sources.find((source) => source.id === change.from)?.label ?? change.from;
    const to = card.sources.find((source) => source.id === change.to)?.label ?? change.to;
    return renderDiffSection(change.diff, 3, `c${index + 1}`, `${from} → ${to}`);
  });
  const sourcesTable = card.sources
    .map(
      (source) =>
        `<tr><th scope="row">${text(source.label)}</th><td>${text(source.agency)}</td><td>${source.files.map((file) => `<code>${text(file, 120)}</code>`).join('<br>')}</td><td>${source.mapping ? `<code>${text(source.mapping, 120)}</code>` : '<span class="muted">none</span>'}</td></tr>`,
    )
    .join('\n');
  const body = `<p>${plural(card.sources.length, 'dataset')} from ${plural(card.agencies.length, 'agency', 'agencies')}, ${plural(types, 'dataset type')}, checked against version ${text(card.standard_version)} of the policedata standard with the same formulas for every agency.</p>
<section aria-labelledby="overview">
${heading(2, 'overview', 'Scorecard')}
${scoreChart(card)}
${matrix(card)}
</section>
<section aria-labelledby="focus">
${heading(2, 'focus', 'Focus fields')}
<p>The fields the Police Data Initiative asks every city to publish. Location is the best of address, coordinates, district and beat.</p>
${heatMap(card)}
</section>
${card.dataset_types.map((type, index) => typeSection(card, type, index)).join('\n')}
${changes.length ? `<section aria-labelledby="changes">${heading(2, 'changes', 'Changes between releases')}\n${changes.join('\n')}</section>` : ''}
<section aria-labelledby="sources">
${heading(2, 'sources', 'Sources')}
<div class="scroll"><table><thead><tr><th scope="col">Dataset</th><th scope="col">Agency</th><th scope="col">Files</th><th scope="col">Mapping</th></tr></thead>
<tbody>
${sourcesTable}
</tbody></table></div>
</section>`;
  return page(card.title, 'scorecard', body);
}
