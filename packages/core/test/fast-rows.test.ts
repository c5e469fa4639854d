// The fast path for ordinary rows (validate/fast-rows.ts) must count exactly what the ordinary
// reader and row processor would: the same ChunkResult for any text, and the same report on every
// real file. Compared here part by part on random texts, and whole reports on the real CSV files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobByteSource, DEFAULT_LIMITS } from '../src/index.js';
import { parseMapping } from '../src/mapping/mapping-file.js';
import { fileByteSource } from '../src/node.js';
import { ChunkValidator } from '../src/parallel/chunk-validator.js';
import type { WorkerPool } from '../src/parallel/pool.js';
import type { ChunkResult, WorkerSetup } from '../src/parallel/protocol.js';
import { Hasher } from '../src/validate/seen-set.js';
import { validateSource } from '../src/validate-source.js';
import { random } from './random.js';

const root = new URL('../../..', import.meta.url).pathname;
const data = join(root, '../shared/data');

const HEADER = [
  'stop_id',
  'stop_date',
  'stop_time',
  'subject_race',
  'subject_age',
  'search_conducted',
  'reason_for_stop',
  'note',
];

function setup(header: string[], extra: Partial<WorkerSetup> = {}): WorkerSetup {
  return {
    fileName: 'f.csv',
    sourceName: 'f.csv',
    header,
    names: header,
    delimiter: ',',
    quote: '"',
    limits: { ...DEFAULT_LIMITS, maxCellChars: 40 },
    type: 'stops',
    asOf: '2025-01-01',
    severity: {},
    ignore: [],
    maxSamples: 5,
    ...extra,
  };
}

/** Rows of every shape the fast path must either count right or hand over. */
function randomText(rand: () => number, rows: number): string {
  // The first value of each list is ordinary, and chosen most of the time.
  const pick = <T>(list: readonly T[]) => (rand() < 0.8 ? list[0] : list[Math.floor(rand() * list.length)]) as T;
  const cells = [
    () => `S-${Math.floor(rand() * 50)}`,
    () => pick(['2019-03-04', '3/4/2019', '04/03/2019', '2031-01-01', '1901-05-05', '2019-02-30', '', 'NULL']),
    () => pick(['12:30', '9:05 PM', '25:00', '']),
    () => pick(['white', '"black"', 'W', 'black', 'Unknown', '  white ', '', '-']),
    () => pick(['34', '140', 'x', '', '34.5']),
    () => pick(['true', 'false', 'Y', 'maybe', '']),
    () =>
      pick([
        'SPEEDING',
        '"MOVING VIOLATION, OTHER"',
        '"DUI ""SUSPECTED"""',
        '"two\nlines"',
        'ab"c',
        '"x"y',
        '"x\r\ny"',
      ]),
    () => pick(['ok', '', 'call 317-555-0123', 'ok', '123-45-6789', 'x'.repeat(50), '"quoted"']),
  ];
  let text = '';
  for (let i = 0; i < rows; i++) {
    const width = rand() < 0.05 ? 1 + Math.floor(rand() * 10) : cells.length;
    const row = Array.from({ length: width }, (_, k) => (cells[k % cells.length] as () => string)());
    if (rand() < 0.02) row.fill('');
    text += row.join(',') + pick(['\n', '\n', '\n', '\r\n', '\r']);
    if (rand() < 0.02) text += '\n';
  }
  return text;
}

const comparable = (result: ChunkResult) => ({ ...result, fastRows: 0 });

describe('the fast path for ordinary rows', () => {
  it('gives the ChunkResult of the ordinary reader on 2,000 random texts, cut anywhere', () => {
    // Without a mapping, and with one that crosswalks a code (its `_raw` twin reads the same
    // column), sets constants (a date among them), reads a field by a pattern and one from two
    // columns (both read per row), and leaves a row-number column out of duplicates.
    const mapping = parseMapping(
      [
        'policedata_mapping: 1',
        'type: stops',
        'row_id_columns: [note]',
        'fields:',
        '  subject_race: { column: subject_race, values: { W: white, "-": null } }',
        '  agency_name: { value: Example PD }',
        '  subject_date_of_birth: { value: "1990-05-06" }',
        '  subject_age: { column: subject_age, pattern: "^(\\\\d+)" }',
        '  location_address: { columns: [note, reason_for_stop], join: " " }',
      ].join('\n'),
    );
    for (const extra of [{}, { mapping }]) {
      const rand = random(7);
      const fast = new ChunkValidator(setup(HEADER, extra));
      const plain = new ChunkValidator(setup(HEADER, { ...extra, fastRows: false }));
      let counted = 0;
      for (let round = 0; round < 1000; round++) {
        const text = randomText(rand, 1 + Math.floor(rand() * 60));
        // Parts may end anywhere: mid-row, on a CR, inside quotes.
        const cut = rand() < 0.5 ? text.length : Math.floor(rand() * text.length);
        // In up to four pieces, cut anywhere too (a piece may end inside a row or a CRLF).
        const cuts = [0, ...Array.from({ length: Math.floor(rand() * 4) }, () => Math.floor(rand() * cut)), cut].sort(
          (x, y) => x - y,
        );
        const texts = cuts.slice(1).map((end, k) => text.slice(cuts[k], end));
        const job = { id: round, texts, line: 2 + round, final: rand() < 0.5 };
        const a = fast.run(job);
        const b = plain.run(job);
        counted += a.fastRows;
        expect(b.fastRows).toBe(0);
        expect(comparable(a)).toEqual(comparable(b));
      }
      expect(counted).toBeGreaterThan(1000);
    }
  });

  it('gives the ChunkResult of the ordinary reader in the cases a review found', () => {
    const same = (text: string, extra: Partial<WorkerSetup> = {}) => {
      const job = { id: 0, texts: [text], line: 2, final: true };
      const a = new ChunkValidator(setup(HEADER, extra)).run(job);
      const b = new ChunkValidator(setup(HEADER, { ...extra, fastRows: false })).run(job);
      expect(comparable(a)).toEqual(comparable(b));
      return a;
    };
    const row = (id: string, time: string, race = 'white') => `${id},2019-03-04,${time},${race},34,true,SPEEDING,ok\n`;
    // A column that stops remembering (8,192 lookups, too few repeats) on a lookup that found its text.
    const times = Array.from(
      { length: 8191 },
      (_, i) =>
        `${Math.floor(i / 3600)}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
    );
    same(times.map((time, i) => row(`S-${i}`, time)).join('') + row('S-x', '0:00:05'));
    // A month-first date whose first number is 0 (a format that starts with a two-digit year).
    const mapping = parseMapping(
      [
        'policedata_mapping: 1',
        'type: stops',
        'fields:',
        '  stop_date: { column: stop_date, format: "YY/MM/DD" }',
      ].join('\n'),
    );
    same('S-1,00/05/06,12:30,white,34,true,SPEEDING,ok\nS-2,00/05/06,12:30,white,34,true,SPEEDING,ok\n', { mapping });
    // Two texts of one column with the same hash: the second must not borrow the first's verdict.
    const forged = '\u4e5b\u4e0b\u50b3\u4e1b\ua612\u2e86 ';
    const hasher = new Hasher();
    hasher.cell(' white ', 0, 7);
    const white = [hasher.cellA, hasher.cellB];
    hasher.cell(forged, 0, 7);
    expect([hasher.cellA, hasher.cellB]).toEqual(white);
    const result = same(row('S-1', '12:30', ' white ') + row('S-2', '12:30', forged));
    expect(result.findings.map((group) => group.code)).toContain('unmapped_code');
  });

  it('gives the report of the plain reader on every real CSV file, with its mapping and without, in one pass and in parts', async () => {
    const mappings = join(root, 'examples/mappings');
    const fast: Record<string, number> = {};
    for (const name of readdirSync(mappings)) {
      const path = join(mappings, name);
      const text = readFileSync(path, 'utf8');
      const source = /^# Source file: (\S+\.csv)/m.exec(text)?.[1];
      if (!source || !existsSync(join(data, source))) continue;
      const file = join(data, source);
      for (const mapping of [parseMapping(text, path), undefined]) {
        const options = { asOf: '2025-01-01', ...(mapping ? { mapping } : {}) };
        const label = `${source} ${mapping ? 'with' : 'without'} its mapping`;
        // The plain reader, row by row, against one pass with the fast path and parts with it.
        const plain = await validateSource(fileByteSource(file), options, {
          start: async () => undefined,
          fastRows: false,
        });
        const single = await validateSource(fileByteSource(file), options);
        expect({ ...single, validated_at: '' }, label).toEqual({ ...plain, validated_at: '' });
        let fastRows = 0;
        const pool = inProcessPool((rows) => {
          fastRows += rows;
        });
        const parallel = await validateSource(fileByteSource(file), options, {
          start: async () => pool,
          partChars: 50_000,
        });
        expect({ ...parallel, validated_at: '' }, label).toEqual({ ...single, validated_at: '' });
        fast[label] = fastRows;
      }
    }
    // Files whose mapping reads each field from one column as published take the fast path; the
    // others (patterns, joined columns, flags) are read the ordinary way throughout.
    expect(fast['stops/seattle-terry-stops.csv with its mapping']).toBeGreaterThan(10_000);
    expect(fast['deaths-national/washington-post-2015.csv with its mapping']).toBeGreaterThan(300);
  });
});

describe('one pass over a CSV file', () => {
  const source = (name: string, text: string) => blobByteSource(new Blob([text]), name);

  it('reports progress and heeds an aborted signal for a file read whole with its header', async () => {
    const text = 'stop_id,stop_date\nS-1,2019-03-04\nS-2,2019-03-05\n';
    const calls: Array<{ rows: number }> = [];
    await validateSource(source('small.csv', text), { onProgress: (progress) => calls.push(progress) });
    expect(calls.at(-1)).toMatchObject({ rows: 2, bytesRead: text.length, totalBytes: text.length });
    const signal = AbortSignal.abort();
    await expect(validateSource(source('small.csv', text), { signal })).rejects.toThrow(/abort/i);
  });

  it('counts in its last progress report the row the reader gives only at the end (no final line break)', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `S-${i},2019-03-04`);
    const text = `stop_id,stop_date\n${rows.join('\n')}`;
    const calls: Array<{ rows: number }> = [];
    const report = await validateSource(source('no-final-break.csv', text), {
      onProgress: (progress) => calls.push(progress),
    });
    expect(report.rows).toBe(20_000);
    expect(calls.at(-1)?.rows).toBe(20_000);
  });
});

/** Two ChunkValidators in this thread, behind the WorkerPool interface. */
function inProcessPool(onFast: (rows: number) => void): WorkerPool {
  let validator: ChunkValidator | undefined;
  return {
    size: 1,
    pending: 0,
    setup: (s) => {
      validator = new ChunkValidator(s);
    },
    run: async (job) => {
      const result = (validator as ChunkValidator).run(job);
      onFast(result.fastRows);
      return result;
    },
    close: async () => {},
  };
}
