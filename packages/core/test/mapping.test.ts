import { registry } from '@policedata/schemas';
import { describe, expect, it } from 'vitest';
import { MappingError } from '../src/errors.js';
import { detectDatasetType } from '../src/mapping/detect-type.js';
import { indexFields, matchHeaders, normaliseName } from '../src/mapping/header-match.js';
import { parseMapping } from '../src/mapping/mapping-file.js';
import { buildPlan } from '../src/mapping/plan.js';
import { delimiterOf } from '../src/read/delimiter.js';
import { validateRows, validateSource } from '../src/validate-source.js';

function problems(text: string): string[] {
  try {
    parseMapping(text, 'm.yaml');
  } catch (error) {
    if (error instanceof MappingError) return error.problems.map((p) => `${p.where}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('mapping files', () => {
  it('accepts a complete mapping in YAML and in JSON', () => {
    const yaml = `policedata_mapping: 1
type: stops
missing: ["NULL", "-"]
fields:
  stop_id: TERRY_STOP_ID
  subject_race: { column: SubjectPerceivedRace, separator: ";", values: { W: white, "Unknown": unknown, "-": null } }
  agency_name: { value: Seattle Police Department }
  stop_date: { columns: [Reported_Date, Reported_Time], format: "YYYY-MM-DD HH:mm:ss.SSS" }
ignore: [CallType]
`;
    expect(parseMapping(yaml).fields.stop_id).toBe('TERRY_STOP_ID');
    expect(parseMapping(JSON.stringify({ policedata_mapping: 1, type: 'stops', fields: {} })).type).toBe('stops');
  });

  it('reports every typo with its line and a suggestion', () => {
    const found = problems(`policedata_mapping: 1
type: stops
date_fromat: MM/DD/YYYY
fields:
  stop_dat: Reported_Date
  subject_race:
    column: X
    values:
      W: whte
  stop_time: { column: T, format: "HH:MM:QQ" }
`);
    expect(found).toEqual([
      'm.yaml:3:1: unknown key "date_fromat". Did you mean "date_format"?',
      expect.stringMatching(/^m\.yaml:5:3: "stop_dat" is not a field of stops\. Did you mean "stop_date"\?/),
      expect.stringMatching(/^m\.yaml:9:10: "whte" is not a Race code\. Did you mean "white"\?/),
      'm.yaml:10:35: in "HH:MM:QQ", MM is the month: write minutes as mm (HH:mm).',
    ]);
  });

  it('names the misspelt key of a field source, not the keys other kinds of source lack', () => {
    expect(
      problems(
        'policedata_mapping: 1\ntype: stops\nfields:\n  subject_race:\n    column: X\n    valeus: { W: white }\n',
      ),
    ).toEqual(['m.yaml:6:5: unknown key "valeus". Did you mean "values"?']);
  });

  it('names an unknown character in a date format', () => {
    expect(
      problems('policedata_mapping: 1\ntype: stops\nfields:\n  stop_date: { column: D, format: "YYYY-MM-QQ" }\n'),
    ).toEqual([expect.stringMatching(/^m\.yaml:4:35: unknown character "Q" at position 9/)]);
  });

  it('names an unknown dataset type and a YAML syntax error', () => {
    expect(problems('policedata_mapping: 1\ntype: stop\nfields: {}\n')[0]).toMatch(
      /unknown dataset type "stop"\. Did you mean "stops"\?/,
    );
    expect(problems('policedata_mapping: 1\ntype: stops\nfields:\n  stop_id: [1\n')[0]).toMatch(/^m\.yaml:\d+:\d+: /);
    expect(problems('just text')[0]).toMatch(/a mapping file is an object/);
    // One line indented wrongly is one problem, naming it and the line above it (either may be off).
    expect(
      problems('policedata_mapping: 1\ntype: stops\nfields:\n   stop_id: A\n  stop_date: B\n  subject_race: C\n'),
    ).toEqual([
      'm.yaml:5:1: this line is indented by 2 spaces and line 4 above it by 3 spaces: entries of one block must start at the same column (one of the two is off; indent with spaces, not tabs)',
    ]);
    expect(problems('policedata_mapping: 1\ntype: stops\nfields:\n  stop_id: A\n\tstop_date: B\n')).toEqual([
      'm.yaml:5:1: Tabs are not allowed as indentation',
    ]);
    // Aliases that expand without bound (a "billion laughs" file) are a problem in the file, not a crash.
    const laughs = ['policedata_mapping: 1', 'type: stops', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      laughs.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    expect(problems(laughs.join('\n'))).toEqual([
      'm.yaml: its aliases (*name) expand too far: write the values out instead of repeating them through aliases',
    ]);
  });
});

describe('header matching', () => {
  it('ignores case, spacing and punctuation', () => {
    expect(normaliseName('\uFEFFSubject  Sex ')).toBe('subject_sex');
    expect(normaliseName("Subject's race")).toBe('subjects_race');
  });

  it('matches by alias and by a close spelling, one column per field', () => {
    const fields = registry.listFields('stops');
    const matches = matchHeaders(
      ['TERRY_STOP_ID', 'Reported_Date', 'SubjectPerceivedRce', 'Reported_Date'],
      indexFields(fields),
    );
    expect(matches.map((m) => [m.header, m.field, m.reason])).toEqual([
      ['TERRY_STOP_ID', 'stop_id', 'alias'],
      ['Reported_Date', 'stop_date', 'alias'],
      ['SubjectPerceivedRce', 'subject_race', 'fuzzy'],
    ]);
  });

  it('detects the dataset type of real headers', () => {
    const seattle =
      'SubjectAgeGroup,SubjectID,GO / SC Num,TERRY_STOP_ID,OfficerID,Officer_YOB,Officer_Gender,Officer_Race,SubjectPerceivedRace,SubjectPerceivedGender,Reported_Date,Reported_Time,InitialCallType,FinalCallType,CallType,OfficerSquad,ArrestFlag,FriskFlag,Precinct,Sector,Beat';
    const detection = detectDatasetType(seattle.split(','), 'seattle-terry-stops.csv');
    expect(detection.type).toBe('stops');
    expect(detection.confidence).toBeGreaterThan(0.7);
    expect(detectDatasetType(['a', 'b', 'c']).type).toBeUndefined();
  });
});

describe('plans', () => {
  it('combines the mapping file, automatic matches, constants and raw values', () => {
    const mapping = parseMapping(`policedata_mapping: 1
type: stops
fields:
  subject_race: { column: Race, values: { W: white } }
  agency_name: { value: Test PD }
  stop_date: { column: Day }
  stop_time: { column: Tyme }
ignore: [Notes]
`);
    const plan = buildPlan(['TERRY_STOP_ID', 'Race', 'Day', 'Notes', 'Extra'], 'stops', mapping);
    const byField = Object.fromEntries(plan.sources.map((s) => [s.field.name, s.origin]));
    expect(byField).toMatchObject({
      stop_id: 'alias',
      subject_race: 'mapping',
      subject_race_raw: 'raw_of',
      agency_name: 'constant',
      stop_date: 'mapping',
    });
    expect(plan.notFound).toEqual([{ field: 'stop_time', column: 'Tyme' }]);
    expect(plan.unmapped).toEqual([
      { column: 3, header: 'Notes', acknowledged: true },
      { column: 4, header: 'Extra', acknowledged: false },
    ]);
  });

  it('acknowledges raw_ passthrough columns (what normalize writes) instead of reporting them', () => {
    const plan = buildPlan(['stop_id', 'raw_cit_arrest', 'Extra'], 'stops');
    expect(plan.unmapped).toEqual([
      { column: 1, header: 'raw_cit_arrest', acknowledged: true },
      { column: 2, header: 'Extra', acknowledged: false },
    ]);
  });
});

describe('indicator columns (flags)', () => {
  const mapping = parseMapping(
    [
      'policedata_mapping: 1',
      'type: use-of-force',
      'fields:',
      '  force_type:',
      '    flags:',
      '      Taser: less_lethal_taser',
      '      Foot Pursuit: pursuit',
      '      Vehicle Pursuit: pursuit',
    ].join('\n'),
    'flags.yaml',
  );
  const plan = buildPlan(['Taser', 'Foot Pursuit', 'Vehicle Pursuit'], 'use-of-force', mapping);
  const source = plan.sources.find((entry) => entry.field.name === 'force_type');
  const read = (cells: unknown[]) => source?.coercer.apply(source.read(cells));

  it('reads yes in a column as its code, once per code, and no, empty or a placeholder as nothing', () => {
    expect(read(['YES', 'NO', ''])?.toString()).toBe('less_lethal_taser');
    expect(read([1, 'Y', 'x'])).toEqual(['less_lethal_taser', 'pursuit']);
    expect(read(['N/A', 0, false])?.toString()).toMatch(/mapped-missing|empty/);
  });

  it('does not read an unknown cell as no: the row value is unreadable, with the cell', () => {
    const failure = read(['YES', 'maybe', 'NO']) as { code?: string; value?: string };
    expect(failure.code).toBe('invalid_boolean');
    expect(failure.value).toBe('maybe');
  });
});

describe('mapping file mistakes, one message each', () => {
  it('says a source mixes kinds, or what is wrong inside a source, not every kind it fails', () => {
    expect(
      problems(
        [
          'policedata_mapping: "1"',
          'type: use-of-force',
          'fields:',
          '  incident_id: { column: a, value: b }',
          '  force_type:',
          '    column: x',
          '    values: [a, b]',
          '  subject_race: { flags: {} }',
        ].join('\n'),
      ),
    ).toEqual([
      'm.yaml:1:21: policedata_mapping must be 1.',
      'm.yaml:4:16: a field source takes one of column, columns, value, parts, flags, not column and value.',
      'm.yaml:7:13: fields.force_type.values must be a map of keys and values.',
      'm.yaml:8:26: fields.subject_race.flags must not be empty.',
    ]);
  });
});

describe('a mapping written for another file', () => {
  const seattle =
    'SubjectAgeGroup,SubjectID,GO / SC Num,TERRY_STOP_ID,OfficerID,Officer_YOB,Officer_Gender,Officer_Race,SubjectPerceivedRace,SubjectPerceivedGender,Reported_Date,Reported_Time,InitialCallType,FinalCallType,CallType,OfficerSquad,ArrestFlag,FriskFlag,Precinct,Sector,Beat'.split(
      ',',
    );
  const row = { line: 2, cells: seattle.map(() => 'x') };

  it('is said once, with the type the columns look like', async () => {
    const mapping = parseMapping(`policedata_mapping: 1
type: use-of-force
fields:
  incident_id: UOF_NUM
  incident_date: OCCURRED_D
  force_type: { column: ForceType }
  subject_race: { column: CitRace, values: { W: white } }
  officer_id: SubjectID
`);
    const report = await validateRows(seattle, [row], { mapping });
    const found = report.findings.find((group) => group.code === 'mapping_not_for_file');
    expect(found?.count).toBe(1);
    expect(found?.samples[0]?.message).toBe(
      '4 of the 5 columns the mapping names are not in the file. The mapping is for use-of-force, but the columns look like stops.',
    );
  });

  it('is not said when most of its columns are there (a column renamed in a new release)', async () => {
    const mapping = parseMapping(`policedata_mapping: 1
type: stops
fields:
  stop_id: TERRY_STOP_ID
  subject_race: SubjectPerceivedRace
  subject_sex: SubjectPerceivedGender
  stop_date: Reported_Dat
`);
    const report = await validateRows(seattle, [row], { mapping });
    expect(report.findings.map((group) => group.code)).not.toContain('mapping_not_for_file');
    expect(report.findings.map((group) => group.code)).toContain('mapping_column_not_found');
  });
});

describe('a missing _raw field', () => {
  it('is not reported when its twin is missing too (the twin says it all)', async () => {
    const report = await validateRows(
      ['stop_id', 'stop_date', 'subject_sex'],
      [{ line: 2, cells: ['1', '2019-01-01', 'male'] }],
      {
        type: 'stops',
        maxSamples: 50,
      },
    );
    const missing = report.findings.find((group) => group.code === 'recommended_field_missing');
    const fields = missing?.samples.map((sample) => sample.field) ?? [];
    expect(report.findings.find((group) => group.code === 'required_field_missing')?.samples[0]?.field).toBe(
      'subject_race',
    );
    expect(fields).not.toContain('subject_race_raw');
    expect(fields).toContain('stop_time');
  });
});

describe('a delimiter given', () => {
  const caret = 'stop_id^stop_date^subject_race^subject_sex\n1^2019-01-01^white^male\n2^2019-01-02^black^female\n';
  const source = (text: string) => ({
    name: 'stops.csv',
    stream: () => new Blob([text]).stream() as ReadableStream<Uint8Array>,
  });

  it('reads a file whose delimiter detection does not try, from the mapping or the options', async () => {
    const detected = await validateSource(source(caret), { type: 'stops' });
    expect(detected.findings.map((group) => group.code)).toContain('single_column');
    const mapping = parseMapping('policedata_mapping: 1\ntype: stops\ndelimiter: "^"\nfields: {}\n');
    const mapped = await validateSource(source(caret), { mapping });
    expect(mapped.file.dialect?.delimiter).toBe('^');
    expect(mapped).toMatchObject({ rows: 2, invalid_rows: 0 });
    const tabbed = await validateSource(source(caret.replaceAll('^', '\t')), { type: 'stops', delimiter: 'tab' });
    expect(tabbed).toMatchObject({ rows: 2, invalid_rows: 0 });
  });

  it('is one character or tab, never a quote or a line break', () => {
    expect(problems('policedata_mapping: 1\ntype: stops\ndelimiter: ";;"\nfields: {}\n')).toEqual([
      'm.yaml:3:12: the delimiter must be one character (or tab), not a quote or a line break, not ";;".',
    ]);
    expect(parseMapping('policedata_mapping: 1\ntype: stops\ndelimiter: \\t\nfields: {}\n').delimiter).toBe('\\t');
    expect(() => delimiterOf('"')).toThrow(/one character \(or tab\), not a quote or a line break/);
    expect(delimiterOf('tab')).toBe('\t');
  });
});

describe('a house-number column', () => {
  it('is said to give exact addresses with its street, when no field reads it', async () => {
    const header = ['stop_id', 'stop_date', 'subject_race', 'subject_sex', 'STREET_N', 'STREET', 'Street Name', 'STN'];
    const report = await validateRows(
      header,
      [{ line: 2, cells: ['1', '2019-01-01', 'white', 'male', '6101', 'Keystone', 'Keystone', '12'] }],
      {
        type: 'stops',
      },
    );
    const named = report.findings.find((group) => group.code === 'pii_column_name');
    expect(named?.samples.map((sample) => sample.column)).toEqual(['STREET_N']);
    expect(named?.samples[0]?.message).toContain('a house number (with the street, an exact address');
  });
});
