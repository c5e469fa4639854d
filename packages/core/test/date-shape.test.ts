// The format names a report gives date and time columns (`columns[].date_formats`): written in the
// mapping file's own format language, counted per row, and the same for a file read in parts.
import { describe, expect, it } from 'vitest';
import { compileDateFormat } from '../src/coerce/date-format.js';
import { describeDateCell } from '../src/coerce/date-shape.js';
import { validateRows } from '../src/validate-source.js';

describe('describeDateCell', () => {
  it.each([
    ['2019-06-14', 'YYYY-MM-DD'],
    ['2019-06-14T10:30:00', 'YYYY-MM-DDTHH:mm:ss'],
    ['2019-01-01T00:00:00.000Z', 'YYYY-MM-DDTHH:mm:ss.SSSZ'],
    ['2019/06/14 00:00:00+00', 'YYYY/MM/DD HH:mm:ssZ'],
    ['6/14/2019', 'M/D/YYYY'],
    ['06/14/2019', 'M/D/YYYY'],
    ['6/14/19', 'M/D/YY'],
    ['12/31/2019 11:59:59 PM', 'M/D/YYYY h:mm:ss A'],
    ['06/14/2019 10:34 PM', 'M/D/YYYY h:mm A'],
    ['Jun 14, 2019', 'MMM D, YYYY'],
    ['14-Jun-2019', 'D-MMM-YYYY'],
    ['20190614', 'YYYYMMDD'],
    ['21:48', 'H:mm'],
    ['21:08:00:000', 'H:mm:ss:SSS'],
    ['4:14:00 AM', 'h:mm:ss A'],
    ['10:34 p.m.', 'h:mm A'],
    ['2148', 'Hmm'],
  ])('%s is written %s', (cell, format) => {
    expect(describeDateCell(cell)).toBe(format);
  });

  it('names formats the mapping file can use to read the cell', () => {
    for (const cell of ['6/14/2019', '12/31/2019 11:59:59 PM', '2019-06-14T10:30:00', 'Jun 14, 2019', '2148']) {
      const format = describeDateCell(cell) as string;
      expect(compileDateFormat(format).parse(cell), `${cell} in ${format}`).toBeDefined();
    }
  });

  it('names spreadsheet serial numbers and leaves what is not a date alone', () => {
    expect(describeDateCell(43466)).toBe('excel_serial');
    expect(describeDateCell('43466')).toBe('excel_serial');
    expect(describeDateCell('yesterday')).toBeUndefined();
    expect(describeDateCell('')).toBeUndefined();
  });
});

describe('date formats in the report', () => {
  it('counts the rows of each format per column, valid values only, most rows first', async () => {
    const header = ['stop_id', 'stop_date', 'stop_time', 'subject_race', 'subject_sex'];
    const rows = [
      ['1', '06/14/2019', '10:34 PM', 'white', 'male'],
      ['2', '2019-06-15', '9:00 AM', 'white', 'male'],
      ['3', '6/16/2019', '21:00', 'white', 'male'],
      ['4', 'not a date', '', 'white', 'male'],
    ].map((cells, index) => ({ line: index + 2, cells }));
    const report = await validateRows(header, rows, { type: 'stops', asOf: '2026-01-01' });
    const column = (name: string) => report.columns.find((entry) => entry.name === name);
    expect(column('stop_date')?.date_formats).toEqual([
      { format: 'M/D/YYYY', rows: 2 },
      { format: 'YYYY-MM-DD', rows: 1 },
    ]);
    expect(column('stop_time')?.date_formats).toEqual([
      { format: 'h:mm A', rows: 2 },
      { format: 'H:mm', rows: 1 },
    ]);
    expect(column('subject_race')?.date_formats).toBeUndefined();
  });
});
