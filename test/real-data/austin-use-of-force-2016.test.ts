// Austin PD response to resistance (R2R) 2016 through its mapping: doubled spaces in header names,
// forces spread over five "Weapon Used" columns, "; "-separated multi-values, HHMM times written
// as numbers, and "-" as the placeholder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const file = join(root, '../shared/data/use-of-force/austin-2016.csv');
const mappingPath = join(root, 'examples/mappings/austin-use-of-force-2016.yaml');

const group = (report: Report, code: string) => report.findings.find((finding) => finding.code === code);
const field = (report: Report, name: string) => report.fields.find((entry) => entry.name === name);

describe('Austin use of force 2016', () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateFile(file, { mapping: parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath) });
  });

  it('reads 3,293 rows, all in 2016', () => {
    expect(report.dataset.type).toBe('use-of-force');
    expect(report.rows).toBe(3293);
    expect(report.coverage).toEqual({ field: 'incident_date', start: '2016-01-01', end: '2016-12-31' });
  });

  it('is level basic: no arrest, hospital, age or officer race/sex columns', () => {
    expect(report.conformance.level).toBe('basic');
    expect(report.conformance.reasons[0]).toBe(
      'Recommended fields missing: subject_hospitalized, arrest_made, subject_age, officer_id, officer_race, officer_sex.',
    );
  });

  it('flags the nine column names with doubled spaces', () => {
    const spaces = group(report, 'header_whitespace');
    expect(spaces?.count).toBe(9);
    expect(spaces?.samples[0]).toMatchObject({ column: 'Date  Occurred' });
  });

  it('joins the five Weapon Used columns; 30 rows name no force at all', () => {
    expect(field(report, 'force_type')).toMatchObject({ valid: 3263, invalid: 0 });
    // 118 rows without race and sex, 30 without a force.
    const missing = group(report, 'required_value_missing');
    expect(missing?.count).toBe(266);
    expect(missing?.samples[0]).toMatchObject({ line: 47, field: 'subject_race', value: '' });
  });

  it('reads HHMM numbers as times and the "; " lists as codes', () => {
    // 871 rows have no time.
    expect(field(report, 'incident_time')).toMatchObject({ valid: 2422, empty: 871, invalid: 0 });
    expect(field(report, 'subject_resistance')).toMatchObject({ valid: 3291, placeholder: 2, invalid: 0 });
    // Injured is left empty for a complaint of pain alone (717 rows) and "-" (15 rows).
    expect(field(report, 'subject_injured')).toMatchObject({ valid: 2561, placeholder: 732, invalid: 0 });
  });

  it('takes the person number out of "360382739: 20161671159"', () => {
    expect(field(report, 'subject_id')).toMatchObject({ valid: 3269, empty: 24, invalid: 0 });
  });

  it('reports the 01/02/1900 commission dates of 13 officers', () => {
    const early = group(report, 'date_before_1970');
    expect(early?.count).toBe(13);
    expect(early?.samples[0]).toMatchObject({ line: 32, field: 'officer_hire_date' });
  });

  it('detects use of force without the mapping, where Master Subject ID fails as subject_id', async () => {
    const detected = await validateFile(file);
    expect(detected.dataset).toMatchObject({ type: 'use-of-force', type_source: 'detected' });
    expect(detected.rows).toBe(3293);
    // "360382739: 20161671159" has a space: every one of the 3,269 non-empty values fails.
    const format = group(detected, 'value_format_mismatch');
    expect(format?.count).toBe(3269);
    expect(format?.samples[0]).toMatchObject({ line: 2, field: 'subject_id', value: '360382739: 20161671159' });
  });
});
