// Spreadsheet row numbers for samples: lines of the file less the lines that rows above spanned.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SPANNING_ROWS, SpanningRows } from '../src/findings/row-numbers.js';
import { validateFile } from '../src/node.js';

const DATA = join(import.meta.dirname, '../../../../shared/data');

describe('SpanningRows', () => {
  // Lines: 1 header, 2 row, 3-5 a row spanning three lines, 6 row, 7-8 a row spanning two, 9 row.
  const spans = new SpanningRows();
  spans.add(3, 3);
  spans.add(7, 2);

  it('gives each line its row: unchanged before the first spanning row, then behind by the lines spanned', () => {
    expect([1, 2, 3, 6, 7, 9].map((line) => spans.rowOf(line))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('gives a line inside a spanning row that row', () => {
    expect([4, 5, 8].map((line) => spans.rowOf(line))).toEqual([3, 3, 5]);
  });

  it('joins the parts of a file recorded apart, in file order', () => {
    const first = new SpanningRows();
    first.add(3, 3);
    const second = new SpanningRows();
    second.add(7, 2);
    const joined = new SpanningRows();
    joined.append(first.take());
    joined.append(second.take());
    expect([1, 2, 3, 4, 6, 7, 8, 9].map((line) => joined.rowOf(line))).toEqual([1, 2, 3, 3, 4, 5, 5, 6]);
  });

  it('stops giving rows past the last one it could keep', () => {
    const many = new SpanningRows();
    for (let i = 0; i <= MAX_SPANNING_ROWS; i++) many.add(1 + i * 2, 2);
    expect(many.size).toBe(MAX_SPANNING_ROWS);
    expect(many.rowOf(5)).toBe(3);
    expect(many.rowOf(MAX_SPANNING_ROWS * 2 + 5)).toBeUndefined();
  });
});

describe('row numbers in reports', () => {
  it("Dallas 2013: samples give the spreadsheet row beside the line (checked with Python's csv module)", async () => {
    const report = await validateFile(join(DATA, 'use-of-force/dallas-2013.csv'), { type: 'use-of-force' });
    const rows = new Map<number, number | undefined>();
    for (const group of report.findings) for (const sample of group.samples) rows.set(sample.line ?? 0, sample.row);
    // Most rows' GeoLocation cell spans three lines, so rows fall behind the lines fast.
    const checked: Array<[number, number]> = [
      [6, 4],
      [19, 10],
      [101, 42],
      [130, 53],
    ];
    for (const [line, row] of checked) if (rows.has(line)) expect(rows.get(line)).toBe(row);
    expect(checked.filter(([line]) => rows.has(line)).length).toBeGreaterThan(1);
    // The header is on line 1 and row 1: no row is given where they agree.
    expect(rows.get(1)).toBeUndefined();
  });

  it('gives no rows for a file whose rows each take one line', async () => {
    const report = await validateFile(join(DATA, 'use-of-force/austin-2016.csv'), { type: 'use-of-force' });
    expect(report.findings.flatMap((group) => group.samples).some((sample) => sample.row !== undefined)).toBe(false);
  });

  it('names the spreadsheet row of an earlier line in the message too (a repeated row)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-rows-'));
    try {
      const path = join(dir, 'stops.csv');
      // Lines: 1 header, 2-3 a row whose reason holds a line break, 4 a row, 5 the same row again.
      const row = 'S-2,2019-01-02,white,male,SPEEDING';
      writeFileSync(
        path,
        `stop_id,stop_date,subject_race,subject_sex,reason_for_stop\nS-1,2019-01-01,white,male,"two\nlines"\n${row}\n${row}\n`,
      );
      const report = await validateFile(path, { type: 'stops' });
      const sample = report.findings.find((group) => group.code === 'duplicate_row')?.samples[0];
      expect(sample).toMatchObject({ line: 5, row: 4, params: { firstLine: 4, firstRow: 3 } });
      expect(sample?.message).toBe('Same as line 4 (row 3 in a spreadsheet).');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
