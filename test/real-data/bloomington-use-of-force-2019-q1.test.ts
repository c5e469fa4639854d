// Bloomington PD use of force, 2019 Q1 (an .xlsx workbook) through its mapping. Force, sex and race
// are one-hot YES/NO and 1/empty columns the mapping format cannot read, so the required force_type,
// subject_race and subject_sex stay missing and the level is "none"; the rest of the file is clean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const file = join(root, '../shared/data/use-of-force/bloomington-2019-q1.xlsx');
const mappingPath = join(root, 'examples/mappings/bloomington-use-of-force-2019-q1.yaml');

const group = (report: Report, code: string) => report.findings.find((finding) => finding.code === code);
const field = (report: Report, name: string) => report.fields.find((entry) => entry.name === name);

describe('Bloomington use of force 2019 Q1 (xlsx)', () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateFile(file, { mapping: parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath) });
  });

  it('reads the one sheet: 89 people in use-of-force events, January to March 2019', () => {
    expect(report.dataset.type).toBe('use-of-force');
    expect(report.file.sheet).toBe('Sheet1');
    expect(report.rows).toBe(89);
    expect(report.coverage).toEqual({ field: 'incident_date', start: '2019-01-02', end: '2019-03-29' });
  });

  it('is level none: there is no row id within an event', () => {
    expect(report.conformance.level).toBe('none');
    expect(report.conformance.reasons).toEqual(['Required fields missing: force_id.']);
    // Reported once for the file, not again on each of the 89 rows.
    expect(group(report, 'required_field_missing')?.count).toBe(1);
    const unmapped = report.columns.filter((column) => column.status === 'unmapped').map((column) => column.name);
    // Every published column is mapped or deliberately ignored (the 31st has no name and no values).
    expect(unmapped).toEqual([]);
  });

  it('reads the one-hot force, sex and race columns with flags', () => {
    // Lines 42 and 90 answer NO in all seven force columns.
    expect(field(report, 'force_type')).toMatchObject({ valid: 87, empty: 2, invalid: 0 });
    expect(group(report, 'required_value_missing')?.samples.map((sample) => sample.line)).toEqual([42, 90]);
    // Every person is marked in exactly one sex column (74 male, 15 female) and at least one race column.
    for (const name of ['subject_sex', 'subject_race', 'subject_ethnicity']) {
      expect(field(report, name)).toMatchObject({ valid: 89, invalid: 0 });
    }
  });

  it('reads Excel dates, times and the mapped columns without an invalid cell', () => {
    for (const name of ['incident_date', 'incident_time', 'service_type', 'subject_impairment', 'subject_age']) {
      expect(field(report, name)).toMatchObject({ valid: 89, invalid: 0 });
    }
  });

  it('reads Suspect Role as arrest_made, with OFFENDER and JUVENILE REFERRAL as not recorded', () => {
    expect(field(report, 'arrest_made')).toMatchObject({ valid: 82, placeholder: 7, invalid: 0 });
    // The mapping reads these roles as "not recorded" on purpose, so they are not reported as placeholders.
    expect(group(report, 'missing_value_sentinel')).toBeUndefined();
  });

  it('flags the stray spaces in two column names', () => {
    const spaces = group(report, 'header_whitespace');
    expect(spaces?.count).toBe(2);
    expect(spaces?.samples.map((sample) => sample.column)).toEqual(['Event ', 'Suspect Race  Caucasian, Hispanic']);
  });

  it('detects use of force without the mapping', async () => {
    const detected = await validateFile(file);
    expect(detected.dataset).toMatchObject({ type: 'use-of-force', type_source: 'detected' });
    expect(detected.rows).toBe(89);
  });
});
