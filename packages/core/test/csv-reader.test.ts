import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnNames } from '../src/findings/structure.js';
import { readCsv } from '../src/read/csv-reader.js';
import { openText } from '../src/read/decode.js';
import { detectDialect, locateHeader } from '../src/read/dialect.js';
import type { ByteSource, SourceRow } from '../src/read/types.js';
import { DEFAULT_LIMITS } from '../src/read/types.js';

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/csv/', import.meta.url));

function fileSource(path: string): ByteSource {
  return {
    name: path,
    size: statSync(path).size,
    stream: () => Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>,
  };
}

interface Reported {
  code: string;
  line?: number;
  column?: string;
  params?: Record<string, unknown>;
}

async function read(source: ByteSource, options?: { delimiter?: string }) {
  const findings: Reported[] = [];
  const sink = {
    report: (code: string, location: { line?: number; column?: string }, params?: Record<string, unknown>) =>
      findings.push({
        code,
        ...(location.line ? { line: location.line } : {}),
        ...(location.column ? { column: location.column } : {}),
        ...(params ? { params } : {}),
      }),
  };
  const text = await openText(source, sink, DEFAULT_LIMITS);
  const table = await readCsv(text, source, sink, DEFAULT_LIMITS, options);
  const rows: SourceRow[] = [];
  const batchSizes: number[] = [];
  for await (const batch of table.batches) {
    batchSizes.push(batch.length);
    rows.push(...batch);
  }
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  return { table, rows, findings, counts, batchSizes };
}

const fixture = (name: string) => read(fileSource(join(FIXTURES, name)));

// Expected data-row counts and header widths were computed independently with Python's csv module:
//   rows = list(csv.reader(open(path, encoding='utf-8-sig', newline=''))); len(rows) - 1, len(rows[0])
// and the last row's start line from csv.reader's line_num (1 + line_num after the previous row).
const REAL: Record<string, { rows: number; columns: number; lastLine: number; findings: Record<string, number> }> = {
  'complaints/indianapolis-2019-12.csv': { rows: 3465, columns: 30, lastLine: 3466, findings: { byte_order_mark: 1 } },
  'crime-incidents/indianapolis-ucr-current-year.csv': {
    rows: 17111,
    columns: 10,
    lastLine: 17112,
    findings: { byte_order_mark: 1 },
  },
  // 114 rows whose quoted cells hold line breaks (counted with Python's csv module).
  'deaths-national/washington-post-2015.csv': {
    rows: 912,
    columns: 18,
    lastLine: 1027,
    findings: { line_break_in_cell: 114 },
  },
  'officer-involved-shootings/indianapolis-2019-10-31.csv': {
    rows: 118,
    columns: 28,
    lastLine: 119,
    findings: { byte_order_mark: 1 },
  },
  'stops/seattle-terry-stops.csv': { rows: 19753, columns: 21, lastLine: 19754, findings: {} },
  // Nine names with doubled spaces: `Date  Occurred`, `Time  Occurred`, `Area  Command`, `Subject  Sex`, ...
  'use-of-force/austin-2016.csv': { rows: 3293, columns: 29, lastLine: 3294, findings: { header_whitespace: 9 } },
  // Every row's GeoLocation cell holds line breaks.
  'use-of-force/dallas-2013.csv': {
    rows: 4221,
    columns: 40,
    lastLine: 12568,
    findings: { line_break_in_cell: 4221 },
  },
  'use-of-force/dallas-2019.csv': { rows: 2944, columns: 39, lastLine: 2945, findings: {} },
  'use-of-force/lincoln-2014-2016.csv': { rows: 391, columns: 46, lastLine: 392, findings: { byte_order_mark: 1 } },
};

const realCsvFiles = (readdirSync(DATA, { recursive: true }) as string[])
  .filter((f) => /\.(csv|tsv)$/i.test(f))
  .map((f) => relative(DATA, join(DATA, f)))
  .sort();

describe('readCsv on the real files in shared/data', () => {
  it('knows every CSV there', () => {
    expect(realCsvFiles).toEqual(Object.keys(REAL).sort());
  });

  it.each(realCsvFiles)('%s: row count, header, findings, and the same cells as papaparse', async (name) => {
    const expected = REAL[name];
    const path = join(DATA, name);
    const { table, rows, counts, batchSizes } = await read(fileSource(path));
    expect(rows).toHaveLength(expected?.rows ?? -1);
    expect(table.header).toHaveLength(expected?.columns ?? -1);
    expect(table.headerLine).toBe(1);
    expect(rows.at(-1)?.line).toBe(expected?.lastLine);
    expect(counts).toEqual(expected?.findings);
    expect(table.info).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', quote: '"', lineEnding: 'lf' },
    });
    expect(table.bytesRead()).toBe(statSync(path).size);
    expect(batchSizes.slice(0, -1).every((size) => size === 1000)).toBe(true);
    // Cells match papaparse (BOM stripped as our decoder does; papaparse adds an empty last row).
    const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { newline: '\n' }).data;
    if (parsed.at(-1)?.join('') === '') parsed.pop();
    expect([table.header, ...rows.map((r) => r.cells)]).toEqual(parsed);
  });

  it('strips the BOM from the first column name (lincoln, indianapolis)', async () => {
    expect((await read(fileSource(join(DATA, 'use-of-force/lincoln-2014-2016.csv')))).table.header[0]).toBe('incid');
    const complaints = await read(fileSource(join(DATA, 'complaints/indianapolis-2019-12.csv')));
    expect(complaints.table.header[0]).toBe('OBJECTID');
  });

  it("counts Dallas 2013's GeoLocation line breaks in the line numbers of later rows", async () => {
    // Checked by reading the file: `sed -n 268,270p` shows OBJECTID 1911 starting on line 268, its
    // GeoLocation running on to lines 269 ("Dallas, TX") and 270 ("(32.747966, -96.857558)").
    const { rows } = await read(fileSource(join(DATA, 'use-of-force/dallas-2013.csv')));
    const byId = (id: string) => rows.find((r) => r.cells[0] === id);
    expect(byId('51')?.line).toBe(2);
    expect(byId('52')?.line).toBe(4);
    expect(byId('3061')?.line).toBe(6);
    expect(byId('1911')?.line).toBe(268);
    expect(byId('1911')?.cells[39]).toBe('2427 W JEFFERSON BLVD\nDallas, TX\n(32.747966, -96.857558)');
  });

  it('counts the Washington Post description line break (row id 75 starts on line 43)', async () => {
    const { rows } = await read(fileSource(join(DATA, 'deaths-national/washington-post-2015.csv')));
    expect(rows.find((r) => r.cells[0] === '74')?.line).toBe(41);
    expect(rows.find((r) => r.cells[0] === '75')?.line).toBe(43);
  });
});

describe('readCsv structural findings', () => {
  it('skips title lines above the real header and reports them', async () => {
    const { table, rows, findings } = await fixture('title-row.csv');
    expect(table.header).toEqual(['Incident', 'Date', 'Officer', 'Race']);
    expect(table.headerLine).toBe(4);
    expect(rows.map((r) => r.line)).toEqual([5, 6]);
    expect(findings).toEqual([
      { code: 'title_row', line: 1, params: { title: 'Use of Force Incidents 2019', headerLine: 4 } },
      { code: 'title_row', line: 2, params: { title: 'Generated 01/02/2020', headerLine: 4 } },
      { code: 'blank_rows', line: 3 },
    ]);
    expect(table.info.dialect?.lineEnding).toBe('crlf');
  });

  it('reports a blank first column name (Chicago) and a repeated one, saying what they are called', async () => {
    const { table, findings, rows } = await fixture('blank-and-duplicate-header.csv');
    expect(table.header).toEqual(['', 'ID', 'Date', 'Address', 'Address']);
    expect(findings).toEqual([
      { code: 'blank_header', line: 1, column: 'column_1', params: { index: 1, name: 'column_1' } },
      {
        code: 'duplicate_header',
        line: 1,
        column: 'Address',
        params: { name: 'Address', index: 5, first: 4, renamed: 'Address_2' },
      },
    ]);
    expect(rows[1]).toEqual({ line: 3, cells: ['1', '18', '2019-01-02', '9 Elm St', ''] });
    expect(columnNames(table.header)).toEqual(['column_1', 'ID', 'Date', 'Address', 'Address_2']);
    expect(columnNames(['a', 'a', 'a_2', ''])).toEqual(['a', 'a_3', 'a_2', 'column_4']);
  });

  it("reports stray spaces in column names (Austin's ' RIN', 'Date  Occurred')", async () => {
    const { findings } = await fixture('header-spaces.csv');
    expect(findings.map((f) => f.params)).toEqual([
      { name: ' RIN', problem: 'a leading space' },
      { name: 'Date  Occurred', problem: 'doubled spaces' },
      { name: 'Location ', problem: 'a trailing space' },
    ]);
  });

  it('reports ragged rows with expected and actual cell counts, and keeps them', async () => {
    const { rows, findings } = await fixture('ragged.csv');
    expect(rows).toHaveLength(4);
    expect(findings).toEqual([
      { code: 'ragged_row', line: 3, params: { expected: 3, actual: 2 } },
      { code: 'ragged_row', line: 4, params: { expected: 3, actual: 4 } },
    ]);
  });

  it('skips blank lines and lines of only delimiters, reporting each', async () => {
    const { rows, findings } = await fixture('blank-lines.csv');
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [3, ['1', 'W']],
      [6, ['2', 'B']],
    ]);
    expect(findings).toEqual([2, 4, 5, 7].map((line) => ({ code: 'blank_rows', line })));
  });

  it('detects semicolon and tab delimiters', async () => {
    const semicolon = await fixture('semicolon.csv');
    expect(semicolon.table.info.dialect?.delimiter).toBe(';');
    expect(semicolon.rows[0]?.cells).toEqual(['1', '2019-01-01', '3,5']);
    const tabs = await fixture('tabs.tsv');
    expect(tabs.table.header).toEqual(['id', 'race', 'sex']);
    expect(tabs.findings).toEqual([]);
  });

  it('reports a single column that looks split on the wrong delimiter', async () => {
    const { table, findings } = await read(fileSource(join(FIXTURES, 'semicolon.csv')), { delimiter: '\t' });
    expect(table.header).toEqual(['id;date;amount']);
    expect(findings).toEqual([{ code: 'single_column', line: 1, params: { candidate: 'semicolons' } }]);
  });
});

describe('detectDialect', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ',', 'lf'],
    ['a;b;c\r\n1;2,5;3\r\n', ';', 'crlf'],
    ['a|b\r1|2\r', '|', 'cr'],
    ['name\tnote\nx\t"a, b; c"\n', '\t', 'lf'],
    ['"id","text"\n1,"one, two, three, four"\n2,"x"\n', ',', 'lf'],
    ['a,b\n1,2\r\n', ',', 'mixed'],
    ['single\n', ',', 'lf'],
    ['', ',', 'none'],
  ])('%j', (sample, delimiter, lineEnding) => {
    expect(detectDialect(sample, true)).toEqual({ delimiter, quote: '"', lineEnding });
  });

  it("detects single-quote quoting when cells are wrapped in ' only", () => {
    expect(detectDialect("'a','b'\n'1','x, y'\n", true).quote).toBe("'");
  });
});

describe('locateHeader', () => {
  const rows = (...lines: string[][]) => lines.map((cells, i) => ({ line: i + 1, cells }));
  it.each([
    ['a normal header', rows(['id', 'race', 'sex'], ['1', 'W', 'M']), 0],
    ['a title with a date above a header', rows(['UOF report', '2019-01-01', ''], ['id', 'race', 'sex']), 1],
    ['blank lines first', rows([''], ['', ''], ['id', 'race']), 2],
    ['a sparse header above numeric data (not a title)', rows(['id', '', ''], ['1', '2', '3']), 0],
    ['a two-column file', rows(['id', 'race'], ['1', 'W']), 0],
    ['nothing but blanks', rows([''], ['']), -1],
  ])('%s', (_name, input, expected) => {
    expect(locateHeader(input)).toBe(expected);
  });
});
