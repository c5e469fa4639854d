// Seattle PD Terry stops, 2015-2017, through its mapping: NULL and "-" as missing, Y/N flags, age
// buckets, race and gender as perceived by the officer, and 7,655 stops with no call information.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const file = join(root, '../shared/data/stops/seattle-terry-stops.csv');
const mappingPath = join(root, 'examples/mappings/seattle-stops-2015-2017.yaml');

const group = (report: Report, code: string) => report.findings.find((finding) => finding.code === code);
const field = (report: Report, name: string) => report.fields.find((entry) => entry.name === name);

describe('Seattle Terry stops 2015-2017', () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateFile(file, { mapping: parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath) });
  });

  it('reads 19,753 stops reported from March 2015 to September 2017', () => {
    expect(report.dataset.type).toBe('stops');
    expect(report.rows).toBe(19_753);
    expect(report.coverage).toEqual({ field: 'stop_date', start: '2015-03-15', end: '2017-09-24' });
  });

  it('is level basic: no location, age, search or outcome, and 39% of stops without a call type', () => {
    expect(report.conformance.level).toBe('basic');
    expect(report.conformance.reasons[0]).toBe(
      'Recommended fields missing: location_address, subject_age, search_conducted, outcome.',
    );
    expect(field(report, 'reason_for_stop')).toMatchObject({ valid: 12_098, placeholder: 7_655 });
  });

  it('reports the 287 stops without a perceived race and 135 without a perceived gender', () => {
    const missing = group(report, 'required_value_missing');
    expect(missing?.count).toBe(422);
    expect(missing?.samples[0]).toMatchObject({ line: 7, field: 'subject_sex', value: '-' });
    expect(missing?.samples[1]).toMatchObject({ line: 12, field: 'subject_race', value: '-' });
    expect(report.invalid_rows).toBe(298);
  });

  it('crosswalks every race, gender and officer code and reads the age buckets', () => {
    expect(group(report, 'unmapped_code')).toBeUndefined();
    expect(field(report, 'subject_race')).toMatchObject({ valid: 19_466, placeholder: 287, invalid: 0 });
    expect(field(report, 'subject_race_source')).toMatchObject({ valid: 19_753 });
    expect(field(report, 'officer_sex')).toMatchObject({ valid: 19_753, invalid: 0 });
    expect(field(report, 'subject_age_range')).toMatchObject({ valid: 19_080, placeholder: 673, invalid: 0 });
  });

  it('reads the Y/N flags, with "-" as not recorded in 297 frisk flags', () => {
    expect(field(report, 'arrest_made')).toMatchObject({ valid: 19_753, invalid: 0 });
    expect(field(report, 'frisk_performed')).toMatchObject({ valid: 19_456, placeholder: 297 });
  });

  it('treats the placeholder officer (-9, born 1900) in 4 rows as not recorded', () => {
    expect(field(report, 'officer_id')).toMatchObject({ valid: 19_749, placeholder: 4 });
    expect(field(report, 'officer_year_of_birth')).toMatchObject({ valid: 19_749, placeholder: 4 });
  });

  it('detects stops without the mapping', async () => {
    const detected = await validateFile(file);
    expect(detected.dataset).toMatchObject({ type: 'stops', type_source: 'detected' });
    expect(detected.rows).toBe(19_753);
  });
});

describe('Seattle Terry stops checked as the wrong type', () => {
  it('says the columns look like stops when --type says use-of-force', async () => {
    const report = await validateFile(file, { type: 'use-of-force' });
    expect(report.dataset.type).toBe('use-of-force');
    const mismatch = report.findings.find((finding) => finding.code === 'dataset_type_mismatch');
    expect(mismatch?.samples[0]?.message).toBe(
      'Checked as use-of-force, as asked, but the columns look like stops (79% confidence).',
    );
    // Checked as its own type, nothing is said.
    const right = await validateFile(file, { type: 'stops' });
    expect(right.findings.map((finding) => finding.code)).not.toContain('dataset_type_mismatch');
  });
});
