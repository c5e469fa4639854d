// `policedata map`'s core: proposing a mapping from a header and sample rows, writing it as
// commented YAML that parseMapping reads, surviving hostile cell values, and every real file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UnknownDatasetTypeError } from '../src/errors.js';
import { type MappingFile, parseMapping } from '../src/mapping/mapping-file.js';
import { type MappingProposal, proposeMapping } from '../src/mapping/propose.js';
import { writeMappingYaml } from '../src/mapping/write-mapping-yaml.js';
import { fileByteSource, validateFile } from '../src/node.js';
import { proposeMappingForSource } from '../src/propose-source.js';

const sharedData = join(import.meta.dirname, '../../../../shared/data');

const field = (proposal: MappingProposal, name: string) => proposal.fields.find((f) => f.field === name);
const valuesOf = (proposal: MappingProposal, name: string) =>
  Object.fromEntries(
    (field(proposal, name)?.crosswalk?.values ?? []).map((v) => [v.value, [v.code, v.match, v.count]]),
  );

const STOPS_HEADER = ['TERRY_STOP_ID', 'stop_date', 'Subject Race', 'subject_sexx', 'Officer_Race', 'Notes'];
const STOPS_ROWS = [
  ['1', '13/06/2019', 'White', 'Male', 'W; B', 'first'],
  ['2', '14/06/2019', 'white ', 'Female', 'Asian', 'second'],
  ['3', '01/07/2019', 'Black or African American', 'M', 'NULL', ''],
  ['4', '02/07/2019', 'Martian', 'NULL', 'X; W', 'NULL'],
  ['5', '03/07/2019', 'Hispanic or Latino', '-', 'W', 'fifth'],
];

describe('proposeMapping', () => {
  const proposal = proposeMapping({ header: STOPS_HEADER, rows: STOPS_ROWS, fileName: 'terry-stops.csv' });

  it('detects the type with its confidence and runner-up', () => {
    expect(proposal).toMatchObject({ type: 'stops', typeSource: 'detected', sampleRows: 5, complete: false });
    expect(proposal.confidence).toBeGreaterThan(0.5);
    expect(proposal.runnerUp).toEqual(expect.any(String));
  });

  it('matches columns by field name, alias and close spelling, and says which', () => {
    expect(proposal.fields.map((f) => [f.field, f.column, f.reason])).toEqual([
      ['stop_id', 'TERRY_STOP_ID', 'alias'],
      ['stop_date', 'stop_date', 'field_name'],
      ['subject_race', 'Subject Race', 'field_name'],
      ['subject_sex', 'subject_sexx', 'fuzzy'],
      ['officer_race', 'Officer_Race', 'field_name'],
    ]);
    expect(proposal.unmatched).toEqual([
      { column: 'Notes', examples: ['fifth', 'first', 'second'], distinct: 4, blank: 1 },
    ]);
    expect(proposal.notFound).toContainEqual({ field: 'agency_name', level: 'recommended' });
    expect(proposal.notFound.map((entry) => entry.field)).not.toContain('subject_race_raw');
  });

  it('proposes every distinct value of a code field: code, label, alias or unknown', () => {
    expect(valuesOf(proposal, 'subject_race')).toEqual({
      White: ['white', 'code', 2],
      'Black or African American': ['black', 'alias', 1],
      'Hispanic or Latino': ['hispanic_latino', 'label', 1],
      Martian: [null, 'unknown', 1],
    });
    expect(field(proposal, 'subject_race')?.crosswalk?.values[0]?.variants).toEqual(['white ']);
    // Placeholders are not crosswalk values; they are listed under missing.
    expect(valuesOf(proposal, 'subject_sex')).toEqual({
      Male: ['male', 'code', 1],
      Female: ['female', 'code', 1],
      M: ['male', 'alias', 1],
    });
    expect(proposal.missing).toEqual([
      { value: 'NULL', count: 3 },
      { value: '-', count: 1 },
    ]);
  });

  it('splits list fields on the separator their cells use', () => {
    const race = field(proposal, 'officer_race')?.crosswalk;
    expect(race?.separator).toBe(';');
    expect(valuesOf(proposal, 'officer_race')).toEqual({
      W: ['white', 'alias', 3],
      B: ['black', 'alias', 1],
      Asian: ['asian', 'code', 1],
      X: [null, 'unknown', 1],
    });
  });

  it('gives day-first dates a format, since the engine reads slashed dates month first', () => {
    expect(field(proposal, 'stop_date')?.date).toEqual({
      example: '01/07/2019',
      pattern: 'DD/MM/YYYY',
      readable: false,
      unreadable: 2,
    });
    const us = proposeMapping({ header: ['stop_id', 'stop_date'], rows: [['1', '6/14/2019']], type: 'stops' });
    expect(us.fields[1]?.date).toMatchObject({ pattern: 'M/D/YYYY', readable: true });
    const iso = proposeMapping({ header: ['stop_id', 'stop_date'], rows: [['1', '2019-06-14']], type: 'stops' });
    expect(iso.fields[1]?.date).toBeUndefined();
  });

  it('says when every date also reads day first, since nothing in the sample tells which is meant', () => {
    const dates = (values: string[]) =>
      proposeMapping({
        header: ['stop_id', 'stop_date'],
        rows: values.map((value, i) => [String(i), value]),
        type: 'stops',
      });
    const both = dates(['03/04/2019', '05/06/2019', '01/02/2019']);
    expect(both.fields[1]?.date).toMatchObject({ pattern: 'MM/DD/YYYY', readable: true, dayFirst: 'DD/MM/YYYY' });
    expect(writeMappingYaml(both)).toMatch(
      /# every one of them also reads day first \(DD\/MM\/YYYY\): if the file writes day first, give that format/,
    );
    // A day past 12 settles it, and so does every date being the same both ways.
    expect(dates(['03/04/2019', '05/16/2019']).fields[1]?.date?.dayFirst).toBeUndefined();
    expect(dates(['03/03/2019', '1/1/2019']).fields[1]?.date?.dayFirst).toBeUndefined();
  });

  it('takes a given type, and refuses an unknown or undetectable one', () => {
    expect(proposeMapping({ header: ['a'], rows: [], type: 'arrests' })).toMatchObject({ typeSource: 'option' });
    expect(() => proposeMapping({ header: ['a', 'b'], rows: [], type: 'stop' })).toThrow(/Did you mean "stops"/);
    expect(() => proposeMapping({ header: ['a', 'b'], rows: [], fileName: 'x.csv' })).toThrow(UnknownDatasetTypeError);
  });
});

describe('writeMappingYaml', () => {
  const proposal = proposeMapping({ header: STOPS_HEADER, rows: STOPS_ROWS, fileName: 'data/terry-stops.csv' });
  const text = writeMappingYaml(proposal);
  const mapping = parseMapping(text, 'proposed.yaml');

  it('writes a mapping parseMapping accepts, with the proposal in it', () => {
    expect(mapping).toMatchObject({
      policedata_mapping: 1,
      type: 'stops',
      source: 'terry-stops.csv',
      missing: ['NULL', '-'],
      fields: {
        stop_id: 'TERRY_STOP_ID',
        stop_date: { column: 'stop_date', format: 'DD/MM/YYYY' },
        subject_race: {
          column: 'Subject Race',
          values: {
            White: 'white',
            'Black or African American': 'black',
            'Hispanic or Latino': 'hispanic_latino',
          },
        },
        officer_race: {
          column: 'Officer_Race',
          separator: ';',
          values: { W: 'white', B: 'black', Asian: 'asian' },
        },
      },
    });
  });

  it('comments why: type confidence, match reasons, counts, unknowns, unmatched columns', () => {
    expect(text).toMatch(/^type: stops +# detected from the column names: \d+% confidence; runner-up: [a-z-]+$/m);
    expect(text).toMatch(/^ {2}stop_id: TERRY_STOP_ID +# a known name for stop_id$/m);
    expect(text).toMatch(/^ {2}subject_sex: +# close to "subject_sex": check; a placeholder in 2 rows$/m);
    // Unknown values are written commented out, so they stay reported until someone maps them.
    expect(text).toMatch(/^ {6}# Martian: \? +# unknown: map me \(1 row\)$/m);
    expect(text).toMatch(/^ {6}White: white +# 2 rows: the standard's code; also written "white "$/m);
    expect(text).toMatch(/^ {2}# dates written like "01\/07\/2019" \(DD\/MM\/YYYY\): the format below is needed/m);
    expect(text).toMatch(/^# ignore:\n# {3}- Notes # "fifth", "first", "second", … \(4 distinct values\)$/m);
    expect(text).toMatch(/^ {2}# agency_name: +# recommended$/m);
  });

  it('keeps hostile values as exact keys and inert comments', () => {
    const hostile = [
      'line\nbreak: x',
      'carriage\rreturn',
      'hash # comment',
      'colon: value',
      '"quoted"',
      "'single'",
      '- dash',
      '&anchor',
      '*alias',
      '!tag',
      '|',
      '> folded',
      '%directive',
      '@at',
      '`tick',
      '{flow}',
      '[list]',
      'null',
      'True',
      'yes',
      'N',
      '~',
      '1',
      '0x1F',
      '1e3',
      '.inf',
      '2019-01-01',
      '<<',
      '?',
      'separator\u2028line',
      'next\u0085line',
      'bom\ufeff',
      'c1\u009bcontrol',
      'nul\u0000',
      'bell\u0007',
      'tab\there',
      '\u202eright-to-left',
      'ünïcödé',
      'x'.repeat(300),
    ];
    const rows = hostile.map((value, i) => [String(i), value, value]);
    const p = proposeMapping({ header: ['stop_id', 'subject_race', 'Notes'], rows, type: 'stops' });
    const yaml = writeMappingYaml(p);
    const parsed = parseMapping(yaml, 'hostile.yaml') as MappingFile;
    const values = (parsed.fields.subject_race as { values: Record<string, unknown> }).values;
    // Only `N` is a known spelling (of male/unknown lists); every other value is unknown and written
    // commented out: none of them may leak out of its comment as a key.
    expect(Object.keys(values ?? {})).toEqual(['N']);
    expect(parsed.missing).toEqual(['null']);
    // No character a YAML reader could take as a line break or refuse, so comments stay comments
    // and nothing a cell holds adds a key.
    const unsafe = [...yaml].filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return (
        code === 13 ||
        code < 9 ||
        (code >= 0x7f && code <= 0x9f) ||
        (code >= 0x202a && code <= 0x202e) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0xfeff
      );
    });
    expect(unsafe).toEqual([]);
    expect(Object.keys(parse(yaml))).toEqual(['policedata_mapping', 'type', 'missing', 'fields']);
    expect(Object.keys(parsed.fields)).toEqual(['stop_id', 'subject_race']);
    expect(yaml.split('\n').filter((line) => line.startsWith('#   - Notes')).length).toBe(1);
  });

  it('writes a mapping with no fields when nothing matches', () => {
    const empty = proposeMapping({ header: ['a', 'b'], rows: [['1', '2']], type: 'arrests' });
    expect(parseMapping(writeMappingYaml(empty), 'empty.yaml').fields).toEqual({});
  });
});

const realFiles = readdirSync(sharedData, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(csv|xlsx?|json|ndjson)$/.test(name) && statSync(join(sharedData, name)).isFile())
  .sort();

describe.concurrent('proposals for every real file', () => {
  it('finds the real files', () => expect(realFiles.length).toBeGreaterThanOrEqual(11));

  it.each(realFiles)('%s: parseMapping reads it and validate finds every column it names', async (name) => {
    const path = join(sharedData, name);
    const proposal = await proposeMappingForSource(fileByteSource(path, name));
    const text = writeMappingYaml(proposal);
    const mapping = parseMapping(text, `${name}.yaml`);
    expect(Object.keys(mapping.fields).length).toBeGreaterThan(3);
    const report = await validateFile(path, { mapping, workers: 0 });
    expect(report.findings.map((finding) => finding.code)).not.toContain('mapping_column_not_found');
    expect(report.dataset.type).toBe(proposal.type);
  });

  it('Seattle stops: the first 10,000 rows, NULL and -, every race value', async () => {
    const path = join(sharedData, 'stops/seattle-terry-stops.csv');
    const proposal = await proposeMappingForSource(fileByteSource(path));
    expect(proposal).toMatchObject({ type: 'stops', sampleRows: 10_000, complete: false });
    expect(proposal.missing.map((entry) => entry.value)).toEqual(['NULL', '-']);
    expect(valuesOf(proposal, 'subject_race')['American Indian / Alaskan Native']).toEqual([null, 'unknown', 299]);
    expect(Object.keys(valuesOf(proposal, 'officer_race'))).toHaveLength(9);
    expect(proposal.unmatched.map((column) => column.column)).toEqual(['FinalCallType', 'CallType']);
    const all = await proposeMappingForSource(fileByteSource(path), { sampleRows: 50_000 });
    expect(all).toMatchObject({ sampleRows: 19_753, complete: true });
  });

  it('Dallas 2013: comma-separated force types and US date-times read without a format', async () => {
    const proposal = await proposeMappingForSource(fileByteSource(join(sharedData, 'use-of-force/dallas-2013.csv')));
    expect(field(proposal, 'force_type')?.crosswalk?.separator).toBe(',');
    expect(valuesOf(proposal, 'force_type')['Verbal Command']).toEqual(['verbal_command', 'label', 933]);
    expect(field(proposal, 'incident_date')?.date).toMatchObject({ pattern: 'MM/DD/YYYY hh:mm:ss A', readable: true });
  });

  it('Dallas 2019: says which yes/no and number cells the engine cannot read', async () => {
    const proposal = await proposeMappingForSource(fileByteSource(join(sharedData, 'use-of-force/dallas-2019.csv')));
    expect(field(proposal, 'discharge_count')?.unreadable).toEqual({
      count: 4,
      examples: ['0, 0', '0, 1', '1, 1'],
      yesNo: false,
    });
    expect(field(proposal, 'force_effective')?.unreadable).toMatchObject({ yesNo: true });
    expect(writeMappingYaml(proposal)).toMatch(
      /^ {2}# [\d,]+ cells validate cannot read as force_effective: "Yes, Yes", .*\(true_values and false_values can say what they mean\)$/m,
    );
  });

  it('Lincoln: numeric codes are all unknown, "." is the placeholder', async () => {
    const proposal = await proposeMappingForSource(
      fileByteSource(join(sharedData, 'use-of-force/lincoln-2014-2016.csv')),
    );
    expect(proposal.missing).toEqual([{ value: '.', count: expect.any(Number) }]);
    expect(field(proposal, 'subject_race')?.crosswalk?.values.every((value) => value.code === null)).toBe(true);
  });

  it("Norwich: the form's 43 unfilled lines are left out, as validate leaves them out", async () => {
    const path = join(sharedData, 'use-of-force/norwich-2019.xls');
    const proposal = await proposeMappingForSource(fileByteSource(path));
    const report = await validateFile(path, { type: 'use-of-force' });
    expect(proposal.sampleRows).toBe(76);
    expect(proposal.sampleRows).toBe(report.rows);
    expect(proposal.unfilledRows).toBe(43);
    expect(field(proposal, 'incident_time')?.blank).toBe(0);
    expect(writeMappingYaml(proposal)).toMatch(
      /all 76 rows\.\n# 43 unfilled lines of a form \(a value in one column only\) left out\./,
    );
  });

  it('Austin: says which cells will fail a field read from the right column (an id with a key glued on)', async () => {
    const path = join(sharedData, 'use-of-force/austin-2016.csv');
    const proposal = await proposeMappingForSource(fileByteSource(path));
    const report = await validateFile(path, { type: 'use-of-force' });
    const misfit = field(proposal, 'subject_id')?.misfit;
    expect(misfit).toHaveLength(1);
    expect(misfit?.[0]).toMatchObject({
      code: 'value_format_mismatch',
      reason: expect.stringMatching(/without spaces/),
    });
    // The whole file is sampled, so the count is the one validate gives.
    expect(misfit?.[0]?.count).toBe(report.findings.find((group) => group.code === 'value_format_mismatch')?.count);
    expect(writeMappingYaml(proposal)).toMatch(
      /# 3,269 cells will fail subject_id: Expected one word, .*\. For example "\d+: \d+".*\n {2}# if part of each cell is the value, a pattern can keep that part/,
    );
    // Nearly every cell would fail: the match is commented out and the column ignored, so that
    // validate does not map it by its name; the proposal then reads without those errors.
    expect(field(proposal, 'subject_id')?.mostlyFailing).toBe(true);
    const yaml = writeMappingYaml(proposal);
    expect(yaml).toMatch(/^ {2}# subject_id: Master Subject ID +# .*commented out: nearly every cell would fail$/m);
    expect(yaml).toMatch(/^ignore:\n {2}- Master Subject ID +# nearly every cell would fail subject_id/m);
    const proposed = await validateFile(path, { mapping: parseMapping(yaml, 'proposed.yaml') });
    expect(proposed.findings.find((group) => group.code === 'value_format_mismatch')).toBeUndefined();
    // Weapon Used 1 … 5 are read as one list, as the hand-written mapping reads them (and kept as
    // published in force_type_raw).
    expect(field(proposal, 'force_type')?.series).toEqual([1, 2, 3, 4, 5].map((n) => `Weapon Used ${n}`));
    expect(field(proposal, 'force_type_raw')?.series).toHaveLength(5);
    expect(proposed.fields.find((entry) => entry.name === 'force_type_raw')).toMatchObject({ status: 'mapped' });
    expect(yaml).toMatch(
      / {4}columns: \[Weapon Used 1, Weapon Used 2, Weapon Used 3, Weapon Used 4, Weapon Used 5\].*\n {4}join: "\|"\n {4}separator: "\|"/,
    );
    expect(proposal.unmatched.map((column) => column.column)).not.toContain('Weapon Used 2');
    expect(proposed.findings.find((group) => group.code === 'mapping_column_not_found')).toBeUndefined();
    // Times the engine reads ("230" is 02:30) are not called failures.
    expect(field(proposal, 'incident_time')?.unreadable).toBeUndefined();
    expect(field(proposal, 'incident_time')?.misfit).toBeUndefined();
  });

  it('Indianapolis crimes: a time the engine cannot read is named', async () => {
    const path = join(sharedData, 'crime-incidents/indianapolis-ucr-current-year.csv');
    const proposal = await proposeMappingForSource(fileByteSource(path));
    expect(field(proposal, 'incident_time')?.unreadable).toMatchObject({ examples: ['99:99'], yesNo: false });
  });

  it('groups the values a field refuses by the reason validate will give, largest group first', () => {
    const ids = [...Array.from({ length: 50 }, (_, i) => [`${1000 + i}: 2016${i}`]), ['x'.repeat(200)]];
    const proposal = proposeMapping({
      header: ['incident_id', 'Master Subject ID'],
      rows: ids.map(([id]) => ['1', id]),
      type: 'use-of-force',
      complete: true,
    });
    const misfit = field(proposal, 'subject_id')?.misfit;
    expect(misfit?.map((group) => [group.code, group.count])).toEqual([
      ['value_format_mismatch', 50],
      ['value_out_of_range', 1],
    ]);
    const yaml = writeMappingYaml(proposal);
    expect(yaml).toMatch(
      /# 50 cells will fail subject_id: Expected one word.*\n.*# 1 cell will fail subject_id: Must be at most 128 characters long\./,
    );
    expect(yaml).toMatch(/a pattern can keep that part/);
  });

  it('Bloomington: proposes the flags of its yes/no columns, as its hand-written mapping has them', async () => {
    const path = join(sharedData, 'use-of-force/bloomington-2019-q1.xlsx');
    const proposal = await proposeMappingForSource(fileByteSource(path));
    const proposed = Object.fromEntries(
      proposal.flags.map((entry) => [
        entry.field,
        Object.fromEntries(entry.columns.filter((flag) => flag.code !== null).map((flag) => [flag.column, flag.code])),
      ]),
    );
    const handPath = join(import.meta.dirname, '../../../examples/mappings/bloomington-use-of-force-2019-q1.yaml');
    const hand = parseMapping(readFileSync(handPath, 'utf8'), handPath);
    const handFlags = Object.fromEntries(
      Object.entries(hand.fields ?? {}).flatMap(([name, source]) =>
        typeof source === 'object' && source !== null && 'flags' in source ? [[name, source.flags]] : [],
      ),
    );
    expect(proposed).toEqual(handFlags);
    // The one other yes/no column is offered, commented out, where it might belong.
    const force = proposal.flags.find((entry) => entry.field === 'force_type');
    expect(force?.columns.filter((flag) => flag.code === null).map((flag) => flag.column)).toEqual([
      'Officer Exposed to BBP',
    ]);
    // The columns read as flags are no longer offered as unmatched, and the YAML reads back.
    expect(proposal.unmatched.map((column) => column.column)).not.toContain('Suspect Gender Male');
    const yaml = writeMappingYaml(proposal);
    expect(yaml).toMatch(
      / {2}subject_sex: +# from 2 yes\/no columns, one per code: check\n {4}flags:\n {6}Suspect Gender Female: female/,
    );
    const mapping = parseMapping(yaml, 'proposed.yaml');
    const report = await validateFile(path, { mapping });
    expect(report.findings.map((group) => group.code)).not.toContain('mapping_column_not_found');
    expect(report.fields.find((entry) => entry.name === 'subject_sex')).toMatchObject({ valid: 89, invalid: 0 });
  });

  it('proposes flags only from two or more yes/no columns, for the person the columns name', () => {
    const rows = [
      ['1', 'YES', 'NO', 'Y', '', 'blue'],
      ['2', 'NO', 'YES', '', 'Y', 'red'],
    ];
    const proposal = proposeMapping({
      header: ['incident_id', 'Taser', 'OC Spray', 'Officer Gender Female', 'Officer Gender Male', 'Colour'],
      rows,
      type: 'use-of-force',
      complete: true,
    });
    const flags = Object.fromEntries(
      proposal.flags.map((entry) => [entry.field, entry.columns.map((flag) => flag.code)]),
    );
    expect(flags).toEqual({
      force_type: ['less_lethal_taser', 'less_lethal_chemical'],
      officer_sex: ['female', 'male'],
    });
    // A single yes/no column naming a code is not enough, and other columns are left alone.
    const one = proposeMapping({
      header: ['incident_id', 'Taser', 'Colour'],
      rows: [['1', 'YES', 'blue']],
      type: 'use-of-force',
    });
    expect(one.flags).toEqual([]);
    // Columns that do not name the person go to the first field they fit, in the schema's order.
    const sex = proposeMapping({
      header: ['incident_id', 'Female', 'Male'],
      rows: [['1', 'Y', 'N']],
      type: 'use-of-force',
    });
    expect(sex.flags.map((entry) => entry.field)).toEqual(['subject_sex']);
    // A column naming a generic code joins a group only when it shares the group's prefix.
    const groups = proposeMapping({
      header: [
        'incident_id',
        'Force Taser',
        'Force OC Spray',
        'Force Other',
        'Suspect Race White',
        'Suspect Race Black',
        'Suspect Race Unknown',
        'Officer Race White',
        'Officer Race Black',
        'Officer Race Other',
      ],
      rows: [['1', 'Y', 'N', 'N', 'Y', 'N', 'N', 'N', 'Y', 'N']],
      type: 'use-of-force',
    });
    const columnsOf = (entry: { columns: Array<{ column: string }> }) => entry.columns.map((flag) => flag.column);
    expect(Object.fromEntries(groups.flags.map((entry) => [entry.field, columnsOf(entry)]))).toEqual({
      force_type: ['Force Taser', 'Force OC Spray', 'Force Other'],
      subject_race: ['Suspect Race White', 'Suspect Race Black', 'Suspect Race Unknown'],
      officer_race: ['Officer Race White', 'Officer Race Black', 'Officer Race Other'],
    });
    // Nor are `Other` and `Unknown`, which would fit nearly every code list.
    const generic = proposeMapping({
      header: ['incident_id', 'Other', 'Unknown'],
      rows: [['1', 'YES', 'NO']],
      type: 'use-of-force',
    });
    expect(generic.flags).toEqual([]);
  });

  it('writes `fields: {}` when every matched column is left out, so the file still reads', () => {
    const proposal = proposeMapping({
      header: ['Master Subject ID', 'note'],
      rows: [
        ['1: 2', 'x'],
        ['3: 4', 'y'],
      ],
      type: 'use-of-force',
      complete: true,
    });
    expect(proposal.fields.every((entry) => entry.mostlyFailing)).toBe(true);
    const yaml = writeMappingYaml(proposal);
    expect(() => parseMapping(yaml, 'proposed.yaml')).not.toThrow();
  });
});

describe('an address published in parts', () => {
  it('is proposed as location_address joined from its parts, in a mapping that parses', async () => {
    const header = ['case_id', 'occurred', 'STREET_N', 'STREET', 'STREET_T', 'STREET_G', 'ALLEGATION'];
    const rows = [
      ['1', '2019-01-02', '6101', 'Keystone', 'Ave', 'N', 'Rude'],
      ['2', '2019-01-03', '', 'Market', 'St', '', 'Rude'],
    ];
    const proposal = proposeMapping({ header, rows, type: 'complaints', fileName: 'c.csv' });
    const address = proposal.fields.find((field) => field.field === 'location_address');
    expect(address).toMatchObject({
      reason: 'address_parts',
      series: ['STREET_N', 'STREET_G', 'STREET', 'STREET_T'],
      join: ' ',
    });
    expect(proposal.unmatched.map((column) => column.column)).not.toContain('STREET');
    const mapping = parseMapping(writeMappingYaml(proposal));
    // The direction goes before the street, as published: 6101 N Keystone Ave.
    expect(mapping.fields.location_address).toEqual({
      columns: ['STREET_N', 'STREET_G', 'STREET', 'STREET_T'],
      join: ' ',
    });
    // No house number and street: nothing to join.
    const partial = proposeMapping({ header: ['case_id', 'STREET_T'], rows: [['1', 'Ave']], type: 'complaints' });
    expect(partial.fields.map((field) => field.field)).not.toContain('location_address');
  });
});

describe('a value repeated where a time is expected', () => {
  it('is pointed at as a likely placeholder, with the line that would read it as not recorded', () => {
    const header = ['CASE', 'DATE_', 'TIME', 'CRIME'];
    const rows = Array.from({ length: 20 }, (_, i) => [`C${i}`, '2019-01-01', i % 2 ? '99:99' : '12:30', 'THEFT']);
    const yaml = writeMappingYaml(proposeMapping({ header, rows, type: 'crime-incidents' }));
    expect(yaml).toContain('# if "99:99" means "not recorded": incident_time: { column: TIME, missing: ["99:99"] }');
    // The line it suggests is a mapping that reads the placeholder as missing.
    const mapping = parseMapping(
      `policedata_mapping: 1\ntype: crime-incidents\nfields:\n  incident_time: { column: TIME, missing: ["99:99"] }\n`,
    );
    expect(mapping.fields.incident_time).toEqual({ column: 'TIME', missing: ['99:99'] });
  });
});
