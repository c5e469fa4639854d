// `policedata normalize`'s core: a file written in the standard's own shape as it is validated.
// CSV in the standard's CSV form with formula injection defended, NDJSON with typed values, failed
// values kept in raw_ columns, and real files that re-validate without coercion errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from '@policedata/schemas';
import { describe, expect, it } from 'vitest';
import { blobByteSource } from '../src/index.js';
import { parseMapping } from '../src/mapping/mapping-file.js';
import { fileByteSource } from '../src/node.js';
import { defendFormula, undefendFormula } from '../src/normalize/csv-cell.js';
import { type NormalizeOptions, normalizeSource } from '../src/normalize-source.js';
import { openTable } from '../src/read/open-table.js';
import { DEFAULT_LIMITS } from '../src/read/types.js';
import { validateSource } from '../src/validate-source.js';

const root = join(import.meta.dirname, '../../..');
const sharedData = join(root, '../shared/data');

const COERCION_CODES = [
  'unmapped_code',
  'invalid_date',
  'invalid_time',
  'invalid_datetime',
  'invalid_number',
  'invalid_boolean',
  'invalid_age_range',
  'pattern_mismatch',
];

const csvSource = (text: string, name = 'input.csv') => blobByteSource(new Blob([text]), name);

async function normalize(text: string, options: Omit<NormalizeOptions, 'write'>) {
  const chunks: string[] = [];
  const result = await normalizeSource(csvSource(text), { ...options, write: (chunk) => chunks.push(chunk) });
  return { ...result, output: chunks.join(''), chunks: chunks.length };
}

/** Reads CSV text back with the engine's own reader: header and rows of cells. */
async function readBack(text: string): Promise<{ header: string[]; rows: string[][] }> {
  const table = await openTable(csvSource(text, 'out.csv'), { limits: DEFAULT_LIMITS }, { report: () => undefined });
  const rows: string[][] = [];
  for await (const batch of table.batches) for (const row of batch) rows.push(row.cells as string[]);
  return { header: table.header, rows };
}

const csvLine = (cells: string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');

describe('formula injection', () => {
  const PAYLOADS = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")'];

  it('prefixes text that a spreadsheet would run, and nothing else', () => {
    for (const payload of PAYLOADS) expect(defendFormula(payload)).toBe(`'${payload}`);
    for (const plain of ['-86.15', '+1', '-9', '1e5', 'White', "'quoted", 'a=b', ' =1', '']) {
      expect(defendFormula(plain)).toBe(plain);
    }
    for (const payload of PAYLOADS) expect(undefendFormula(defendFormula(payload))).toBe(payload);
    expect(undefendFormula("'quoted")).toBe("'quoted");
  });

  it('round-trips the corpus through a normalized CSV with the defence applied', async () => {
    const header = 'stop_id,stop_date,reason_for_stop,latitude,Notes';
    const lines = PAYLOADS.map((payload, i) => csvLine([String(i + 1), '2019-06-14', payload, '-86.15', payload]));
    lines.push(csvLine(['-9', '2019-06-14', 'Traffic', '-86.15', '-86.15']));
    // A formula in a number field does not read as a number: the field is empty, the raw_ cell defended.
    lines.push(csvLine(['99', '2019-06-14', 'Traffic', '-2+3', '']));
    const { output, columns } = await normalize([header, ...lines].join('\n'), { type: 'stops', format: 'csv' });
    // raw_stop_date and raw_latitude would keep values that fail to read; none does here.
    expect(columns).toEqual([
      'stop_id',
      'stop_date',
      'reason_for_stop',
      'latitude',
      'raw_stop_date',
      'raw_latitude',
      'raw_notes',
    ]);
    const { header: written, rows } = await readBack(output);
    expect(written).toEqual(columns);
    PAYLOADS.forEach((payload, i) => {
      const [, , reason, latitude, rawDate, rawLatitude, notes] = rows[i] ?? [];
      expect([rawDate, rawLatitude]).toEqual(['', '']);
      // The field's text is trimmed (as every text field is read); the raw column is as published.
      expect(reason).toBe(`'${payload.trim()}`);
      expect(notes).toBe(`'${payload}`);
      expect(undefendFormula(notes ?? '')).toBe(payload);
      expect(latitude).toBe('-86.15');
    });
    // Numbers, and text that is a plain number, are written as they are.
    expect(rows.at(-2)).toEqual(['-9', '2019-06-14', 'Traffic', '-86.15', '', '', '-86.15']);
    expect(rows.at(-1)).toEqual(['99', '2019-06-14', 'Traffic', '', '', "'-2+3", '']);
  });
});

describe('normalized output', () => {
  const header = 'stop_id,stop_date,subject_race,frisk_performed,latitude,Officer Notes,Notes';
  const input = [
    header,
    '1,06/14/2019,White;Black,Y,47.61,"a, b",x',
    '2,not a date,Martian,N,,,',
    '3,2019-06-15,,maybe,47.6,,',
  ].join('\n');

  it('writes the standard CSV form; values that failed are empty and kept in raw_ columns', async () => {
    const { output, columns, report } = await normalize(input, { type: 'stops', format: 'csv' });
    expect(columns).toEqual([
      'stop_id',
      'stop_date',
      'latitude',
      'subject_race',
      'subject_race_raw',
      'frisk_performed',
      'raw_stop_date',
      'raw_frisk_performed',
      'raw_latitude',
      'raw_officer_notes',
      'raw_notes',
    ]);
    expect(output.split('\n')).toEqual([
      columns.join(','),
      '1,2019-06-14,47.61,white;black,White;Black,true,,,,"a, b",x',
      '2,,,,Martian,false,not a date,,,,',
      '3,2019-06-15,47.6,,,,,maybe,,,',
      '',
    ]);
    expect(report.rows).toBe(3);
    expect(report.findings.map((finding) => finding.code)).toEqual(
      expect.arrayContaining(['invalid_date', 'unmapped_code', 'invalid_boolean']),
    );
  });

  it('writes NDJSON with typed values, every record with the same keys (null when absent)', async () => {
    const { output } = await normalize(input, { type: 'stops', format: 'ndjson' });
    const records = output
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    const empty = {
      stop_id: null,
      stop_date: null,
      latitude: null,
      subject_race: null,
      subject_race_raw: null,
      frisk_performed: null,
      raw_stop_date: null,
      raw_latitude: null,
      raw_frisk_performed: null,
      raw_officer_notes: null,
      raw_notes: null,
    };
    expect(records).toEqual([
      {
        ...empty,
        stop_id: '1',
        stop_date: '2019-06-14',
        latitude: 47.61,
        subject_race: ['white', 'black'],
        subject_race_raw: 'White;Black',
        frisk_performed: true,
        raw_officer_notes: 'a, b',
        raw_notes: 'x',
      },
      { ...empty, stop_id: '2', subject_race_raw: 'Martian', frisk_performed: false, raw_stop_date: 'not a date' },
      { ...empty, stop_id: '3', stop_date: '2019-06-15', latitude: 47.6, raw_frisk_performed: 'maybe' },
    ]);
    expect(new Set(records.map((record) => Object.keys(record).join()))).toHaveProperty('size', 1);
  });

  it('writes every field of the type with allFields', async () => {
    const { columns } = await normalize(input, { type: 'stops', format: 'csv', allFields: true });
    const fields = registry.listFields('stops').map((field) => field.name);
    expect(columns.slice(0, fields.length)).toEqual(fields);
  });

  it('needs a dataset type', async () => {
    await expect(normalize('a,b\n1,2\n', { format: 'csv' })).rejects.toThrow(/dataset type is not known/);
  });
});

describe.concurrent('real files, normalized and validated again', () => {
  it('Indianapolis shootings: the standard shape, 118 rows, no coercion errors without a mapping', async () => {
    const mappingPath = join(root, 'examples/mappings/indianapolis-officer-involved-shootings-2019-10-31.yaml');
    const mapping = parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath);
    const file = join(sharedData, 'officer-involved-shootings/indianapolis-2019-10-31.csv');
    const chunks: string[] = [];
    const { report, columns } = await normalizeSource(fileByteSource(file), {
      mapping,
      format: 'csv',
      write: (text) => chunks.push(text),
    });
    expect(report.rows).toBe(118);
    const fields = registry.listFields('officer-involved-shootings').map((field) => field.name);
    const written = columns.filter((name) => !name.startsWith('raw_'));
    expect(written).toEqual(fields.filter((name) => written.includes(name)));
    expect(written.slice(0, 5)).toEqual(['incident_id', 'shooting_id', 'agency_name', 'agency_ori', 'incident_date']);

    const output = chunks.join('');
    const again = await validateSource(csvSource(output, 'normalized.csv'), { type: 'officer-involved-shootings' });
    expect(again.rows).toBe(118);
    const codes = again.findings.map((finding) => finding.code);
    for (const code of COERCION_CODES) expect(codes).not.toContain(code);
    for (const name of written) {
      expect(again.fields.find((field) => field.name === name)).toMatchObject({ status: 'mapped', invalid: 0 });
    }
    const { rows } = await readBack(output);
    expect(rows[0]?.slice(0, 7)).toEqual([
      '31997',
      '1',
      'Indianapolis Metropolitan Police Department',
      'INIPD0000',
      '2018-11-09',
      '22:15',
      '5455 N Keystone Avenue',
    ]);
  });

  it('Dallas 2019: the 4 unreadable shot counts are empty and kept in raw_cycles_num', async () => {
    const mappingPath = join(root, 'examples/mappings/dallas-use-of-force-2019.yaml');
    const mapping = parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath);
    const { output, report } = await (async () => {
      const chunks: string[] = [];
      const result = await normalizeSource(fileByteSource(join(sharedData, 'use-of-force/dallas-2019.csv')), {
        mapping,
        format: 'csv',
        write: (text) => chunks.push(text),
      });
      return { ...result, output: chunks.join('') };
    })();
    expect(report.rows).toBe(2944);
    const { header, rows } = await readBack(output);
    const raw = header.indexOf('raw_cycles_num');
    const count = header.indexOf('discharge_count');
    expect(raw).toBeGreaterThan(count);
    const kept = rows.filter((row) => row[raw] !== '');
    expect(kept.map((row) => [row[count], row[raw]])).toEqual(Array(4).fill(['', expect.stringMatching(/,/)]));
    const again = await validateSource(csvSource(output, 'normalized.csv'), { type: 'use-of-force' });
    const codes = again.findings.map((finding) => finding.code);
    for (const code of COERCION_CODES) expect(codes).not.toContain(code);
  });

  it('Seattle stops: written in pieces as rows are read, one record per row', async () => {
    const chunks: string[] = [];
    const { report } = await normalizeSource(fileByteSource(join(sharedData, 'stops/seattle-terry-stops.csv')), {
      type: 'stops',
      format: 'ndjson',
      write: (text) => chunks.push(text),
    });
    expect(report.rows).toBe(19_753);
    expect(chunks.length).toBeGreaterThan(5);
    const lines = chunks.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(19_753);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ stop_id: '10207', stop_date: '2015-03-30' });
  });

  it('keeps the name of a column an earlier normalize kept as published (no raw_raw_)', async () => {
    const again = 'stop_id,stop_date,raw_officer_notes\n1,2019-06-14,a\n';
    const { columns } = await normalize(again, { type: 'stops', format: 'csv' });
    expect(columns).toContain('raw_officer_notes');
    expect(columns.some((name) => name.startsWith('raw_raw_'))).toBe(false);
  });
});
