// The chunker cuts text where the tokenizer ends a row, so parts tokenized apart (as workers do)
// give the same rows, lines and issues as one pass over the whole text.
import { describe, expect, it } from 'vitest';
import { countLines, RowChunker, type TextPart } from '../src/parallel/chunker.js';
import { CsvTokenizer, type TokenIssue } from '../src/read/csv-tokenizer.js';
import { random } from './random.js';

const PIECES = ['a', 'bc', ',', ',', '"', '""', '\n', '\r\n', '\r', ' ', 'x"y', '"q,\n"', '\uFFFD'];

function randomCsv(rand: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(rand() * PIECES.length)];
  return text;
}

function tokenize(parts: TextPart[], quote = '"') {
  const rows: Array<[number, string[]]> = [];
  const issues: TokenIssue[] = [];
  const aligned: boolean[] = [];
  parts.forEach((part, index) => {
    const options = { delimiter: ',', quote, maxCellChars: 6, maxColumns: 5, maxRowChars: 12, firstLine: part.line };
    const tokenizer = new CsvTokenizer(
      options,
      (cells, line) => rows.push([line, cells]),
      (issue) => issues.push(issue),
    );
    // Pushed in small pieces, as decoded text arrives.
    for (const text of part.texts) for (let at = 0; at < text.length; at += 7) tokenizer.push(text.slice(at, at + 7));
    if (index < parts.length - 1) aligned.push(tokenizer.atRowStart);
    else tokenizer.end();
  });
  return { rows, issues, aligned };
}

function chunk(text: string, targetChars: number, quote = '"'): { parts: TextPart[]; overflow: boolean } {
  const chunker = new RowChunker({ delimiter: ',', quote, firstLine: 1, targetChars, maxChars: 400 });
  const parts: TextPart[] = [];
  for (let at = 0; at < text.length && !chunker.overflow; at += 13)
    parts.push(...chunker.push(text.slice(at, at + 13)));
  if (chunker.overflow) {
    const rest = chunker.rest();
    const pushed = [...parts, rest].reduce((sum, part) => sum + part.texts.join('').length, 0);
    parts.push({ texts: [...rest.texts, text.slice(pushed)], line: rest.line });
    return { parts, overflow: true };
  }
  parts.push(chunker.end());
  return { parts, overflow: false };
}

describe('RowChunker', () => {
  it('cuts only where the tokenizer ends a row, on 3,000 random texts', () => {
    const rand = random(7);
    let cuts = 0;
    for (let i = 0; i < 3000; i++) {
      const text = randomCsv(rand, 50 + Math.floor(rand() * 400));
      const quote = i % 10 === 9 ? '' : '"';
      const { parts } = chunk(text, 10 + Math.floor(rand() * 60), quote);
      expect(parts.map((part) => part.texts.join('')).join('')).toBe(text);
      const whole = tokenize([{ texts: [text], line: 1 }], quote);
      const split = tokenize(parts, quote);
      expect(split.aligned.every(Boolean)).toBe(true);
      expect(split.rows).toEqual(whole.rows);
      expect(split.issues).toEqual(whole.issues);
      cuts += parts.length - 1;
    }
    expect(cuts).toBeGreaterThan(3000);
  });

  it('gives each part the physical line it starts on', () => {
    const text = 'a,b\r\nc,"multi\nline\rcell"\rd,e\n'.repeat(50);
    const { parts } = chunk(text, 20);
    let line = 1;
    for (const part of parts) {
      expect(part.line).toBe(line);
      line += countLines(part.texts);
    }
    expect(line).toBe(1 + 50 * 5);
  });

  it('counts a CR and LF split between pieces as one line break', () => {
    expect(countLines(['a\r', '\nb\r', 'c\n'])).toBe(3);
  });

  it('keeps pieces small, however large the text pushed', () => {
    const chunker = new RowChunker({ delimiter: ',', quote: '"', firstLine: 1, targetChars: 100_000, maxChars: 1e7 });
    const parts = chunker.push('a,b\n'.repeat(100_000));
    expect(parts.length).toBe(4);
    for (const part of parts) for (const text of part.texts) expect(text.length).toBeLessThanOrEqual(32 * 1024);
  });

  it('stops cutting when no row ends within the bound (an unterminated quote)', () => {
    const text = `a,b\n${'c,d\n'.repeat(20)}"open,${'x\n'.repeat(400)}`;
    const { parts, overflow } = chunk(text, 30);
    expect(overflow).toBe(true);
    expect(parts.length).toBeGreaterThan(2);
    expect(tokenize(parts).rows).toEqual(tokenize([{ texts: [text], line: 1 }]).rows);
  });
});
