// A corpus of hostile cell payloads (markup, script URLs, template syntax, terminal escapes, bidi
// overrides, NUL) planted in a small stops CSV, for the renderer tests. Nothing here is committed as
// data: the CSV is written at run time.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFile } from '../src/node.js';
import type { Report } from '../src/report/report.js';
import { validateRows } from '../src/validate-source.js';

export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  '<a href="javascript:alert(1)">click</a>',
  '</style><script>alert(2)</script>',
  '</textarea></title><script>alert(3)</script>',
  '<!-- comment --><iframe src=//evil>',
  ']]><x>',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax as a payload is the point
  '${7*7}',
  '\u001b[31mred\u001b[0m\u001b]8;;http://evil\u0007link',
  '\u202eexe.txt',
  'nul\u0000byte',
  '=HYPERLINK("http://evil","x")',
] as const;

export const HOSTILE_FILE_NAME = 'hostile <b>"file"</b>\u202e.csv';
/** Characters that must never reach a rendered page raw: C0 controls but tab, LF and CR, DEL, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
/** The same, and line breaks and tabs too (for one-line messages). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const RAW_CONTROL_OR_BREAK = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

const HEADER = ['stop_id', 'stop_date', 'subject_race', 'subject_sex', 'notes', '<script>alert("header")</script>'];
const OPTIONS = { type: 'stops', fileName: HOSTILE_FILE_NAME, maxSamples: 100, asOf: '2026-01-01' };

/** Each payload in coded fields, a date, free text and an unmapped column whose name is hostile too. */
function rows(payloads: readonly string[]): string[][] {
  return payloads.map((payload, index) => [
    String(index + 1),
    index % 2 ? payload : '2019-06-14',
    payload,
    index % 2 ? 'male' : payload,
    payload,
    payload,
  ]);
}

/** The whole corpus, validated as rows in memory (a NUL byte would make a file on disk "binary"). */
export function hostileRowsReport(): Promise<Report> {
  const lines = rows(PAYLOADS).map((cells, index) => ({ line: index + 2, cells }));
  return validateRows(HEADER, lines, OPTIONS);
}

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

/** The corpus without NUL, written as a CSV file and validated from disk. */
export function hostileFileReport(): Promise<Report> {
  const text = [HEADER, ...rows(PAYLOADS.filter((payload) => !payload.includes('\u0000')))]
    .map((cells) => cells.map(quote).join(','))
    .join('\n');
  const path = join(mkdtempSync(join(tmpdir(), 'policedata-hostile-')), 'hostile.csv');
  writeFileSync(path, `${text}\n`);
  return validateFile(path, OPTIONS);
}
