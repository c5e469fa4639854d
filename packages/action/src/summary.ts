// The job summary: one row per dataset with a pass/fail mark, then per dataset a collapsed block
// with core's Markdown report (the findings with samples and fix hints). File names are escaped.
import { renderMarkdown } from '@policedata/core';
import { barText, type Checked } from './checked.js';
import { inWorkflowWords } from './words.js';

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

/**
 * GitHub refuses a step summary over 1 MiB (and shows none of it). The table always fits; the
 * per-dataset details are added while they fit under this, and the rest are named in a note.
 */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

const bytes = (text: string) => new TextEncoder().encode(text).length;

export function renderSummary(checked: readonly Checked[], limit = SUMMARY_LIMIT_BYTES): string {
  const passed = checked.filter((item) => item.reasons.length === 0).length;
  const out: string[] = [
    '## policedata conformance',
    '',
    `${passed} of ${checked.length} dataset${checked.length === 1 ? '' : 's'} ${passed === 1 ? 'passes' : 'pass'} the bar set for ${checked.length === 1 ? 'it' : 'each'}.`,
    '',
    '| | File | Type | Rows | Level | Score | Errors | Warnings | Bar |',
    '| --- | --- | --- | ---: | --- | ---: | ---: | ---: | --- |',
  ];
  for (const { report, reasons, gate } of checked) {
    const mark = reasons.length === 0 ? '✅' : '❌';
    out.push(
      `| ${mark} | ${markdownCell(report.file.name)} | ${report.dataset.type ?? 'unknown'} | ${count(report.rows)} | **${report.conformance.level}** | ${report.conformance.score.toFixed(1)} | ${count(report.summary.error)} | ${count(report.summary.warning)} | ${gate ? barText(gate) : ''} |`,
    );
  }
  out.push('');
  let size = bytes(`${out.join('\n')}\n`);
  const left: string[] = [];
  for (const { report, reasons } of checked) {
    const mark = reasons.length === 0 ? '✅' : '❌';
    const verdict = reasons.length === 0 ? 'passes' : `fails: ${reasons.join('; ')}`;
    const block = [
      '<details>',
      `<summary>${mark} ${markdownCell(report.file.name)}: ${verdict}</summary>`,
      '',
      inWorkflowWords(renderMarkdown(report, { heading: 3, samples: 3 })).trimEnd(),
      '',
      '</details>',
      '',
    ];
    const blockSize = bytes(`${block.join('\n')}\n`);
    // Room is kept for the note below (a few hundred bytes per dataset left out at most).
    if (left.length > 0 || size + blockSize + 512 + 300 * checked.length > limit) {
      left.push(report.file.name);
      continue;
    }
    out.push(...block);
    size += blockSize;
  }
  if (left.length > 0) {
    out.push(
      `> [!NOTE]`,
      `> The findings of ${left.length} dataset${left.length === 1 ? '' : 's'} are left out of this summary, which GitHub limits to 1 MiB: ${left.map(markdownCell).join(', ')}. Set the \`report\` or \`sarif\` input to keep every finding, or run \`policedata validate\` on ${left.length === 1 ? 'it' : 'them'}.`,
      '',
    );
  }
  return `${out.join('\n')}\n`;
}
