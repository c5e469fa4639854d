// Renders the reports of one run in one format. Several files in text: one summary line each first,
// then the details of each; in JSON an array of reports (one file: the report itself). HTML, SARIF
// and JUnit hold every file in one document.
import {
  type Report,
  renderHtml,
  renderJson,
  renderJunit,
  renderMarkdown,
  renderSarif,
  renderSummaryLine,
  renderText,
  type TextStyle,
} from '@policedata/core';
import type { Format } from '../commands/validate/args.js';

export interface RenderOptions {
  style: TextStyle;
  /** Samples shown per finding code. */
  samples?: number;
  /** Text: summary lines only. */
  summaryOnly?: boolean;
  /** SARIF: file URIs are relative to this directory. */
  cwd?: string;
  /** SARIF: reports that passed their own bar (their errors are results of level warning). */
  passing?: ReadonlySet<Report>;
}

function renderTextReports(reports: readonly Report[], options: RenderOptions): string {
  const textOptions = { style: options.style, ...(options.samples !== undefined ? { samples: options.samples } : {}) };
  const summaries = reports.map((report) => renderSummaryLine(report, options.style)).join('\n');
  if (options.summaryOnly) return `${summaries}\n`;
  const [only] = reports;
  if (reports.length === 1 && only) return renderText(only, textOptions);
  return `${summaries}\n\n${reports.map((report) => renderText(report, textOptions)).join('\n')}`;
}

export function renderReports(reports: readonly Report[], format: Format, options: RenderOptions): string {
  const samples = options.samples !== undefined ? { samples: options.samples } : {};
  switch (format) {
    case 'json':
      return reports.length === 1 && reports[0] ? renderJson(reports[0]) : `${JSON.stringify(reports, null, 2)}\n`;
    case 'markdown':
      return reports.map((report) => renderMarkdown(report, samples)).join('\n');
    case 'text':
      return renderTextReports(reports, options);
    case 'html':
      return renderHtml(reports, samples);
    case 'sarif':
      return renderSarif(reports, {
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
        ...(options.passing ? { passing: options.passing } : {}),
      });
    case 'junit':
      return renderJunit(reports, samples);
  }
}
