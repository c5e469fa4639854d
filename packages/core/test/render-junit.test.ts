// JUnit XML: well formed (fast-xml-parser's validator), one suite per file, one case per finding
// code, failures for errors only, and hostile cells escaped.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeTerminal } from '../src/report/escape.js';
import { escapeXml } from '../src/report/escape-xml.js';
import { renderJunit } from '../src/report/render-junit.js';
import type { Report } from '../src/report/report.js';
import { validateRows } from '../src/validate-source.js';
import { HOSTILE_FILE_NAME, hostileRowsReport, PAYLOADS, RAW_CONTROL } from './hostile-cells.js';

interface Case {
  '@_name': string;
  failure?: { '#text': string; '@_message': string; '@_type': string };
  'system-out'?: string;
}
interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  properties: { property: { '@_name': string; '@_value': string }[] };
  testcase: Case[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});

function parse(xml: string): { testsuites: Record<string, string> & { testsuite: Suite[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const rows = [
  ['1', '2019-06-14', 'black', 'male'],
  ['2', '2019-06-15', 'W', 'female'],
  ['2', '06/16/2019', 'white', 'M'],
].map((cells, index) => ({ line: index + 2, cells }));

describe('JUnit output', () => {
  let report: Report;
  let hostile: Report;
  beforeAll(async () => {
    report = await validateRows(['stop_id', 'stop_date', 'subject_race', 'subject_sex'], rows, {
      type: 'stops',
      fileName: 'data/stops.csv',
      asOf: '2026-01-01',
    });
    hostile = await hostileRowsReport();
  });

  it('has a suite per file and a case per finding code, failing on errors only', () => {
    const xml = renderJunit([report, hostile]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="policedata"')).toBe(true);
    const { testsuites } = parse(xml);
    expect(testsuites.testsuite.map((suite) => suite['@_name'])).toEqual([
      'data/stops.csv',
      escapeTerminal(HOSTILE_FILE_NAME),
    ]);
    const [suite] = testsuites.testsuite;
    const errors = report.findings.filter((group) => group.severity === 'error');
    expect(suite?.['@_tests']).toBe(String(report.findings.length + 1));
    expect(suite?.['@_failures']).toBe(String(errors.length));
    expect(suite?.testcase.map((c) => c['@_name'])).toEqual([
      'conformance level',
      ...report.findings.map((group) => `${group.code}: ${group.title}`),
    ]);
    const properties = Object.fromEntries(suite?.properties.property.map((p) => [p['@_name'], p['@_value']]) ?? []);
    expect(properties).toMatchObject({ dataset_type: 'stops', rows: '3', level: report.conformance.level });
    const unmapped = suite?.testcase.find((c) => c['@_name'].startsWith('unmapped_code'));
    expect(unmapped?.failure?.['@_type']).toBe('unmapped_code');
    expect(unmapped?.failure?.['@_message']).toBe('error: 2 × A value that is not in the code list');
    expect(unmapped?.failure?.['#text']).toContain('line 3, column "subject_race" = "W": Not in the code list "Race".');
    expect(unmapped?.failure?.['#text']).toMatch(/\nFix: Add the value/);
    const missing = suite?.testcase.find((c) => c['@_name'].startsWith('recommended_field_missing'));
    expect(missing?.failure).toBeUndefined();
    expect(missing?.['system-out']).toMatch(/^warning: \d+ × A recommended field is not in the file\n/);
    const total = Number(testsuites['@_failures']);
    expect(total).toBe(
      [report, hostile].reduce((sum, r) => sum + r.findings.filter((g) => g.severity === 'error').length, 0),
    );
  });

  it('escapes hostile cells: the XML stays well formed and gives the values back as text', () => {
    const xml = renderJunit(hostile, { samples: 100 });
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(RAW_CONTROL);
    const { testsuites } = parse(xml);
    const text = testsuites.testsuite[0]?.testcase.map((c) => c.failure?.['#text'] ?? c['system-out'] ?? '').join('\n');
    for (const payload of PAYLOADS) expect(text).toContain(`"${escapeTerminal(payload.trim(), 200)}"`);
  });

  it('escapes what XML cannot hold', () => {
    expect(escapeXml('a\u0000b\ud800c\uffff<&>"\'')).toBe('a\\x00b\\ud800c\\uffff&lt;&amp;&gt;&quot;&apos;');
    expect(escapeXml('emoji 😀 stays')).toBe('emoji 😀 stays');
  });
});
