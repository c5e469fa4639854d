// The job summary: one row per dataset with a pass/fail mark, then per dataset a collapsed block
// with core's Markdown report (the findings with samples and fix hints). File names are escaped.
import { renderMarkdown } from '@policedata/core';
import type { Checked } from './checked.js';

/** Escapes text for a Markdown table cell (control characters, HTML, emphasis, pipes). */
export function markdownCell(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|#]/g, (c) => `\\${c}`)
  );
}

const count = (value: number) => value.toLocaleString('en-US');

export function renderSummary(checked: readonly Checked[]): string {
  const passed = checked.filter((item) => item.reasons.length === 0).length;
  const out: string[] = [
    '## policedata conformance',
    '',
    `${passed} of ${checked.length} dataset${checked.length === 1 ? '' : 's'} pass.`,
    '',
    '| | File | Type | Rows | Level | Score | Errors | Warnings |',
    '| --- | --- | --- | ---: | --- | ---: | ---: | ---: |',
  ];
  for (const { report, reasons } of checked) {
    const mark = reasons.length === 0 ? '✅' : '❌';
    out.push(
      `| ${mark} | ${markdownCell(report.file.name)} | ${report.dataset.type ?? 'unknown'} | ${count(report.rows)} | **${report.conformance.level}** | ${report.conformance.score.toFixed(1)} | ${count(report.summary.error)} | ${count(report.summary.warning)} |`,
    );
  }
  out.push('');
  for (const { report, reasons } of checked) {
    const mark = reasons.length === 0 ? '✅' : '❌';
    const verdict = reasons.length === 0 ? 'passes' : `fails: ${reasons.join('; ')}`;
    out.push(
      '<details>',
      `<summary>${mark} ${markdownCell(report.file.name)}: ${verdict}</summary>`,
      '',
      renderMarkdown(report, { heading: 3, samples: 3 }).trimEnd(),
      '',
      '</details>',
      '',
    );
  }
  return `${out.join('\n')}\n`;
}
