import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SSF, utils, type WorkSheet, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { FindingLocation, FindingParams } from '../src/findings/definition.js';
import { formatKind, serialToIso } from '../src/read/excel-cells.js';
import { readExcel, readExcelSource } from '../src/read/excel-reader.js';
import { DEFAULT_LIMITS, type ReadLimits, type SourceRow, type TableSource } from '../src/read/types.js';
import { validateSource } from '../src/validate-source.js';

interface Reported extends FindingLocation {
  code: string;
  params: FindingParams | undefined;
}

function recorder() {
  const findings: Reported[] = [];
  const sink = {
    report: (code: string, location: FindingLocation, params?: FindingParams) =>
      findings.push({ code, ...location, params }),
  };
  return { findings, sink };
}

async function rowsOf(table: TableSource): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const batch of table.batches) rows.push(...batch);
  return rows;
}

async function read(bytes: Uint8Array, limits: Partial<ReadLimits> = {}, sheet?: string) {
  const { findings, sink } = recorder();
  const options = sheet === undefined ? {} : { sheet };
  const table = await readExcel(bytes, { name: 'book' }, sink, { ...DEFAULT_LIMITS, ...limits }, options);
  const rows = await rowsOf(table);
  return { table, rows, findings, codes: findings.map((f) => f.code) };
}

/** Builds a workbook in memory; `formats` sets number formats by cell address. */
function workbook(
  sheets: Record<string, unknown[][]>,
  bookType: 'xlsx' | 'biff8' = 'xlsx',
  edit?: (name: string, ws: WorkSheet) => void,
  compression = false,
) {
  const book = utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = utils.aoa_to_sheet(rows);
    edit?.(name, ws);
    utils.book_append_sheet(book, ws, name);
  }
  return new Uint8Array(write(book, { type: 'array', bookType, compression }));
}

const realFile = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../shared/data/use-of-force/${name}`, import.meta.url)));

describe('readExcel on real workbooks', () => {
  // Checked independently with Python: openpyxl 3.0.9 (Debian python3-openpyxl) lists A1:AD1 as the
  // header, 89 non-empty rows below it (rows 2-90), E2 = datetime(2019, 1, 2) in format mm-dd-yy and
  // F2 = time(19, 44) in format h":"mm; column AE is inside the sheet's range but holds nothing.
  it('bloomington-2019-q1.xlsx: 30 columns, 89 rows, dates and times as ISO text', async () => {
    const { table, rows, findings } = await read(realFile('bloomington-2019-q1.xlsx'));
    expect(table.info).toEqual({ format: 'xlsx', sheet: 'Sheet1' });
    expect(table.headerLine).toBe(1);
    expect(table.header).toHaveLength(30);
    expect(table.header.slice(0, 6)).toEqual(['Event ', 'District', 'Nature', 'How Received', 'Date', 'Time']);
    expect(table.header.at(-1)).toBe('Suspect Race Asian/Pacific Islander, Hispanic');
    expect(rows).toHaveLength(89);
    expect(rows[0]).toEqual({
      line: 2,
      cells: [
        'B19-00259',
        1,
        'DOMESTIC',
        911,
        '2019-01-02',
        '19:44:00',
        'YES',
        'NO',
        'NO',
        'NO',
        'NO',
        'NO',
        'YES',
        'NORMAL',
        'NO',
        'NO',
        'ARRESTEE',
        'NO',
        'NO',
        '',
        1,
        40,
        1,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
    });
    expect(rows.at(-1)?.line).toBe(90);
    expect(rows.at(-1)?.cells.slice(0, 6)).toEqual(['B19-12514', 1, 'WEAPONS', 911, '2019-03-29', '01:59:00']);
    expect(findings.map((f) => [f.code, f.line, f.column])).toEqual([
      ['header_whitespace', 1, 'Event '],
      ['header_whitespace', 1, 'Suspect Race  Caucasian, Hispanic'],
    ]);
  });

  // Checked independently with Python: xlrd 1.2.0 (Debian python3-xlrd) gives Sheet1 with 121 rows x 14
  // columns, A1 = "2019 Use of Force Data" alone on row 1, the header on row 2, rows 3-121 numbered
  // 1-119 in column A; rows 79-121 hold only that number. Sheet2 and Sheet3 have 0 rows.
  it('norwich-2019.xls: a title row, the header on line 2, 119 rows', async () => {
    const { table, rows, findings } = await read(realFile('norwich-2019.xls'));
    expect(table.info).toEqual({ format: 'xls', sheet: 'Sheet1' });
    expect(table.headerLine).toBe(2);
    expect(table.header).toEqual([
      'Event #',
      'Call Type',
      'Time of Day',
      'Subject Weapon',
      'Subject Age',
      'Subject Gender',
      'Subject Race',
      'Subject Ethnicity',
      'Alcohol Drugs',
      'PD Force Type',
      '# of Officers',
      'Arrest or ProtectiveCustody',
      'Subject Injured- If yes, type:',
      'Officer Injured- If yes, type:',
    ]);
    expect(rows).toHaveLength(119);
    expect(rows[0]).toEqual({
      line: 3,
      cells: [
        1,
        'Disturbance',
        '4:30AM',
        'No',
        25,
        'F',
        'White',
        'Non-Hisp.',
        'None',
        'Forced to Ground',
        2,
        'Arrest',
        'Yes-Prior to police contact',
        'No',
      ],
    });
    expect(rows.at(-1)).toEqual({ line: 121, cells: [119, '', '', '', '', '', '', '', '', '', '', '', '', ''] });
    expect(rows.filter((r) => r.cells.slice(1).every((c) => c === ''))).toHaveLength(43);
    // Sheet2 and Sheet3 are empty: reading Sheet1 leaves nothing unread, so there is no sheet_selected.
    expect(findings).toEqual([
      {
        code: 'title_row',
        file: 'book',
        sheet: 'Sheet1',
        line: 1,
        params: { title: '2019 Use of Force Data', headerLine: 2 },
      },
    ]);
  });
});

describe('readExcel on generated workbooks', () => {
  const dated = (_name: string, ws: WorkSheet) => {
    const formats: Record<string, string> = {
      A3: 'm/d/yy',
      B3: 'h:mm AM/PM',
      C3: 'yyyy-mm-dd hh:mm:ss',
      D3: '[h]:mm',
      E3: '0.00%',
    };
    for (const [address, z] of Object.entries(formats)) {
      const cell = ws[address];
      if (cell) cell.z = z;
    }
  };
  const rows = [
    ['Use of force, 2019'],
    ['date', 'time', 'when', 'duration', 'share', 'flag', '', 'id', 'id'],
    [43467, 0.8222222222222222, 43467.5, 1.5, 0.25, true, 'x', 'A1', 'B1'],
    [],
    ['', '', '', '', '', '', '', 'A2', ''],
  ];

  it.each(['xlsx', 'biff8'] as const)(
    'reads a %s workbook: title row, odd headers, formats, blank rows',
    async (bookType) => {
      const { table, rows: read_, findings } = await read(workbook({ Data: rows }, bookType, dated));
      expect(table.headerLine).toBe(2);
      expect(table.header).toEqual(['date', 'time', 'when', 'duration', 'share', 'flag', '', 'id', 'id']);
      expect(read_).toEqual([
        { line: 3, cells: ['2019-01-02', '19:44:00', '2019-01-02T12:00:00', '36:00', 0.25, true, 'x', 'A1', 'B1'] },
        { line: 5, cells: ['', '', '', '', '', '', '', 'A2', ''] },
      ]);
      expect(findings.map((f) => [f.code, f.line, f.column])).toEqual([
        ['title_row', 1, undefined],
        ['blank_header', 2, 'column_7'],
        ['duplicate_header', 2, 'id'],
        ['blank_rows', 4, undefined],
      ]);
    },
  );

  it('reports an Excel error value and keeps its text', async () => {
    const book = workbook(
      {
        S: [
          ['a', 'b', 'c'],
          [1, 2, 3],
        ],
      },
      'xlsx',
      (_n, ws) => {
        ws.B2 = { t: 'e', v: 0x2a, w: '#N/A' };
        ws.C2 = { t: 'e', v: 0x07 };
      },
    );
    const { rows, findings } = await read(book);
    expect(rows[0]?.cells).toEqual([1, '#N/A', '#DIV/0!']);
    expect(findings.map((f) => [f.code, f.sheet, f.line, f.column, f.value, f.params?.error])).toEqual([
      ['excel_error_value', 'S', 2, 'b', '#N/A', '#N/A'],
      ['excel_error_value', 'S', 2, 'c', '#DIV/0!', '#DIV/0!'],
    ]);
  });

  it('picks the first sheet with data, or the one asked for, and says so', async () => {
    const book = workbook({ Empty: [], Y2019: [['id'], [1]], Y2020: [['id'], [2], [3]] });
    const first = await read(book);
    expect(first.table.info.sheet).toBe('Y2019');
    expect(first.rows.map((r) => r.cells)).toEqual([[1]]);
    expect(first.findings[0]?.params).toEqual({
      sheet: 'Y2019',
      sheets: ['Empty', 'Y2019', 'Y2020'],
      otherSheetsWithData: 1,
    });
    const named = await read(book, {}, 'y2020');
    expect(named.table.info.sheet).toBe('Y2020');
    expect(named.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 2],
      [3, 3],
    ]);
    const missing = await read(book, {}, 'Y2021');
    expect(missing.table.header).toEqual([]);
    expect(missing.findings).toEqual([
      { code: 'sheet_not_found', file: 'book', params: { sheet: 'Y2021', sheets: ['Empty', 'Y2019', 'Y2020'] } },
    ]);
  });

  it('reports a workbook with no data, and a header with no rows', async () => {
    expect((await read(workbook({ A: [], B: [] }))).codes).toEqual(['workbook_empty']);
    expect((await read(workbook({ A: [['id', 'race']] }))).codes).toEqual(['header_only']);
  });

  it('refuses a workbook over maxWorkbookBytes, or one that would expand past 5 times it', async () => {
    const book = workbook({ S: [['id'], [1]] });
    const small = await read(book, { maxWorkbookBytes: 1000 });
    expect(small.findings).toEqual([
      { code: 'workbook_too_large', file: 'book', params: { limit: 1000, size: book.length, inflated: false } },
    ]);
    // 2 MB of one repeated letter compresses to a few kilobytes: a miniature zip bomb.
    const text = [['text'], ...Array.from({ length: 70 }, () => ['a'.repeat(30_000)])];
    const bomb = workbook({ S: text }, 'xlsx', undefined, true);
    expect(bomb.length).toBeLessThan(100_000);
    const refused = await read(bomb, { maxWorkbookBytes: 200_000 });
    expect(refused.findings.map((f) => [f.code, f.params?.inflated, f.params?.limit])).toEqual([
      ['workbook_too_large', true, 1_000_000],
    ]);
  });

  it('reports bytes that are not a readable workbook', async () => {
    const broken = workbook({ S: [['id'], [1]] }).slice(0, 200);
    const { findings } = await read(broken);
    expect(findings.map((f) => f.code)).toEqual(['workbook_unreadable']);
    // A legacy workbook cut short fails inside the reader with a programming error: said in words.
    const cut = await read(realFile('norwich-2019.xls').slice(0, 20_000));
    expect(cut.findings.map((f) => [f.code, f.params?.reason])).toEqual([
      ['workbook_unreadable', 'it is damaged or cut short'],
    ]);
  });

  it('reads from a byte stream, refusing one over the limit before it is all loaded', async () => {
    const book = workbook({ S: [['id'], [7]] });
    let pulled = 0;
    const source = (size?: number) => ({
      name: 'stream.xlsx',
      ...(size === undefined ? {} : { size }),
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            const at = pulled;
            pulled += 100;
            if (at >= book.length) controller.close();
            else controller.enqueue(book.slice(at, at + 100));
          },
        }),
    });
    const ok = recorder();
    const table = await readExcelSource(source(), ok.sink, DEFAULT_LIMITS);
    expect((await rowsOf(table)).map((r) => r.cells)).toEqual([[7]]);
    pulled = 0;
    const refused = recorder();
    await readExcelSource(source(), refused.sink, { ...DEFAULT_LIMITS, maxWorkbookBytes: 250 });
    expect(refused.findings.map((f) => [f.code, f.params?.size])).toEqual([['workbook_too_large', 300]]);
    expect(pulled).toBe(300);
    const declared = recorder();
    await readExcelSource(source(10_000), declared.sink, { ...DEFAULT_LIMITS, maxWorkbookBytes: 250 });
    expect(declared.findings.map((f) => [f.code, f.params?.size])).toEqual([['workbook_too_large', 10_000]]);
  });
});

describe('Excel dates', () => {
  it('classifies number formats', () => {
    expect(
      ['m/d/yy', 'h":"mm', 'yyyy-mm-dd hh:mm', '[h]:mm:ss', 'General', '0.00', '[$-409]h:mm AM/PM', 'mmm-yy'].map(
        (format) => formatKind(format, SSF.is_date),
      ),
    ).toEqual(['date', 'time', 'datetime', 'elapsed', 'other', 'other', 'time', 'date']);
  });

  it('turns serials into ISO text in both date systems, rounding to the second', () => {
    expect(serialToIso(43467, 'date', false)).toBe('2019-01-02');
    expect(serialToIso(43467, 'date', true)).toBe('2023-01-03');
    expect(serialToIso(1, 'date', false)).toBe('1900-01-01');
    expect(serialToIso(59, 'date', false)).toBe('1900-02-28');
    expect(serialToIso(60, 'date', false)).toBe('1900-02-29');
    expect(serialToIso(61, 'date', false)).toBe('1900-03-01');
    expect(serialToIso(43467.99999999, 'datetime', false)).toBe('2019-01-03T00:00:00');
    expect(serialToIso(0.5, 'time', false)).toBe('12:00:00');
    expect(serialToIso(43467.25, 'time', false)).toBe('2019-01-02T06:00:00');
    expect(serialToIso(-1, 'date', false)).toBeUndefined();
  });
});

describe('a gzip-compressed workbook', () => {
  const sourceOf = (name: string, bytes: Uint8Array) => ({
    name,
    stream: () => new Blob([bytes as Uint8Array<ArrayBuffer>]).stream() as ReadableStream<Uint8Array>,
  });

  it('is read as the workbook it holds, and one cut short is a read error', async () => {
    const plain = realFile('bloomington-2019-q1.xlsx');
    const packed = gzipSync(plain);
    const direct = await validateSource(sourceOf('b.xlsx', plain), { asOf: '2026-01-01' });
    const inflated = await validateSource(sourceOf('b.xlsx.gz', packed), { asOf: '2026-01-01' });
    expect(inflated.file).toMatchObject({ format: 'xlsx', compressed: 'gzip' });
    expect(inflated.rows).toBe(89);
    expect(inflated.findings).toEqual(
      direct.findings.map((group) => ({
        ...group,
        samples: group.samples.map((sample) => ({ ...sample, file: 'b.xlsx.gz' })),
      })),
    );
    // Without a name that says so (standard input, `b.gz`), the content says it is a workbook.
    const unnamed = await validateSource(sourceOf('stdin', packed), { asOf: '2026-01-01' });
    expect(unnamed.file).toMatchObject({ format: 'xlsx', compressed: 'gzip' });
    expect(unnamed.rows).toBe(89);
    const cut = await validateSource(sourceOf('b.xlsx.gz', packed.slice(0, 3000)), {});
    expect(cut.findings.map((group) => group.code)).toEqual(['read_error']);
  });
});
