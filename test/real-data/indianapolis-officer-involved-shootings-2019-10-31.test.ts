// IMPD officer-involved shootings, extract of 31 October 2019, through its mapping: one row per
// person x officer who fired, `Suspect - Handgun` / `IMPD - Duty Handgun` weapons crosswalked, the
// person's condition (CIT_COND_TYPE) read as injury, severity and death.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const file = join(root, '../shared/data/officer-involved-shootings/indianapolis-2019-10-31.csv');
const mappingPath = join(root, 'examples/mappings/indianapolis-officer-involved-shootings-2019-10-31.yaml');

const group = (report: Report, code: string) => report.findings.find((finding) => finding.code === code);
const field = (report: Report, name: string) => report.fields.find((entry) => entry.name === name);

describe('IMPD officer-involved shootings, 2019-10-31', () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateFile(file, { mapping: parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath) });
  });

  it('reads 118 rows from 2014-01-01 to 2018-11-19', () => {
    expect(report.dataset).toMatchObject({ type: 'officer-involved-shootings', type_source: 'mapping' });
    expect(report.rows).toBe(118);
    expect(report.coverage).toMatchObject({ field: 'incident_date', start: '2014-01-01', end: '2018-11-19' });
  });

  it('is level basic: threat, flight, mental illness and body camera are not published', () => {
    expect(report.conformance.level).toBe('basic');
    expect(report.conformance.reasons.join(' ')).toContain(
      'threat_type, flee_status, mental_illness_related, body_camera_worn',
    );
  });

  it('crosswalks every race, sex and weapon, including B and M on lines 46 and 65-67', () => {
    expect(field(report, 'subject_race')).toMatchObject({ valid: 118, invalid: 0 });
    expect(field(report, 'subject_sex')).toMatchObject({ valid: 118, invalid: 0 });
    expect(field(report, 'subject_weapon')).toMatchObject({ valid: 95, empty: 23, invalid: 0 });
    expect(field(report, 'officer_weapon')).toMatchObject({ valid: 112, empty: 6, invalid: 0 });
    expect(group(report, 'unmapped_code')).toBeUndefined();
  });

  it('reads the condition as severity: 28 deaths, 69 gunshot wounds, 14 unhurt, 7 blank', () => {
    expect(field(report, 'subject_injury_severity')).toMatchObject({ valid: 111, empty: 7, invalid: 0 });
  });

  it('reads the 22:15:00:000 times; lines 117-118 have none', () => {
    expect(field(report, 'incident_time')).toMatchObject({ valid: 116, empty: 2, invalid: 0 });
  });

  it('leaves 79 of 118 dispositions blank and maps the rest', () => {
    expect(field(report, 'review_finding')).toMatchObject({ valid: 39, empty: 79, invalid: 0 });
  });

  it('warns about 79 exact house-number addresses', () => {
    expect(group(report, 'exact_address')?.count).toBe(79);
    expect(group(report, 'exact_address')?.samples[0]).toMatchObject({
      line: 2,
      params: { block: '54XX N Keystone Avenue' },
    });
  });

  // plan.ts applies true_values/false_values only when the source also sets format, values,
  // separator, missing or part, so Death / Gunshot Wound / No injuries noted or visible are read
  // as invalid yes/no values (269 invalid_boolean errors).
  it('reads subject_died (28 true, 83 false), subject_injured and officer_injured from true_values', () => {
    expect(field(report, 'subject_died')).toMatchObject({ valid: 111, empty: 7, invalid: 0 });
    expect(field(report, 'subject_injured')).toMatchObject({ valid: 111, empty: 7, invalid: 0 });
    expect(field(report, 'officer_injured')).toMatchObject({ valid: 47, empty: 71, invalid: 0 });
    expect(group(report, 'invalid_boolean')).toBeUndefined();
  });

  it('detects officer-involved shootings without the mapping', async () => {
    const detected = await validateFile(file);
    expect(detected.dataset).toMatchObject({ type: 'officer-involved-shootings', type_source: 'detected' });
    expect(detected.rows).toBe(118);
  });
});
