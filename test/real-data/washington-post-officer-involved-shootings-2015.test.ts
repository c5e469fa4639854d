// The Washington Post's "Fatal Force" 2015 file (one row per person killed) through its mapping: the
// Post's race letters, 38 `armed` values, a TRUE/FALSE geocoding flag, and the names of the people
// killed, which the report must flag as personal data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const file = join(root, '../shared/data/deaths-national/washington-post-2015.csv');
const mappingPath = join(root, 'examples/mappings/washington-post-officer-involved-shootings-2015.yaml');

const group = (report: Report, code: string) => report.findings.find((finding) => finding.code === code);
const field = (report: Report, name: string) => report.fields.find((entry) => entry.name === name);

describe('Washington Post fatal police shootings 2015', () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateFile(file, { mapping: parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath) });
  });

  it('reads 912 people killed from January 2 to December 6, 2015', () => {
    expect(report.dataset.type).toBe('officer-involved-shootings');
    expect(report.rows).toBe(912);
    expect(report.coverage).toEqual({ field: 'incident_date', start: '2015-01-02', end: '2015-12-06' });
  });

  it('is level basic: no agency, officers, time, flight, body camera or mental-health columns', () => {
    expect(report.conformance.level).toBe('basic');
    expect(report.conformance.reasons[0]).toMatch(/^Recommended fields missing: agency_name, incident_time, /);
  });

  it('flags the names of the people killed and the narratives as personal data', () => {
    const pii = group(report, 'pii_field');
    expect(pii?.severity).toBe('warning');
    expect(pii?.samples.map((sample) => [sample.field, sample.column])).toEqual([
      ['subject_name', 'name'],
      ['narrative', 'description'],
    ]);
    // 209 house numbers less two road locations ("601 Highway 18", "20 Mile Road & 115 Mile Road").
    expect(group(report, 'exact_address')?.count).toBe(207);
  });

  it('reports the 45 people without a race and 1 without a gender, on physical lines', () => {
    const missing = group(report, 'required_value_missing');
    expect(missing?.count).toBe(46);
    // 114 descriptions hold a line break, so records and physical lines drift apart.
    expect(missing?.samples[0]).toMatchObject({ line: 62, field: 'subject_race' });
    // Samples are the first rows in file order (20 by default), all of them missing race.
    expect(missing?.samples.map((sample) => sample.field)).toEqual(Array(20).fill('subject_race'));
    expect(field(report, 'subject_race')).toMatchObject({ valid: 867, empty: 45, invalid: 0 });
  });

  it('crosswalks every race letter, weapon, threat and geocoding flag', () => {
    expect(group(report, 'unmapped_code')).toBeUndefined();
    expect(field(report, 'subject_weapon')).toMatchObject({ valid: 910, empty: 2, invalid: 0 });
    expect(field(report, 'location_precision')).toMatchObject({ valid: 912 });
    expect(field(report, 'threat_type')).toMatchObject({ valid: 912 });
  });

  it('reads `weapon` as subject_armed, with UNDETER as not recorded', () => {
    expect(field(report, 'subject_armed')).toMatchObject({ valid: 516, placeholder: 2, empty: 394 });
    // UNDETER is crosswalked to null by the mapping: counted as not recorded, not reported as a placeholder.
    expect(group(report, 'missing_value_sentinel')).toBeUndefined();
    expect(group(report, 'rule_violation')).toBeUndefined();
  });

  it('detects officer-involved shootings without the mapping', async () => {
    const detected = await validateFile(file);
    expect(detected.dataset).toMatchObject({ type: 'officer-involved-shootings', type_source: 'detected' });
    expect(detected.rows).toBe(912);
  });
});
