// IMPD citizen complaints, December 2019 extract, through its mapping: one row per allegation x
// officer x complainant, keyed by INCNUM + OBJECTID, times written 21:48:00:000, a BOM, and split
// street addresses joined into location_address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const file = join(root, '../shared/data/complaints/indianapolis-2019-12.csv');
const mappingPath = join(root, 'examples/mappings/indianapolis-complaints-2019-12.yaml');

const group = (report: Report, code: string) => report.findings.find((finding) => finding.code === code);
const field = (report: Report, name: string) => report.fields.find((entry) => entry.name === name);

describe('IMPD complaints, December 2019', () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateFile(file, { mapping: parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath) });
  });

  it('reads 3,465 allegation rows from 2012-07-23 to 2019-10-14, past the BOM', () => {
    expect(report.dataset).toMatchObject({ type: 'complaints', type_source: 'mapping' });
    expect(report.rows).toBe(3465);
    expect(report.coverage).toMatchObject({ field: 'incident_date', start: '2012-07-23', end: '2019-10-14' });
    expect(group(report, 'byte_order_mark')?.count).toBe(1);
  });

  it('is level basic: received and closed dates are not published', () => {
    expect(report.conformance.level).toBe('basic');
    expect(report.conformance.reasons.join(' ')).toContain('received_date, closed_date');
  });

  it('keys rows on INCNUM + OBJECTID without duplicates', () => {
    expect(field(report, 'complaint_id')).toMatchObject({ valid: 3465, invalid: 0 });
    expect(field(report, 'allegation_id')).toMatchObject({ valid: 3465, invalid: 0 });
    expect(group(report, 'duplicate_key')).toBeUndefined();
  });

  it('reads the 21:48:00:000 times and crosswalks every finding; 140 findings are blank', () => {
    expect(field(report, 'incident_time')).toMatchObject({ valid: 3351, empty: 114, invalid: 0 });
    expect(field(report, 'finding')).toMatchObject({ valid: 3325, empty: 140, invalid: 0 });
    expect(field(report, 'allegation_category')).toMatchObject({ valid: 3234, empty: 231, invalid: 0 });
  });

  it('leaves the ambiguous race "Indian" (lines 605-606) unmapped', () => {
    expect(group(report, 'unmapped_code')).toMatchObject({ count: 2 });
    expect(group(report, 'unmapped_code')?.samples[0]).toMatchObject({ line: 605, column: 'RACE', value: 'Indian' });
  });

  it('reports the complainant ages of -1 on lines 314-315', () => {
    const range = group(report, 'value_out_of_range');
    expect(range?.count).toBe(2);
    expect(range?.samples.map((sample) => [sample.line, sample.column, sample.value])).toEqual([
      [314, 'CIT_AGE', '-1'],
      [315, 'CIT_AGE', '-1'],
    ]);
  });

  // Joined in the usual order, the direction before the street. Highway locations ("3950 N
  // Interstate 465") are not houses, nor are rows without a house number ("W 75 Street").
  it('warns about 2,426 exact house-number addresses (highway locations such as "3950 N Interstate 465" are not houses)', () => {
    expect(group(report, 'exact_address')?.count).toBe(2426);
    expect(group(report, 'exact_address')?.samples[0]).toMatchObject({
      line: 2,
      params: { block: '61XX N Keystone Avenue' },
    });
  });

  // 102 rows repeat an earlier row in every column but OBJECTID (first: lines 5-6); with the
  // row identifier as allegation_id, neither duplicate_key nor duplicate_row can see them.
  it('reports 102 rows that repeat another row in everything but OBJECTID (row_id_columns)', () => {
    const repeats = group(report, 'duplicate_row');
    expect(repeats?.count).toBe(102);
    expect(repeats?.samples[0]).toMatchObject({ line: 6, params: { firstLine: 5 } });
  });

  it('detects complaints without the mapping', async () => {
    const detected = await validateFile(file);
    expect(detected.dataset).toMatchObject({ type: 'complaints', type_source: 'detected' });
    expect(detected.rows).toBe(3465);
  });
});
