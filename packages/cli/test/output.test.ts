// Terminal output: the progress bar (TTY only, throttled), colour rules, tables, several reports.
import { validateRows } from '@policedata/core';
import { describe, expect, it } from 'vitest';
import { createProgressBar, progressLine } from '../src/output/progress.js';
import { renderReports } from '../src/output/render-reports.js';
import { colourEnabled, textStyle } from '../src/output/style.js';
import { renderTable, wrapText } from '../src/output/table.js';
import { memoryIo } from './helpers.js';

describe('the progress bar', () => {
  it('shows percent by bytes, rows and MB/s', () => {
    const line = progressLine('a.csv', { rows: 12_345, bytesRead: 5_000_000, totalBytes: 10_000_000 }, 2000);
    expect(line).toBe('a.csv  ██████████░░░░░░░░░░  50%  12,345 rows  2.5 MB/s');
  });

  it('says when the file is read again from the start because a worker stopped', () => {
    const progress = { rows: 10, bytesRead: 1_000_000, totalBytes: 10_000_000, again: 'worker stopped (exit code 1)' };
    expect(progressLine('a.csv', progress, 1000)).toBe(
      'a.csv  ██░░░░░░░░░░░░░░░░░░  10%  10 rows  1.0 MB/s  (read again, in one pass)',
    );
  });

  it('draws on a terminal after a moment, at most ten times a second, and clears its line', () => {
    const writes: string[] = [];
    let time = 0;
    const stream = { write: (text: string) => writes.push(text), isTTY: true, columns: 120 };
    const bar = createProgressBar(stream, 'a.csv', true, () => time);
    bar.update({ rows: 1, bytesRead: 1, totalBytes: 100 }); // too early: short files never flicker
    time = 400;
    bar.update({ rows: 10, bytesRead: 10, totalBytes: 100 });
    time = 450;
    bar.update({ rows: 20, bytesRead: 20, totalBytes: 100 }); // throttled
    time = 600;
    bar.update({ rows: 30, bytesRead: 30, totalBytes: 100 });
    bar.done();
    expect(writes).toHaveLength(3);
    expect(writes[0]).toContain(' 10%');
    expect(writes[1]).toContain(' 30%');
    expect(writes[2]).toBe('\r\u001b[2K');
  });

  it('counts MB/s from the new start when the file is read again', () => {
    const writes: string[] = [];
    let time = 0;
    const stream = { write: (text: string) => writes.push(text), isTTY: true, columns: 120 };
    const bar = createProgressBar(stream, 'a.csv', true, () => time);
    time = 4000;
    bar.update({ rows: 1, bytesRead: 4_000_000, totalBytes: 10_000_000, again: 'worker stopped' });
    time = 5000;
    bar.update({ rows: 2, bytesRead: 2_000_000, totalBytes: 10_000_000, again: 'worker stopped' });
    expect(writes.at(-1)).toContain('2.0 MB/s  (read again, in one pass)');
  });

  it('draws nothing when stderr is not a terminal or when quiet', () => {
    const writes: string[] = [];
    let time = 0;
    const piped = createProgressBar({ write: (t: string) => writes.push(t) }, 'a.csv', true, () => time);
    const quiet = createProgressBar({ write: (t: string) => writes.push(t), isTTY: true }, 'a.csv', false, () => time);
    time = 10_000;
    for (const bar of [piped, quiet]) {
      bar.update({ rows: 1, bytesRead: 1 });
      bar.done();
    }
    expect(writes).toEqual([]);
  });
});

describe('colour', () => {
  it('is on for a terminal, off when piped, with NO_COLOR or --no-color', () => {
    expect(colourEnabled(memoryIo(undefined, { tty: true }), undefined)).toBe(true);
    expect(colourEnabled(memoryIo(undefined, { tty: false }), undefined)).toBe(false);
    expect(colourEnabled(memoryIo(undefined, { tty: true, env: { NO_COLOR: '1' } }), undefined)).toBe(false);
    expect(colourEnabled(memoryIo(undefined, { tty: true }), false)).toBe(false);
    expect(colourEnabled(memoryIo(undefined, { tty: false, env: { FORCE_COLOR: '1' } }), undefined)).toBe(true);
    expect(colourEnabled(memoryIo(undefined, { tty: false, env: { NO_COLOR: '1' } }), true)).toBe(false);
  });

  it('paints with escape sequences only when enabled', () => {
    expect(textStyle(true).error('x')).toContain('\u001b[31mx');
    expect(textStyle(false).error('x')).toBe('x');
  });
});

describe('tables', () => {
  it('pads columns and wraps the last one under itself', () => {
    const table = renderTable(['A', 'LIST'], [['one', 'alpha beta gamma delta epsilon zeta eta theta iota kappa']], 30);
    expect(table).toBe('A    LIST\none  alpha beta gamma delta\n     epsilon zeta eta theta\n     iota kappa\n');
  });

  it('wraps on words', () => {
    expect(wrapText('aa bb cc dd', 5)).toEqual(['aa bb cc dd']); // too narrow to bother
    expect(wrapText('aaaa bbbb cccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
  });
});

const header = ['stop_id', 'stop_date', 'subject_race', 'subject_sex'];
const rows = [{ line: 2, cells: ['1', '2019-06-14', 'black', 'male'] }];
const a = await validateRows(header, rows, { type: 'stops', fileName: 'a.csv' });
const b = await validateRows(header, rows, { type: 'stops', fileName: 'b.csv' });

describe('several reports', () => {
  it('in text: one summary line each first, then the details', () => {
    const text = renderReports([a, b], 'text', { style: textStyle(false) });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^a\.csv {2}stops {2}1 row /);
    expect(lines[1]).toMatch(/^b\.csv {2}stops/);
    expect(lines[3]).toBe('a.csv');
    expect(text).toContain('\nb.csv\n  Dataset   stops');
  });

  it('in JSON: an array for several files, the report itself for one', () => {
    expect(JSON.parse(renderReports([a, b], 'json', { style: textStyle(false) }))).toHaveLength(2);
    expect(JSON.parse(renderReports([a], 'json', { style: textStyle(false) })).file.name).toBe('a.csv');
  });

  it('summary lines only when quiet', () => {
    const text = renderReports([a], 'text', { style: textStyle(false), summaryOnly: true });
    expect(text.trim().split('\n')).toHaveLength(1);
  });
});
