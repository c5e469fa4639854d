// Dallas PD response to resistance 2013 through its mapping: multi-valued ForceType cells, NULL
// placeholders, Yes/No flags and records spread over several physical lines (GeoLocation has line
// breaks), so line numbers are physical lines, not row numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const file = join(root, '../shared/data/use-of-force/dallas-2013.csv');
const mappingPath = join(root, 'examples/mappings/dallas-use-of-force-2013.yaml');

const group = (report: Report, code: string) => report.findings.find((finding) => finding.code === code);
const field = (report: Report, name: string) => report.fields.find((entry) => entry.name === name);

describe('Dallas use of force 2013', () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateFile(file, { mapping: parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath) });
  });

  it('reads 4,221 records from 12,570 physical lines, all in 2013', () => {
    expect(report.dataset.type).toBe('use-of-force');
    expect(report.rows).toBe(4221);
    expect(report.coverage).toEqual({ field: 'incident_date', start: '2013-01-01', end: '2013-12-31' });
  });

  it('is level basic: only the recommended fields Dallas does not publish hold it back', () => {
    expect(report.conformance.level).toBe('basic');
    expect(report.conformance.reasons).toEqual([
      'Recommended fields missing: subject_hospitalized, subject_age, officer_id.',
    ]);
  });

  it('crosswalks every force in the multi-valued ForceType cells, and splits "Alchohol and unknown drugs"', () => {
    expect(field(report, 'force_type')).toMatchObject({ valid: 4221, invalid: 0 });
    // 4,221 rows less 188 NULL, 603 firearm-display reasons ("FD-...") and one "Animal".
    expect(field(report, 'subject_impairment')).toMatchObject({ valid: 3429, invalid: 1 });
    // The FD- values feed subject_weapon; "FD-Officer's Gun" (line 3355) is left unmapped.
    expect(field(report, 'subject_weapon')).toMatchObject({ valid: 602, invalid: 2 });
    const unmapped = group(report, 'unmapped_code');
    expect(unmapped?.count).toBe(3);
    expect(unmapped?.samples[0]).toMatchObject({ line: 3355, field: 'subject_weapon', value: "FD-Officer's Gun" });
  });

  it('reports people not arrested but with charges (APOWW, traffic violations ...)', () => {
    const rule = group(report, 'rule_violation');
    expect(rule?.count).toBe(113);
    expect(rule?.samples[0]).toMatchObject({ line: 130, field: 'arrest_made', value: 'No' });
  });

  it('reports NULL race (82 rows) and sex (17 rows) of the person', () => {
    const missing = group(report, 'required_value_missing');
    expect(missing?.count).toBe(99);
    expect(missing?.samples[0]).toMatchObject({ line: 101, field: 'subject_race', value: 'NULL' });
    expect(field(report, 'subject_race')).toMatchObject({ valid: 4139, placeholder: 82 });
  });

  it('flags published badge numbers and house-number addresses', () => {
    expect(group(report, 'pii_field')?.samples[0]).toMatchObject({ column: 'CURRENT_BA' });
    const address = group(report, 'exact_address');
    expect(address?.count).toBe(2521);
    // Line 6: Match_addr "3839 S FITZHUGH AVE" (the sample itself is shown generalised).
    expect(address?.samples[0]).toMatchObject({ line: 6, field: 'location_address' });
  });

  it('reads latitude and longitude out of the multi-line GeoLocation; 89 records were not geocoded', () => {
    expect(field(report, 'latitude')).toMatchObject({ valid: 4132, empty: 89, invalid: 0 });
    expect(field(report, 'longitude')).toMatchObject({ valid: 4132, empty: 89, invalid: 0 });
  });

  it('reports 11 copied records once OBJECTID is set aside; OBJECTID + FILENUM stays unique', () => {
    const copies = group(report, 'duplicate_row');
    expect(copies?.count).toBe(11);
    // Rows checked with Python's csv module: line 12226 is row 4108, line 663 row 252.
    expect(copies?.samples).toContainEqual(
      expect.objectContaining({
        line: 12226,
        row: 4108,
        params: { firstLine: 663, firstRow: 252 },
        message: 'Same as line 663 (row 252 in a spreadsheet).',
      }),
    );
    expect(group(report, 'duplicate_key')).toBeUndefined();
  });

  it('detects use of force without the mapping', async () => {
    const detected = await validateFile(file);
    expect(detected.dataset).toMatchObject({ type: 'use-of-force', type_source: 'detected' });
    expect(detected.rows).toBe(4221);
  });
});
