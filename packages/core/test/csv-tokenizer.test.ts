import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TokenIssue, TokenizerOptions } from '../src/read/csv-tokenizer.js';
import { CsvTokenizer } from '../src/read/csv-tokenizer.js';

const OPTIONS: TokenizerOptions = { delimiter: ',', quote: '"', maxCellChars: 1 << 20, maxColumns: 10_000 };

/** Rows and issues; rows spanning lines (line_break_in_cell, informational) go to `spans`. */
function tokenize(chunks: string[], options: Partial<TokenizerOptions> = {}) {
  const rows: { line: number; cells: string[] }[] = [];
  const issues: TokenIssue[] = [];
  const spans: TokenIssue[] = [];
  const tokenizer = new CsvTokenizer(
    { ...OPTIONS, ...options },
    (cells, line) => rows.push({ line, cells }),
    (issue) => (issue.code === 'line_break_in_cell' ? spans : issues).push(issue),
  );
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.end();
  return { rows, issues, spans, tokenizer };
}

/** Every way of cutting `text` in two, plus one character at a time. */
function splits(text: string): string[][] {
  const out = [[text], [...text]];
  for (let i = 1; i < text.length; i++) out.push([text.slice(0, i), text.slice(i)]);
  return out;
}

describe('CsvTokenizer', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks, at any chunk boundary', () => {
    const text = 'a,"b,1","say ""hi"""\r\n"multi\r\nline\nvalue",x,\r\n,,"\r"\rlast,"",z';
    const expected = [
      { line: 1, cells: ['a', 'b,1', 'say "hi"'] },
      { line: 2, cells: ['multi\r\nline\nvalue', 'x', ''] },
      { line: 5, cells: ['', '', '\r'] },
      { line: 7, cells: ['last', '', 'z'] },
    ];
    for (const chunks of splits(text)) {
      const { rows, issues } = tokenize(chunks);
      expect(rows, JSON.stringify(chunks)).toEqual(expected);
      expect(issues).toEqual([]);
    }
  });

  it('treats CRLF, LF and lone CR as one line break each, blank lines as rows of one empty cell', () => {
    const { rows, tokenizer } = tokenize(['a\r\nb\nc\rd\n\ne\n']);
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a']],
      [2, ['b']],
      [3, ['c']],
      [4, ['d']],
      [5, ['']],
      [6, ['e']],
    ]);
    expect(tokenizer.endings).toEqual({ lf: 4, crlf: 1, cr: 1 });
  });

  it('emits no row for a trailing line break, and a last row without one', () => {
    expect(tokenize(['a,b\n']).rows).toHaveLength(1);
    expect(tokenize(['a,b\nc,']).rows.at(-1)).toEqual({ line: 2, cells: ['c', ''] });
    expect(tokenize(['']).rows).toEqual([]);
  });

  it('says which rows span several lines (a quoted cell holds a line break), at any chunk boundary', () => {
    for (const chunks of splits('a,b\n1,"x\ny"\n2,"p\r\nq\r\nr"\n3,z\n')) {
      const { spans, rows } = tokenize(chunks);
      expect(rows.map((row) => row.line)).toEqual([1, 2, 4, 7]);
      expect(spans).toEqual([
        { code: 'line_break_in_cell', line: 2, column: 2, params: { lines: 2 } },
        { code: 'line_break_in_cell', line: 4, column: 2, params: { lines: 3 } },
      ]);
    }
  });

  it('reports an unterminated quote at the line where it opened', () => {
    const { rows, issues } = tokenize(['id,note\n1,ok\n2,"never closed\nmore\n']);
    expect(rows.at(-1)).toEqual({ line: 3, cells: ['2', 'never closed\nmore\n'] });
    expect(issues).toEqual([{ code: 'unterminated_quote', line: 3, column: 2 }]);
  });

  it('still says a row spanned lines before an unterminated quote opened in it (not the lines the quote swallowed)', () => {
    for (const chunks of splits('a,b,c\n1,"x\ny","never closed\nmore\n')) {
      const { issues, spans } = tokenize(chunks);
      expect(issues).toEqual([{ code: 'unterminated_quote', line: 3, column: 3 }]);
      expect(spans).toEqual([{ code: 'line_break_in_cell', line: 2, column: 2, params: { lines: 2 } }]);
    }
    // Opened on the row's first line: the quote's lines are its own story.
    expect(tokenize(['a,b\n1,"never closed\nmore\n']).spans).toEqual([]);
  });

  it('keeps stray quotes as text and reports them once per cell', () => {
    const { rows, issues } = tokenize(['5\'10",x"y"z\n"a"b,c\n']);
    expect(rows.map((r) => r.cells)).toEqual([
      ['5\'10"', 'x"y"z'],
      ['ab', 'c'],
    ]);
    expect(issues.map((i) => [i.code, i.line, i.column, i.params?.where])).toEqual([
      ['stray_quote', 1, 1, 'inside'],
      ['stray_quote', 1, 2, 'inside'],
      ['stray_quote', 2, 1, 'after'],
    ]);
  });

  it('truncates long cells, still counting their line breaks', () => {
    const long = `"${'x'.repeat(50)}\n${'y'.repeat(50)}"`;
    for (const chunks of [[`a,${long}\nb,c\n`], [...`a,${long}\nb,c\n`]]) {
      const { rows, issues } = tokenize(chunks, { maxCellChars: 10 });
      expect(rows).toEqual([
        { line: 1, cells: ['a', 'xxxxxxxxxx'] },
        { line: 3, cells: ['b', 'c'] },
      ]);
      expect(issues).toEqual([{ code: 'cell_size_limit', line: 1, column: 2, params: { limit: 10, length: 101 } }]);
    }
  });

  it('drops cells beyond the column limit and counts them', () => {
    const { rows, issues } = tokenize(['1,2,3,4,5\n6\n'], { maxColumns: 3 });
    expect(rows.map((r) => r.cells)).toEqual([['1', '2', '3'], ['6']]);
    expect(issues).toEqual([{ code: 'column_limit', line: 1, params: { limit: 3, actual: 5 } }]);
  });

  it('cuts a row longer than the row budget', () => {
    const { rows, issues } = tokenize(['aaaa,bbbb,cccc\n'], { maxRowChars: 6 });
    expect(rows[0]?.cells).toEqual(['aaaa', 'bb', '']);
    expect(issues).toEqual([{ code: 'row_size_limit', line: 1, column: 2, params: { limit: 6 } }]);
  });

  it('supports other delimiters and no quoting', () => {
    expect(tokenize(['a\t"b\t"\tc\n'], { delimiter: '\t' }).rows[0]?.cells).toEqual(['a', 'b\t', 'c']);
    expect(tokenize(['a;"b";c\n'], { delimiter: ';', quote: '' }).rows[0]?.cells).toEqual(['a', '"b"', 'c']);
  });
});

// Differential test: random well-formed CSV, random chunking; the tokenizer must agree with the
// model the text was generated from, and papaparse must agree too (a check on the generator).
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLAIN = 'abcXYZ019 .-_é€';
const ANY = `${PLAIN},;\t|"\r\n`;

function generate(random: () => number) {
  const pick = (s: string) => s[Math.floor(random() * s.length)] ?? 'a';
  const delimiter = pick(',;\t|');
  const newline = ['\n', '\r\n', '\r'][Math.floor(random() * 3)] ?? '\n';
  const rows: { line: number; cells: string[] }[] = [];
  let text = '';
  let line = 1;
  const rowCount = 1 + Math.floor(random() * 12);
  for (let r = 0; r < rowCount; r++) {
    const cells: string[] = [];
    const parts: string[] = [];
    const width = 1 + Math.floor(random() * 6);
    for (let c = 0; c < width; c++) {
      const quoted = random() < 0.4;
      const length = Math.floor(random() * (random() < 0.1 ? 200 : 8));
      let value = '';
      for (let k = 0; k < length; k++) value += pick(quoted ? ANY : PLAIN.replace(delimiter, ''));
      cells.push(value);
      parts.push(quoted ? `"${value.replaceAll('"', '""')}"` : value);
    }
    let rowText = parts.join(delimiter);
    // A lone empty cell at the very end would be indistinguishable from a trailing line break.
    if (rowText === '' && r === rowCount - 1) rowText = '""';
    rows.push({ line, cells });
    line += (rowText.match(/\r\n|\r|\n/g) ?? []).length + 1;
    text += rowText + (r < rowCount - 1 || random() < 0.5 ? newline : '');
  }
  return { text, rows, delimiter, newline };
}

function randomChunks(text: string, random: () => number): string[] {
  const chunks: string[] = [];
  let at = 0;
  while (at < text.length) {
    const size = 1 + Math.floor(random() * (random() < 0.5 ? 4 : 64));
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return chunks;
}

describe('CsvTokenizer against a model and papaparse (seeded fuzz)', () => {
  it('agrees on 2,000 random files', () => {
    const random = mulberry32(20240611);
    for (let n = 0; n < 2000; n++) {
      const { text, rows, delimiter, newline } = generate(random);
      const got = tokenize(randomChunks(text, random), { delimiter });
      expect(got.rows, JSON.stringify(text)).toEqual(rows);
      expect(got.issues).toEqual([]);
      const papa = Papa.parse<string[]>(text, { delimiter, newline: newline as '\n', quoteChar: '"' }).data;
      if (text.endsWith(newline)) papa.pop(); // papaparse reports an empty last row after a final line break
      expect(papa, JSON.stringify(text)).toEqual(rows.map((r) => r.cells));
    }
  });
});

// Throughput check, not a timed test: POLICEDATA_BENCH=1 npx vitest run packages/core/test/csv-tokenizer.test.ts
describe.runIf(process.env.POLICEDATA_BENCH)('CsvTokenizer throughput', () => {
  it('parses 50 MB of typical quoted CSV', () => {
    const random = mulberry32(7);
    const parts = ['id,date,time,location,lat,lng,race,sex,age,outcome,reason,notes\n'];
    let size = 0;
    for (let i = 1; size < 50e6; i++) {
      const row = `${i},2017-03-${10 + (i % 18)},${10 + (i % 13)}:${10 + (i % 49)}:00,"${Math.floor(random() * 9999)} MAIN ST, SPRINGFIELD",${(30 + random()).toFixed(6)},${(-90 - random()).toFixed(6)},white,male,${18 + (i % 60)},citation,"Speeding, ${i % 7} over",${i % 10 === 0 ? '"said ""hi"""' : ''}\n`;
      parts.push(row);
      size += row.length;
    }
    const text = parts.join('');
    const chunks: string[] = [];
    for (let at = 0; at < text.length; at += 65_536) chunks.push(text.slice(at, at + 65_536));
    for (let run = 0; run < 3; run++) {
      let rows = 0;
      const start = performance.now();
      const tokenizer = new CsvTokenizer(
        OPTIONS,
        () => rows++,
        () => {},
      );
      for (const chunk of chunks) tokenizer.push(chunk);
      tokenizer.end();
      const seconds = (performance.now() - start) / 1000;
      console.log(
        `${rows} rows, ${(text.length / 1e6).toFixed(1)} MB in ${seconds.toFixed(3)} s: ${(text.length / 1e6 / seconds).toFixed(0)} MB/s`,
      );
    }
  });
});
