// HTML report: one self-contained page (inline CSS, no script, nothing loaded from the network) that
// a person who is not a programmer can read: summary, privacy first, field coverage, findings.
// Every value from the data is escaped (html/markup.ts); a Content-Security-Policy forbids scripts
// and remote loads as a second line of defence.

import { workbookSheet } from './format.js';
import { renderCoverage } from './html/coverage-chart.js';
import { renderFindings, renderPrivacy } from './html/findings.js';
import { text } from './html/markup.js';
import { renderOverview } from './html/overview.js';
import { HTML_STYLES } from './html/styles.js';
import { renderSummary } from './html/summary.js';
import type { Report } from './report.js';

export interface HtmlOptions {
  /** Samples shown per finding code (default 20; the report may hold fewer). */
  samples?: number;
  /** The page title (default: the file name, or the number of files). */
  title?: string;
}

const DEFAULT_SAMPLES = 20;
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The sections of one report; `level` is the heading level of its sections. */
function renderBody(report: Report, level: number, id: string, shown: number): string {
  const privacy = report.findings.filter((group) => group.category === 'privacy');
  const others = report.findings.filter((group) => group.category !== 'privacy');
  return [
    renderSummary(report, level, id),
    // No rows read means nothing was checked for personal data: say nothing rather than "found nothing".
    report.rows > 0 || privacy.length > 0 ? renderPrivacy(privacy, level, id, shown, workbookSheet(report)) : '',
    renderCoverage(report, level, id),
    renderFindings(others, level, id, shown, workbookSheet(report)),
  ]
    .filter(Boolean)
    .join('\n');
}

function checkedWith(report: Report): string {
  const when = report.validated_at.replace('T', ' ').slice(0, 16);
  return `Checked ${text(when)} UTC with policedata ${text(report.tool.version)} against version ${text(report.standard_version)} of the standard.`;
}

export function renderHtml(input: Report | readonly Report[], options: HtmlOptions = {}): string {
  const reports: readonly Report[] = Array.isArray(input) ? input : [input as Report];
  const shown = options.samples ?? DEFAULT_SAMPLES;
  const [only] = reports;
  let title: string;
  let main: string;
  if (reports.length === 1 && only) {
    title = options.title ?? only.file.name;
    main = `<header class="page">
<p class="brand">policedata conformance report</p>
<h1>${text(title, 200)}</h1>
<p class="muted">${checkedWith(only)}</p>
</header>
<main>
${renderBody(only, 2, 'r1', shown)}
</main>`;
  } else {
    const ids = reports.map((_, index) => `r${index + 1}`);
    title = options.title ?? `${reports.length} files`;
    const sections = reports
      .map(
        (report, index) => `<article class="report" aria-labelledby="${ids[index]}">
<h2 id="${ids[index]}">${text(report.file.name, 200)}</h2>
${renderBody(report, 3, ids[index] ?? `r${index + 1}`, shown)}
</article>`,
      )
      .join('\n');
    main = `<header class="page">
<p class="brand">policedata conformance report</p>
<h1>${text(title, 200)}</h1>
${only ? `<p class="muted">${checkedWith(only)}</p>` : ''}
</header>
<main>
${reports.length ? renderOverview(reports, ids, 2) : '<p>No files were checked.</p>'}
${sections}
</main>`;
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${text(`policedata report: ${title}`, 200)}</title>
<style>${HTML_STYLES}</style>
</head>
<body>
${main}
<footer class="page"><p>Made by <strong>policedata</strong>, a shared data standard for police open data. This page needs no network connection and runs no scripts.</p></footer>
</body>
</html>
`;
}
