// Guesses a CSV file's layout from its first part: the dialect (delimiter, quote, line endings)
// and which row is the header. Each candidate delimiter is tried with the real tokenizer, so
// delimiters inside quoted cells do not count; the winner splits the sample's rows into the same
// number of cells most consistently. The header is the first row unless title lines sit above it.
import { CsvTokenizer } from './csv-tokenizer.js';
import type { DialectInfo } from './types.js';

/** Candidates in order of preference when two fit equally well. */
export const DELIMITERS = [',', '\t', ';', '|'] as const;
const MAX_ROWS = 200;

interface Fit {
  delimiter: string;
  /** Share of rows having the most common cell count. */
  consistency: number;
  /** The most common cell count. */
  width: number;
}

/**
 * Detects the dialect from a sample of decoded text. `complete` says the sample is the whole file;
 * otherwise its last, possibly cut, line is ignored.
 */
export function detectDialect(sample: string, complete = false): DialectInfo {
  const cut = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r')) + 1;
  // A sample without any line break (a very long header) is used whole.
  const text = complete || cut === 0 ? sample : sample.slice(0, cut);
  const quote = detectQuote(text);
  let best: Fit | undefined;
  for (const delimiter of DELIMITERS) {
    const fit = measure(text, delimiter, quote);
    if (fit.width < 2) continue;
    // A clearly more consistent split wins; among near-equals, more columns is the better explanation.
    if (
      !best ||
      fit.consistency > best.consistency + 0.1 ||
      (fit.consistency > best.consistency - 0.1 && fit.width > best.width)
    ) {
      best = fit;
    }
  }
  return { delimiter: best?.delimiter ?? ',', quote, lineEnding: lineEndings(text, best?.delimiter ?? ',', quote) };
}

function tokenize(text: string, delimiter: string, quote: string, onRow: (cells: string[]) => void): CsvTokenizer {
  const options = { delimiter, quote, maxCellChars: 4096, maxColumns: 100_000 };
  const tokenizer = new CsvTokenizer(options, onRow, () => {});
  tokenizer.push(text);
  tokenizer.end();
  return tokenizer;
}

function measure(text: string, delimiter: string, quote: string): Fit {
  const counts = new Map<number, number>();
  let rows = 0;
  tokenize(text, delimiter, quote, (cells) => {
    if (rows >= MAX_ROWS || (cells.length === 1 && cells[0] === '')) return;
    rows++;
    counts.set(cells.length, (counts.get(cells.length) ?? 0) + 1);
  });
  let width = 0;
  let most = 0;
  for (const [w, count] of counts) {
    if (count > most || (count === most && w > width)) {
      width = w;
      most = count;
    }
  }
  return { delimiter, consistency: rows === 0 ? 0 : most / rows, width };
}

/** Single quotes only when cells are wrapped in them and never in double quotes. */
function detectQuote(text: string): string {
  const head = text.slice(0, 64 * 1024);
  const wrapped = (q: string) => new RegExp(`(^|[,;|\\t])${q}[^${q}\\r\\n]*${q}(?=[,;|\\t\\r\\n]|$)`, 'gm');
  const doubles = head.match(wrapped('"'))?.length ?? 0;
  const singles = head.match(wrapped("'"))?.length ?? 0;
  return singles >= 2 && doubles === 0 ? "'" : '"';
}

function lineEndings(text: string, delimiter: string, quote: string): DialectInfo['lineEnding'] {
  const { lf, crlf, cr } = tokenize(text, delimiter, quote, () => {}).endings;
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}

export function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '') return false;
  return true;
}

function nonEmpty(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) if (cell.trim() !== '') count++;
  return count;
}

export function titleText(cells: readonly string[]): string {
  return cells
    .filter((c) => c.trim() !== '')
    .join(' ')
    .slice(0, 200);
}

const DATA_LIKE = /^[\s\d.,:/+-]+$/;

/** Non-blank lines searched for the real header below title lines. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Index of the header among the first rows (-1 when all are blank). A first line with one or two
 * non-empty cells is a title when a wider line below it looks like a header: no cell of it is only
 * a number or a date (which would make it data, and the first line a sparse header).
 */
export function locateHeader(rows: readonly { cells: string[] }[]): number {
  const firstLine = rows.findIndex((r) => !isBlank(r.cells));
  const first = rows[firstLine];
  if (!first || nonEmpty(first.cells) > 2) return firstLine;
  let seen = 0;
  for (let i = firstLine + 1; i < rows.length && seen < HEADER_SEARCH_ROWS; i++) {
    const cells = rows[i]?.cells ?? [];
    if (isBlank(cells)) continue;
    seen++;
    if (nonEmpty(cells) <= 2) continue;
    return cells.some((c) => DATA_LIKE.test(c)) ? firstLine : i;
  }
  return firstLine;
}
