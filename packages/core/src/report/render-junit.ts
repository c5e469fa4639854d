// JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure DevOps): a test suite per
// file, a test case per finding code. Error findings are failures; warnings and info pass, with
// their samples in system-out. Every value is XML-escaped (escape-xml.ts).
import type { FindingGroup } from '../findings/collector.js';
import { escapeXml } from './escape-xml.js';
import { formatCount, plural, sampleWhere, workbookSheet } from './format.js';
import type { Report } from './report.js';

export interface JunitOptions {
  /** Samples listed per finding code (default 20; the report may hold fewer). */
  samples?: number;
}

const DEFAULT_SAMPLES = 20;
const VALUE_MAX = 200;

const attr = (text: string) => escapeXml(text, 500);

function details(group: FindingGroup, shown: number, sheet: string | undefined): string {
  const lines = group.samples.slice(0, shown).map((sample) => {
    const where = sampleWhere(sample, sheet);
    const value = sample.value !== undefined ? ` = "${escapeXml(sample.value, VALUE_MAX)}"` : '';
    return `${where ? escapeXml(where) : 'file'}${value}: ${escapeXml(sample.message)}`;
  });
  const rest = group.count - Math.min(shown, group.samples.length);
  if (rest > 0) lines.push(`… ${formatCount(rest)} more`);
  lines.push(`Fix: ${escapeXml(group.fix)}`);
  return lines.join('\n');
}

function testCase(group: FindingGroup, className: string, shown: number, sheet: string | undefined): string {
  const name = attr(`${group.code}: ${group.title}`);
  const head = `<testcase name="${name}" classname="${className}" time="0">`;
  const summary = `${group.severity}: ${formatCount(group.count)} × ${group.title}`;
  if (group.severity === 'error') {
    return `    ${head}
      <failure message="${attr(summary)}" type="${group.code}">${details(group, shown, sheet)}</failure>
    </testcase>`;
  }
  return `    ${head}
      <system-out>${escapeXml(summary)}\n${details(group, shown, sheet)}</system-out>
    </testcase>`;
}

function conformanceCase(report: Report, className: string): string {
  const { conformance } = report;
  const lines = [
    `Level ${conformance.level}, score ${conformance.score.toFixed(1)} / 100, ${plural(report.rows, 'row')} (${formatCount(report.invalid_rows)} with errors).`,
    ...conformance.reasons.map((reason) => `- ${escapeXml(reason)}`),
  ];
  return `    <testcase name="conformance level" classname="${className}" time="0">
      <system-out>${lines.join('\n')}</system-out>
    </testcase>`;
}

function testSuite(report: Report, shown: number): string {
  const file = attr(report.file.name || 'data');
  const failures = report.findings.filter((group) => group.severity === 'error').length;
  const properties = [
    ['dataset_type', report.dataset.type ?? 'unknown'],
    ['rows', String(report.rows)],
    ['level', report.conformance.level],
    ['score', report.conformance.score.toFixed(1)],
    ...(report.dataset.mapping ? [['mapping', report.dataset.mapping]] : []),
  ]
    .map(([name, value]) => `      <property name="${name}" value="${attr(value ?? '')}"/>`)
    .join('\n');
  const sheet = workbookSheet(report);
  const cases = [conformanceCase(report, file), ...report.findings.map((group) => testCase(group, file, shown, sheet))];
  return `  <testsuite name="${file}" file="${file}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0" timestamp="${attr(report.validated_at.slice(0, 19))}">
    <properties>
${properties}
    </properties>
${cases.join('\n')}
  </testsuite>`;
}

export function renderJunit(input: Report | readonly Report[], options: JunitOptions = {}): string {
  const reports: readonly Report[] = Array.isArray(input) ? input : [input as Report];
  const shown = options.samples ?? DEFAULT_SAMPLES;
  const tests = reports.reduce((sum, report) => sum + report.findings.length + 1, 0);
  const failures = reports.reduce(
    (sum, report) => sum + report.findings.filter((group) => group.severity === 'error').length,
    0,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="policedata" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">
${reports.map((report) => testSuite(report, shown)).join('\n')}
</testsuites>
`;
}
