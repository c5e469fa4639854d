// Annotations on the file and line of the top findings, within GitHub's limits per step (10 errors
// and 10 warnings are shown), with a notice saying how many more there were. The slots of a kind go
// round the finding groups (first sample of each, then the second...), so one noisy finding cannot
// hide the others.
import { type FindingGroup, type Report, type Sample, workbookSheet } from '@policedata/core';
import { annotation } from './commands.js';
import { inWorkflowWords } from './words.js';

export const MAX_PER_KIND = 10;

interface Candidate {
  report: Report;
  group: FindingGroup;
  sample?: Sample;
}

function candidates(
  reports: readonly Report[],
  kind: 'error' | 'warning',
  passing: ReadonlySet<Report>,
): Candidate[][] {
  const lists: Candidate[][] = [];
  for (const report of reports) {
    for (const group of report.findings) {
      // A dataset that clears the bar (fail-on none, say) gets no red marks: its errors are warnings here.
      const shownAs = group.severity === 'error' && passing.has(report) ? 'warning' : group.severity;
      if (shownAs !== kind) continue;
      lists.push(
        group.samples.length ? group.samples.map((sample) => ({ report, group, sample })) : [{ report, group }],
      );
    }
  }
  return lists;
}

function pick(lists: Candidate[][], max: number): Candidate[] {
  const picked: Candidate[] = [];
  for (let round = 0; picked.length < max; round++) {
    const row = lists.map((list) => list[round]).filter((item): item is Candidate => item !== undefined);
    if (row.length === 0) break;
    picked.push(...row.slice(0, max - picked.length));
  }
  return picked;
}

/** Where in the row, and the value as published (samples never hold personal values): `column "Race" = "W"`. */
function place(sample: Sample): string {
  const column = sample.column ? `column "${sample.column}"` : sample.field ? `field ${sample.field}` : '';
  const value = sample.value !== undefined && sample.value !== '' ? `"${sample.value.slice(0, 80)}"` : '';
  if (column && value) return `${column} = ${value}: `;
  if (column || value) return `${column || `value ${value}`}: `;
  return '';
}

function line(kind: 'error' | 'warning', { report, group, sample }: Candidate): string {
  // A workbook has no text lines GitHub could point at: its row goes in the message instead.
  const sheet = workbookSheet(report);
  const workbook = sheet !== undefined;
  const inSheet = sample?.sheet || sheet;
  const row = workbook && sample?.line ? `${inSheet ? `sheet ${inSheet}, ` : ''}row ${sample.line}: ` : '';
  const what = sample
    ? `${row}${place(sample)}${sample.message}`
    : `${group.title} (${group.count.toLocaleString('en-US')})`;
  const message = `${what}\nFix: ${inWorkflowWords(group.fix)}`;
  return annotation(kind, message, {
    file: report.file.name,
    ...(sample?.line && !workbook ? { line: sample.line } : {}),
    title: `policedata ${group.code}${group.severity !== kind ? ` (an ${group.severity} that does not fail this run)` : ''}: ${group.title}`,
  });
}

/**
 * The workflow command lines for the reports' errors and warnings (info findings are left to the
 * summary); `limits` caps each kind (the caller keeps one error slot for its verdict).
 */
export function renderAnnotations(
  reports: readonly Report[],
  limits: Record<'error' | 'warning', number> = { error: MAX_PER_KIND, warning: MAX_PER_KIND },
  passing: ReadonlySet<Report> = new Set(),
  sarif = false,
): string[] {
  const lines: string[] = [];
  const more: string[] = [];
  for (const kind of ['error', 'warning'] as const) {
    const picked = pick(candidates(reports, kind, passing), limits[kind]);
    lines.push(...picked.map((item) => line(kind, item)));
    const shown = (report: Report) =>
      kind === 'error'
        ? passing.has(report)
          ? 0
          : report.summary.error
        : report.summary.warning + (passing.has(report) ? report.summary.error : 0);
    const total = reports.reduce((sum, report) => sum + shown(report), 0);
    const rest = total - picked.length;
    if (rest > 0) more.push(`${rest.toLocaleString('en-US')} more ${kind}${rest === 1 ? '' : 's'}`);
  }
  if (more.length) {
    lines.push(
      annotation(
        'notice',
        `${more.join(' and ')} not annotated (GitHub shows at most ${MAX_PER_KIND} errors and ${MAX_PER_KIND} warnings per step): see the job summary${sarif ? ' or the SARIF file' : ', or set the sarif input to keep every finding'}.`,
        { title: 'policedata: more findings' },
      ),
    );
  }
  return lines;
}
