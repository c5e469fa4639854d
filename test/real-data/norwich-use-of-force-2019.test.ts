// Norwich PD use of force, 2019 (a legacy .xls workbook) through its mapping: a title row above the
// header, no date column, several force types per cell, and 43 unfilled template rows at the end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const file = join(root, '../shared/data/use-of-force/norwich-2019.xls');
const mappingPath = join(root, 'examples/mappings/norwich-use-of-force-2019.yaml');

const group = (report: Report, code: string) => report.findings.find((finding) => finding.code === code);
const field = (report: Report, name: string) => report.fields.find((entry) => entry.name === name);

describe('Norwich use of force 2019 (xls)', () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateFile(file, { mapping: parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath) });
  });

  it('skips the title line and reads the header on line 2 of Sheet1', () => {
    expect(report.dataset.type).toBe('use-of-force');
    expect(report.file.sheet).toBe('Sheet1');
    expect(group(report, 'title_row')?.samples[0]).toMatchObject({
      line: 1,
      params: { title: '2019 Use of Force Data', headerLine: 2 },
    });
    // Its other two sheets are empty: nothing was left unread.
    expect(group(report, 'sheet_selected')).toBeUndefined();
  });

  it('is level none: the file has no date, so no coverage period either', () => {
    expect(report.conformance.level).toBe('none');
    expect(report.coverage).toBeNull();
    expect(group(report, 'required_field_missing')?.samples).toEqual([
      expect.objectContaining({ line: 2, field: 'incident_date' }),
    ]);
  });

  it('crosswalks every force type, race, sex and ethnicity of the 76 recorded events', () => {
    for (const name of ['force_type', 'subject_race', 'subject_sex', 'subject_ethnicity', 'subject_impairment']) {
      expect(field(report, name)).toMatchObject({ valid: 76, invalid: 0 });
    }
    expect(group(report, 'unmapped_code')).toBeUndefined();
  });

  it('reads the 12-hour times without a space before AM/PM (4:30AM, 06:50PM)', () => {
    expect(field(report, 'incident_time')).toMatchObject({ valid: 76, invalid: 0 });
  });

  // Lines 79-121 hold only an event number (77-119). The engine reads them as 43 more rows (119),
  // each missing force_type, subject_race and subject_sex; they are an unfilled template, not records.
  it('counts 76 rows and reports lines 79-121 once each as unfilled template rows', () => {
    expect(report.rows).toBe(76);
    const empty = group(report, 'empty_record');
    expect(empty?.count).toBe(43);
    expect(empty?.samples.slice(0, 2).map((sample) => sample.line)).toEqual([79, 80]);
  });
  it('reads arrest_made, subject_injured and officer_injured in all 76 events from their true_values', () => {
    for (const name of ['arrest_made', 'subject_injured', 'officer_injured']) {
      expect(field(report, name)).toMatchObject({ valid: 76, invalid: 0 });
    }
    expect(group(report, 'invalid_boolean')).toBeUndefined();
  });

  it('detects use of force without the mapping', async () => {
    const detected = await validateFile(file);
    expect(detected.dataset).toMatchObject({ type: 'use-of-force', type_source: 'detected' });
    expect(group(detected, 'title_row')?.samples[0]).toMatchObject({ line: 1 });
  });
});

describe('Norwich use of force 2019, its empty Sheet2 asked for by the mapping', () => {
  it('says only that the sheet has no records (an error), not that every mapped column is missing', async () => {
    const text = readFileSync(mappingPath, 'utf8').replace(
      /^type: use-of-force$/m,
      'type: use-of-force\nsheet: Sheet2',
    );
    const report = await validateFile(file, { mapping: parseMapping(text, 'sheet2.yaml') });
    expect(report.file.sheet).toBe('Sheet2');
    expect(report.rows).toBe(0);
    expect(report.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['no_records', 'error'],
      ['sheet_selected', 'info'],
    ]);
  });
});
