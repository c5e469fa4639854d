// Comparing real releases: Dallas use of force 2013 and 2019 (two published releases of one source),
// and a later Indianapolis complaints release derived here from the real one with one change of each
// kind (a renamed column, a respelled one, a dropped and an added column, a new date format, a fixed
// problem and a new one), each asserted exactly. Also the example manifest's scorecard.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffReports, parseMapping, type Report, type ReportDiff } from '@policedata/core';
import { compareSources, planComparison, validateFile } from '@policedata/core/node';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const data = join(root, '../shared/data');
const mappingFile = (name: string) => join(root, 'examples/mappings', `${name}.yaml`);

async function validate(file: string, mappingText: string, name: string): Promise<Report> {
  return validateFile(file, { mapping: parseMapping(mappingText, name), fileName: name, workers: 0 });
}

describe('Dallas use of force, 2013 and 2019 releases', () => {
  let diff: ReportDiff;
  beforeAll(async () => {
    const old = await validate(
      join(data, 'use-of-force/dallas-2013.csv'),
      readFileSync(mappingFile('dallas-use-of-force-2013'), 'utf8'),
      'dallas-2013.csv',
    );
    const next = await validate(
      join(data, 'use-of-force/dallas-2019.csv'),
      readFileSync(mappingFile('dallas-use-of-force-2019'), 'utf8'),
      'dallas-2019.csv',
    );
    diff = diffReports(old, next);
  });

  it('compares level, score and rows', () => {
    expect(diff.old).toMatchObject({ rows: 4221, level: 'basic', score: 88.5 });
    expect(diff.new).toMatchObject({ rows: 2944, level: 'basic', score: 87 });
  });

  it('finds the schema drift: a renamed district column, dropped and added columns', () => {
    expect(diff.columns).toEqual([
      {
        kind: 'renamed',
        old: 'DIST_NAME',
        new: 'Council District',
        fields: ['council_district'],
        paired_by: 'same_field',
      },
      { kind: 'dropped', old: 'Match_addr', fields: ['location_address'] },
      { kind: 'dropped', old: 'TAAG_Name', fields: [] },
      { kind: 'added', new: 'ZIP', fields: ['postal_code'] },
    ]);
  });

  it('finds the dates that lost their time and the times that became 12-hour', () => {
    expect(
      diff.date_formats.map((change) => [change.new_column, change.before[0]?.format, change.after[0]?.format]),
    ).toEqual([
      ['OCCURRED_D', 'M/D/YYYY h:mm:ss A', 'M/D/YYYY'],
      ['OCCURRED_T', 'H:mm', 'h:mm A'],
      ['HIRE_DT', 'M/D/YYYY h:mm:ss A', 'M/D/YYYY'],
    ]);
  });

  it('finds new and fixed findings with their counts', () => {
    const byCode = Object.fromEntries(diff.findings.map((f) => [f.code, [f.status, f.old_count, f.new_count]]));
    expect(byCode.invalid_number).toEqual(['new', 0, 4]);
    expect(byCode.unmapped_code).toEqual(['fixed', 3, 0]);
    expect(byCode.duplicate_row).toEqual(['fixed', 11, 0]);
    expect(byCode.rule_violation).toEqual(['fewer', 113, 33]);
    expect(diff.fields.find((field) => field.name === 'subject_resistance')).toMatchObject({
      status: 'no_longer_published',
      after: null,
    });
  });
});

describe('Indianapolis complaints, a later release derived from the real one', () => {
  let diff: ReportDiff;
  beforeAll(async () => {
    const source = join(data, 'complaints/indianapolis-2019-12.csv');
    const parsed = Papa.parse<Record<string, string>>(readFileSync(source, 'utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    let ages = 0;
    const rows = parsed.data.map((row) => {
      const out: Record<string, string> = {};
      for (const [name, value] of Object.entries(row)) {
        if (name === 'UDTEXT24D') continue; // dropped
        const renamed = name === 'OFF_RACE' ? 'OFFICER_RACE' : name === 'CITY' ? 'City' : name;
        let cell = value;
        if (name === 'OCCURRED_DT' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
          const [y, m, d] = value.split('-');
          cell = `${Number(m)}/${Number(d)}/${y}`;
        }
        if (name === 'RACE' && value === 'Indian') cell = 'Asian'; // the unmapped code, fixed
        if (name === 'OFF_AGE' && value === '38' && ages < 3) {
          cell = 'ADULT'; // a new problem, in three rows
          ages += 1;
        }
        out[renamed] = cell;
      }
      out.DISTRICT = 'North'; // added
      return out;
    });
    const dir = mkdtempSync(join(tmpdir(), 'policedata-release-'));
    const later = join(dir, 'indianapolis-2020-06.csv');
    writeFileSync(later, Papa.unparse(rows));
    const mapping = readFileSync(mappingFile('indianapolis-complaints-2019-12'), 'utf8');
    const laterMapping = mapping
      .replace('column: OFF_RACE', 'column: OFFICER_RACE')
      .replace(/column: OCCURRED_DT\n(\s+)format: YYYY-MM-DD/, 'column: OCCURRED_DT\n$1format: M/D/YYYY')
      .replace(/\n\s*officer_unit: UDTEXT24D/, '');
    expect(laterMapping).not.toBe(mapping);
    const old = await validate(source, mapping, 'indianapolis-2019-12.csv');
    const next = await validate(later, laterMapping, 'indianapolis-2020-06.csv');
    diff = diffReports(old, next);
  });

  it('pairs the renamed and respelled columns, and lists the dropped and added ones', () => {
    expect(diff.columns).toEqual([
      { kind: 'renamed', old: 'CITY', new: 'City', fields: ['city'], paired_by: 'spelling' },
      {
        kind: 'renamed',
        old: 'OFF_RACE',
        new: 'OFFICER_RACE',
        fields: ['officer_race', 'officer_race_raw'],
        paired_by: 'same_field',
      },
      { kind: 'dropped', old: 'UDTEXT24D', fields: ['officer_unit'] },
      { kind: 'added', new: 'DISTRICT', fields: ['district'] },
    ]);
  });

  it('finds the changed date format', () => {
    expect(diff.date_formats).toEqual([
      {
        old_column: 'OCCURRED_DT',
        new_column: 'OCCURRED_DT',
        fields: ['incident_date'],
        before: [{ format: 'YYYY-MM-DD', rows: 3465 }],
        after: [{ format: 'M/D/YYYY', rows: 3465 }],
      },
    ]);
  });

  it('finds the fixed problems and the new one, exactly', () => {
    const pick = (code: string) => diff.findings.find((finding) => finding.code === code);
    expect(pick('unmapped_code')).toMatchObject({ status: 'fixed', old_count: 2, new_count: 0 });
    expect(pick('byte_order_mark')).toMatchObject({ status: 'fixed', old_count: 1, new_count: 0 });
    expect(pick('invalid_number')).toMatchObject({
      status: 'new',
      old_count: 0,
      new_count: 3,
      new_fields: ['officer_age'],
      new_values: ['ADULT'],
    });
    expect(pick('value_out_of_range')).toMatchObject({ status: 'same', old_count: 2, new_count: 2 });
  });

  it('finds the field no longer published and the one now published', () => {
    expect(diff.fields.filter((field) => field.status.endsWith('published'))).toEqual([
      { name: 'district', level: 'optional', status: 'now_published', before: null, after: 1 },
      {
        name: 'officer_unit',
        level: 'optional',
        status: 'no_longer_published',
        before: expect.any(Number),
        after: null,
      },
    ]);
  });
});

describe('the example manifest', () => {
  it('puts every real file on the scorecard', async () => {
    const plan = await planComparison(join(root, 'examples/compare/manifest.yaml'), { shownFrom: root });
    const card = await compareSources(plan, { workers: 0, asOf: '2025-01-01' });
    expect(card.sources).toHaveLength(11);
    expect(card.sources.map((source) => source.files[0])).toEqual(
      expect.arrayContaining([
        '../shared/data/use-of-force/dallas-2013.csv',
        '../shared/data/stops/seattle-terry-stops.csv',
      ]),
    );
    expect(card.agencies).toHaveLength(8);
    expect(card.dataset_types.map((type) => type.dataset_type)).toEqual([
      'use-of-force',
      'complaints',
      'officer-involved-shootings',
      'crime-incidents',
      'stops',
    ]);
    const seattle = card.sources.find((source) => source.label === 'Seattle 2015-2017');
    expect(seattle).toMatchObject({ rows: 19753, level: 'basic', dataset_type: 'stops' });
    expect(card.changes.map((change) => [change.agency, change.from, change.to])).toEqual([
      ['Dallas Police Department', 's1', 's2'],
    ]);
    const lincoln = card.sources.find((source) => source.label === 'Lincoln 2014-2016');
    expect(lincoln?.fields.find((field) => field.name === 'force_type')?.not_crosswalked?.rows).toBe(389);
  });
});
