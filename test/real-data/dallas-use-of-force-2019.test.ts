// Dallas PD response to resistance 2019 through its mapping: the same department as 2013 with a
// different header, true/false flags, 12-hour times ("10:34 PM") and plain MM/DD/YYYY dates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const file = join(root, '../shared/data/use-of-force/dallas-2019.csv');
const mappingPath = join(root, 'examples/mappings/dallas-use-of-force-2019.yaml');

const group = (report: Report, code: string) => report.findings.find((finding) => finding.code === code);
const field = (report: Report, name: string) => report.fields.find((entry) => entry.name === name);

describe('Dallas use of force 2019', () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateFile(file, { mapping: parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath) });
  });

  it('reads 2,944 rows, all in 2019', () => {
    expect(report.dataset.type).toBe('use-of-force');
    expect(report.rows).toBe(2944);
    expect(report.coverage).toEqual({ field: 'incident_date', start: '2019-01-01', end: '2019-12-31' });
  });

  it('is level basic: the recommended fields Dallas does not publish hold it back', () => {
    expect(report.conformance.level).toBe('basic');
    expect(report.conformance.reasons[0]).toBe(
      'Recommended fields missing: subject_resistance, subject_hospitalized, subject_age, officer_id.',
    );
  });

  it('reads the 12-hour times and true/false flags, and crosswalks every force type', () => {
    // 13 times are NULL.
    expect(field(report, 'incident_time')).toMatchObject({ valid: 2931, placeholder: 13, invalid: 0 });
    expect(field(report, 'arrest_made')).toMatchObject({ valid: 2944, invalid: 0 });
    expect(field(report, 'force_type')).toMatchObject({ valid: 2944, invalid: 0 });
  });

  it('reports the four Taser-cycle cells that pack one count per Taser use', () => {
    const numbers = group(report, 'invalid_number');
    expect(numbers?.count).toBe(4);
    expect(numbers?.samples.map((sample) => [sample.line, sample.value])).toEqual([
      [850, '1, 1'],
      [1117, '0, 1'],
      [1468, '1, 3'],
      [2246, '0, 0'],
    ]);
  });

  it('reports charges for people marked not arrested, and missing race and sex', () => {
    const rule = group(report, 'rule_violation');
    expect(rule?.count).toBe(33);
    expect(rule?.samples[0]).toMatchObject({ line: 79, field: 'arrest_made', value: 'false' });
    // 38 NULL races, 5 NULL and 5 empty sexes.
    const missing = group(report, 'required_value_missing');
    expect(missing?.count).toBe(48);
    expect(missing?.samples[0]).toMatchObject({ line: 41, field: 'subject_race', value: 'NULL' });
  });

  it('reads latitude and longitude from the WKT points (empty in 186 rows)', () => {
    expect(field(report, 'latitude')).toMatchObject({ valid: 2758, empty: 186, invalid: 0 });
    expect(field(report, 'longitude')).toMatchObject({ valid: 2758, empty: 186, invalid: 0 });
  });

  it('treats "No Arrest" as no charges rather than a charge', () => {
    expect(field(report, 'arrest_charges')).toMatchObject({ valid: 2592, placeholder: 352 });
  });

  it('detects use of force without the mapping', async () => {
    const detected = await validateFile(file);
    expect(detected.dataset).toMatchObject({ type: 'use-of-force', type_source: 'detected' });
    expect(detected.rows).toBe(2944);
  });
});
