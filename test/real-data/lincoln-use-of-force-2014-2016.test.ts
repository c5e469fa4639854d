// Lincoln PD use of control 2014-2016 through its mapping: a BOM, numeric codes, "." placeholders,
// "2016/01/17 00:00:00+00" dates and HHMM integer times. Only race has a published code table;
// force type, reason, resistance and weapon codes are left unmapped, so the level is "none".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const file = join(root, '../shared/data/use-of-force/lincoln-2014-2016.csv');
const mappingPath = join(root, 'examples/mappings/lincoln-use-of-force-2014-2016.yaml');

const group = (report: Report, code: string) => report.findings.find((finding) => finding.code === code);
const field = (report: Report, name: string) => report.fields.find((entry) => entry.name === name);

describe('Lincoln use of control 2014-2016', () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateFile(file, { mapping: parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath) });
  });

  it('reads 391 incidents from January 2014 to December 2016, past the BOM', () => {
    expect(report.dataset.type).toBe('use-of-force');
    expect(report.rows).toBe(391);
    expect(report.coverage).toEqual({ field: 'incident_date', start: '2014-01-03', end: '2016-12-24' });
    expect(group(report, 'byte_order_mark')?.count).toBe(1);
    expect(field(report, 'incident_id')).toMatchObject({ columns: ['incid'], valid: 391 });
  });

  it('is level none: the force type codes have no published meaning', () => {
    expect(report.conformance.level).toBe('none');
    expect(report.conformance.reasons).toEqual(['Required fields valid in fewer than 95% of rows: force_type (0%).']);
  });

  it('reports every undocumented code: force type, reason, resistance, weapon', () => {
    const unmapped = group(report, 'unmapped_code');
    // 389 + 391 + 382 + 390: every row with a value in the four fields.
    expect(unmapped?.count).toBe(1552);
    expect(unmapped?.samples[0]).toMatchObject({ line: 2, field: 'force_type', value: '1' });
  });

  it('crosswalks race codes 1-6 and the 0/1 sex codes in every row', () => {
    for (const name of ['subject_race', 'subject_sex', 'officer_race', 'officer_sex']) {
      expect(field(report, name)).toMatchObject({ valid: 391, invalid: 0 });
    }
  });

  it('builds subject_impairment from the alcohol, drug and mental indicator columns', () => {
    // 294 people have at least one of the three set to 1.
    expect(field(report, 'subject_impairment')).toMatchObject({ valid: 294, invalid: 0 });
    const unmapped = report.columns.filter((column) => column.status === 'unmapped').map((column) => column.name);
    expect(unmapped).toHaveLength(10);
    expect(unmapped).toContain('ofczpro');
  });

  it('reads HHMM integer times and reports the two that are not times', () => {
    expect(field(report, 'incident_time')).toMatchObject({ valid: 389, invalid: 2 });
    const times = group(report, 'invalid_time');
    expect(times?.samples.map((sample) => [sample.line, sample.value])).toEqual([
      [58, '1273'],
      [105, '1288'],
    ]);
  });

  it('reports injury codes 2-4 that are not yes/no (9 people, 4 officers)', () => {
    expect(group(report, 'invalid_boolean')?.count).toBe(13);
    expect(field(report, 'subject_injured')).toMatchObject({ valid: 381, invalid: 9, placeholder: 1 });
  });

  it('detects use of force without the mapping', async () => {
    const detected = await validateFile(file);
    expect(detected.dataset).toMatchObject({ type: 'use-of-force', type_source: 'detected' });
    expect(detected.rows).toBe(391);
  });
});
