// SARIF output: valid against the SARIF 2.1.0 schema (fixtures/sarif, from @microsoft/jest-sarif),
// rules from the findings catalogue, one result per sample with its file and line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { findingDefinition } from '../src/findings/catalogue.js';
import { artifactUri } from '../src/report/artifact-uri.js';
import { renderSarif } from '../src/report/render-sarif.js';
import type { Report } from '../src/report/report.js';
import { validateRows } from '../src/validate-source.js';
import { hostileRowsReport, PAYLOADS, RAW_CONTROL_OR_BREAK } from './hostile-cells.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module namespace.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

function sarifValidator() {
  const {
    $schema: _draft04,
    id,
    ...schema
  } = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // strict off: the schema is draft-04 in style (no strict-mode hints). unicodeRegExp off: its
  // `language` pattern has a stray `]` that only a non-unicode RegExp accepts (as a literal).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ $schema: 'http://json-schema.org/draft-07/schema#', $id: id, ...schema });
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string; index: number }; region?: { startLine: number } };
  }[];
  properties: Record<string, unknown>;
}

const header = ['stop_id', 'stop_date', 'subject_race', 'subject_sex', 'search_basis'];
const cells = [
  ['1', '2019-06-14', 'black', 'male', ''],
  ['2', '2019-06-15', 'W', 'female', 'consent'],
  ['2', '06/16/2019', 'white', 'M', ''],
  ['4', '2031-01-01', 'NULL', 'female', ''],
];

describe('SARIF output', () => {
  const validate = sarifValidator();
  let report: Report;
  let hostile: Report;
  beforeAll(async () => {
    const rows = cells.map((row, index) => ({ line: index + 2, cells: row }));
    report = await validateRows(header, rows, {
      type: 'stops',
      fileName: 'data/stops 2019.csv',
      asOf: '2026-01-01',
      severity: { unmapped_code: 'warning' },
    });
    hostile = await hostileRowsReport();
  });

  it('is valid SARIF 2.1.0, for one report and for several', () => {
    for (const input of [report, [report, hostile]]) {
      const log = JSON.parse(renderSarif(input));
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
      expect(log.version).toBe('2.1.0');
      expect(log.runs).toHaveLength(1);
    }
  });

  it('is checked by a schema that does reject wrong SARIF', () => {
    const log = JSON.parse(renderSarif(report));
    log.runs[0].results[0].level = 'info';
    expect(validate(log)).toBe(false);
    const noRegion = JSON.parse(renderSarif(report));
    noRegion.runs[0].results[0].locations[0].physicalLocation.region = { startLine: 0 };
    expect(validate(noRegion)).toBe(false);
  });

  it('names the tool and takes rule metadata from the catalogue', () => {
    const { driver } = JSON.parse(renderSarif(report)).runs[0].tool;
    expect(driver).toMatchObject({ name: 'policedata', version: report.tool.version });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const codes = report.findings.map((group) => group.code);
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(codes);
    const unmapped = driver.rules.find((rule: { id: string }) => rule.id === 'unmapped_code');
    const definition = findingDefinition('unmapped_code');
    expect(unmapped).toMatchObject({
      shortDescription: { text: definition.title },
      fullDescription: { text: definition.description },
      help: { text: definition.fix },
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules.find((rule: { id: string }) => rule.id === 'recommended_field_missing')).toMatchObject({
      defaultConfiguration: { level: 'warning' },
    });
  });

  it('gives every sample a result with its level, message, file and line, and the total count', () => {
    const run = JSON.parse(renderSarif(report)).runs[0];
    const results: SarifResult[] = run.results;
    const samples = report.findings.reduce((sum, group) => sum + group.samples.length, 0);
    expect(results).toHaveLength(samples);
    const unmapped = results.filter((result) => result.ruleId === 'unmapped_code');
    expect(unmapped).toHaveLength(2);
    expect(unmapped[0]).toMatchObject({
      level: 'warning', // overridden from error
      message: {
        text: 'Not in the code list "Race". If it means "white", add it to the crosswalk. (value "W", column "subject_race")',
      },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'data/stops%202019.csv', index: 0 }, region: { startLine: 3 } },
        },
      ],
      properties: { count: 2, samples: 2, column: 'subject_race', value: 'W' },
    });
    expect(run.rules?.[unmapped[0]?.ruleIndex ?? -1]).toBeUndefined();
    expect(run.tool.driver.rules[unmapped[0]?.ruleIndex ?? -1].id).toBe('unmapped_code');
    const missing = results.find((result) => result.ruleId === 'recommended_field_missing');
    expect(missing?.level).toBe('warning');
    const future = results.find((result) => result.ruleId === 'future_date');
    expect(future?.locations[0]?.physicalLocation.region).toEqual({ startLine: 5 });
    expect(results.find((result) => result.ruleId === 'required_value_missing')?.level).toBe('error');
    expect(run.artifacts).toEqual([{ location: { uri: 'data/stops%202019.csv' } }]);
    expect(run.properties.reports[0]).toMatchObject({ rows: 4, type: 'stops', summary: report.summary });
  });

  it('reports a code with no kept samples once, at file level', () => {
    const capped = { ...report, findings: report.findings.map((group) => ({ ...group, samples: [] })) };
    const log = JSON.parse(renderSarif(capped));
    expect(validate(log)).toBe(true);
    const results: SarifResult[] = log.runs[0].results;
    expect(results).toHaveLength(report.findings.length);
    expect(results[0]?.locations[0]?.physicalLocation.region).toBeUndefined();
    expect(results[0]?.message.text).toMatch(/: \d+ occurrences? \(no samples kept\)\.$/);
  });

  it('keeps hostile cells as plain text without control or bidi characters', () => {
    const text = renderSarif(hostile);
    const log = JSON.parse(text);
    const messages: string[] = log.runs[0].results.map((result: SarifResult) => result.message.text);
    for (const message of messages) expect(message).not.toMatch(RAW_CONTROL_OR_BREAK);
    expect(messages).toContainEqual(expect.stringContaining('value "<script>alert(1)</script>"'));
    expect(messages).toContainEqual(expect.stringContaining('value "\\x1b[31mred'));
    // Values in properties are kept exactly, as JSON strings (JSON.stringify escapes control characters).
    const values = log.runs[0].results.map((result: SarifResult) => result.properties.value);
    for (const payload of PAYLOADS) expect(values).toContain(payload.trim());
  });
});

describe('artifact URIs', () => {
  it.each([
    ['data/stops.csv', undefined, 'data/stops.csv'],
    ['./data/a b#1.csv', undefined, 'data/a%20b%231.csv'],
    ['../shared/data/x.csv', undefined, '../shared/data/x.csv'],
    ['data\\win\\x.csv', undefined, 'data/win/x.csv'],
    ['/work/repo/data/x.csv', '/work/repo', 'data/x.csv'],
    ['/work/shared/x.csv', '/work/repo', '../shared/x.csv'],
    ['/work/shared/x.csv', undefined, 'file:///work/shared/x.csv'],
    ['C:\\repo\\data\\x.csv', 'C:\\repo', 'data/x.csv'],
    ['D:\\other\\x.csv', 'C:\\repo', 'file:///D:/other/x.csv'],
  ])('%s (cwd %s) is %s', (name, cwd, uri) => {
    expect(artifactUri(name, cwd)).toBe(uri);
  });
});

describe('SARIF for a workbook', () => {
  it('puts the sheet and row in the message, and no text region (a workbook has no lines)', async () => {
    const report = await validateRows(['stop_id', 'stop_date'], [{ line: 7, cells: ['1', 'not a date'] }], {
      type: 'stops',
    });
    const workbook: Report = { ...report, file: { ...report.file, format: 'xlsx', sheet: 'Stops' } };
    const results = JSON.parse(renderSarif(workbook)).runs[0].results as Array<{
      ruleId: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { region?: unknown } }>;
    }>;
    const bad = results.find((result) => result.ruleId === 'invalid_date');
    expect(bad?.message.text).toContain('(sheet "Stops", row 7, value "not a date"');
    expect(results.every((result) => result.locations[0]?.physicalLocation.region === undefined)).toBe(true);
  });
});
