// IMPD "UCR current year" crime incidents (2019 through 31 May) through its mapping: offences read
// from the CRIME text (IMPD's UCR numbers are not NIBRS codes), 99:99 as an unknown time, DATE_
// written as UTC midnight, and the letter-suffixed CASE as the offence key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const file = join(root, '../shared/data/crime-incidents/indianapolis-ucr-current-year.csv');
const mappingPath = join(root, 'examples/mappings/indianapolis-crime-incidents-2019.yaml');

const group = (report: Report, code: string) => report.findings.find((finding) => finding.code === code);
const field = (report: Report, name: string) => report.fields.find((entry) => entry.name === name);

describe('IMPD UCR crime incidents 2019', () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateFile(file, { mapping: parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath) });
  });

  it('reads 17,111 offences; late reports reach back to 2008-01-01 (line 7685)', () => {
    expect(report.dataset).toMatchObject({ type: 'crime-incidents', type_source: 'mapping' });
    expect(report.rows).toBe(17111);
    expect(report.coverage).toMatchObject({ field: 'incident_date', start: '2008-01-01', end: '2019-05-31' });
  });

  it('is level basic: no report date, district or clearance', () => {
    expect(report.conformance.level).toBe('basic');
    expect(report.conformance.reasons.join(' ')).toContain('reported_date, district, clearance');
  });

  it('crosswalks all 86 CRIME texts and 64 UCR codes, and they agree with each other', () => {
    for (const name of ['offense_code', 'ucr_category', 'offense_code_raw']) {
      expect(field(report, name)).toMatchObject({ valid: 17111, invalid: 0 });
    }
    expect(group(report, 'unmapped_code')).toBeUndefined();
    expect(group(report, 'rule_violation')).toBeUndefined();
  });

  it('reads 99:99 as an unknown time in 541 rows', () => {
    expect(field(report, 'incident_time')).toMatchObject({ valid: 16570, placeholder: 541, invalid: 0 });
  });

  it('gives a weapon for the 3,931 assaults and robberies and a method of entry for 2,691 burglaries', () => {
    expect(field(report, 'weapon_type')).toMatchObject({ valid: 3931, invalid: 0 });
    expect(field(report, 'forced_entry')).toMatchObject({ valid: 2691, invalid: 0 });
  });

  it('warns about 15,806 exact addresses; the 300 block-level rape addresses pass', () => {
    expect(group(report, 'exact_address')?.count).toBe(15806);
  });

  // seen-set.ts stores `(hash >>> 0) | 1`, a negative number when bit 31 is set, in a Uint32Array,
  // so about half of all repeats are never matched: only line 9915 of the four is reported.
  it('reports all four repeated CASE values (lines 5487, 9915, 10507, 12970)', () => {
    const repeats = group(report, 'duplicate_key');
    expect(repeats?.count).toBe(4);
    // Each is a row with an error (the file has no other), and the score's share of clean rows says so.
    expect(report.invalid_rows).toBe(4);
    expect(repeats?.samples.map((sample) => [sample.line, sample.params.firstLine])).toEqual([
      [5487, 2682],
      [9915, 942],
      [10507, 6792],
      [12970, 8035],
    ]);
    // incident_id is CASE without its offence letter (the mapping's pattern).
    expect(repeats?.samples[1]?.value).toBe('I190001683, I190001683A');
  });
  it('reads offense_attempted from CRIME through its true_values (588 attempts, 16,523 completed)', () => {
    expect(field(report, 'offense_attempted')).toMatchObject({ valid: 17_111, invalid: 0 });
    expect(group(report, 'invalid_boolean')).toBeUndefined();
  });

  it('detects crime incidents without the mapping', async () => {
    const detected = await validateFile(file);
    expect(detected.dataset).toMatchObject({ type: 'crime-incidents', type_source: 'detected' });
    expect(detected.rows).toBe(17111);
  });
});
