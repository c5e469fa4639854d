// Findings about a table's shape: its header, rows, quoting and the size limits that bound hostile
// input. Also the header checks that raise them, shared by every reader (CSV today; Excel can reuse).

import { limitHint } from '../limits.js';
import type { FindingLocation, FindingParams } from './definition.js';
import { defineFinding } from './definition.js';
import { inSpreadsheet } from './row-numbers.js';

type None = Record<string, never>;

export const headerOnly = defineFinding<None>({
  code: 'header_only',
  severity: 'error',
  category: 'structure',
  title: 'The file has a header but no data rows',
  description: 'The header row was read, but no record follows it, so there is nothing to validate.',
  fix: 'Check that the export finished and that its filters did not exclude every record.',
  message: () => 'The file has a header row but no data rows.',
});

export const blankHeader = defineFinding<{ index: number; name: string }>({
  code: 'blank_header',
  severity: 'warning',
  category: 'structure',
  title: 'A column has no name',
  description:
    'A cell of the header row is empty, so nothing says what the column holds. Spreadsheet exports do this for an index column or a stray trailing delimiter. The validator calls the column `column_N` (N its position) from here on.',
  fix: 'Give every column a name, or remove columns that hold nothing.',
  message: ({ index, name }) => `Column ${index} has no name; it is called "${name}" in this report.`,
});

export const duplicateHeader = defineFinding<{ name: string; index: number; first: number; renamed: string }>({
  code: 'duplicate_header',
  severity: 'warning',
  category: 'structure',
  title: 'Two columns have the same name',
  description:
    'The header names the same column twice, so tools that look columns up by name silently keep only one. The validator renames the later one with a suffix (`Address_2`) from here on.',
  fix: 'Rename one of the columns to say how it differs (for example `Street Address` and `Mailing Address`), or remove the copy.',
  message: ({ name, index, first, renamed }) =>
    `Column ${index} is named "${name}" like column ${first}; it is called "${renamed}" in this report.`,
});

export const headerWhitespace = defineFinding<{ name: string; problem: string }>({
  code: 'header_whitespace',
  severity: 'warning',
  category: 'structure',
  title: 'A column name has stray spaces',
  description:
    'A column name starts or ends with a space, or has two spaces in a row. They are invisible in a spreadsheet but make the name differ from the one people type, so lookups by name fail.',
  fix: 'Remove the extra spaces from the column name in the export.',
  message: ({ problem }) => `The name has ${problem}.`,
});

export const raggedRow = defineFinding<{ expected: number; actual: number }>({
  code: 'ragged_row',
  severity: 'error',
  category: 'structure',
  title: 'A row has a different number of cells than the header',
  description:
    'Each row should have one cell per column. With more or fewer cells, values may sit under the wrong column, so the row counts as a row with errors. Usual causes: an unquoted delimiter inside a value (more cells), a line break inside an unquoted value or a row cut short (fewer cells).',
  fix: 'More cells than columns: quote values that contain the delimiter or line breaks (most export tools do this when asked for RFC 4180 CSV). Fewer: check that the row was not cut short, and export it again with every column, empty ones included.',
  message: ({ expected, actual }) =>
    `This row has ${actual} ${actual === 1 ? 'cell' : 'cells'}; the header has ${expected} ${expected === 1 ? 'column' : 'columns'}.`,
});

export const titleRow = defineFinding<{ title: string; headerLine: number; headerRow?: number }>({
  code: 'title_row',
  severity: 'warning',
  category: 'structure',
  title: 'A title line sits above the header',
  description:
    'The file starts with a line such as a report title or date above the real header row. The validator skipped it and used the wider row below as the header, but other tools will take the title as the header.',
  fix: 'Remove title and note lines so that the column names are on the first line.',
  message: ({ title, headerLine, headerRow }) =>
    `Skipped a title line ("${title}"); the header is on line ${headerLine}${inSpreadsheet(headerRow)}.`,
});

export const singleColumn = defineFinding<{ candidate: string }>({
  code: 'single_column',
  severity: 'warning',
  category: 'structure',
  title: 'The file has a single column; the delimiter may be wrong',
  description:
    'Every row was read as one column, yet the lines contain another character that looks like a delimiter. The file was probably split with the wrong delimiter.',
  fix: 'Export with commas, or give the delimiter the file uses: `delimiter:` in the mapping file, or `--delimiter` on the command line.',
  message: ({ candidate }) => `Only one column was found, but the lines contain ${candidate}; is that the delimiter?`,
});

export const blankRows = defineFinding<None>({
  code: 'blank_rows',
  severity: 'info',
  category: 'structure',
  title: 'Blank lines were skipped',
  description: 'A line is empty or holds only delimiters. It carries no data and was skipped.',
  fix: 'Nothing is required. Removing blank lines makes the file easier for other tools to read.',
  message: () => 'Skipped a blank line.',
});

export const unterminatedQuote = defineFinding<None>({
  code: 'unterminated_quote',
  severity: 'error',
  category: 'structure',
  title: 'A quoted value is never closed',
  description:
    'A value opens with a quote that is never closed, so everything up to the end of the file was read as part of that one value. Rows after this line were not read as rows.',
  fix: 'Close the quote, or double any quote character inside a quoted value ("" stands for one ").',
  message: () => 'A quote opened on this line is never closed; the rest of the file was read as one value.',
});

export const strayQuote = defineFinding<{ where: string }>({
  code: 'stray_quote',
  severity: 'warning',
  category: 'structure',
  title: 'A quote character in an unexpected place',
  description:
    'A quote appears inside a value that is not quoted, or text follows the closing quote of a value. The characters were kept as text, but other tools may split or join values differently.',
  fix: 'Quote the whole value and double the quotes inside it, for example "5\'10""" for 5\'10".',
  message: ({ where }) =>
    where === 'after'
      ? 'Text follows the closing quote of a value.'
      : 'A quote appears inside a value that is not quoted.',
});

export const cellSizeLimit = defineFinding<{ limit: number; length?: number }>({
  code: 'cell_size_limit',
  severity: 'error',
  category: 'structure',
  title: 'A cell is longer than the size limit',
  description:
    'A single value is longer than the cell size limit, so only its start was kept. Such cells usually come from an unterminated quote or a file built to exhaust memory.',
  fix: `Check the value. If the file is genuine, raise the limit: ${limitHint('maxCellChars')}.`,
  message: ({ limit, length }) =>
    `This cell has ${length ?? `more than ${limit}`} characters; only the first ${limit} were kept.`,
});

export const columnLimit = defineFinding<{ limit: number; actual?: number }>({
  code: 'column_limit',
  severity: 'error',
  category: 'structure',
  title: 'A row has more columns than the limit',
  description: 'A row has more cells than the column limit; the cells beyond it were dropped.',
  fix: `Check the delimiter and the row. If the file is genuine, raise the limit: ${limitHint('maxColumns')}.`,
  message: ({ limit, actual }) =>
    `This row has ${actual ?? `more than ${limit}`} cells; only the first ${limit} were kept.`,
});

export const rowSizeLimit = defineFinding<{ limit: number }>({
  code: 'row_size_limit',
  severity: 'error',
  category: 'structure',
  title: 'A row is longer than the size limit',
  description: 'The cells of one row together exceed the record size limit, so the rest of the row was cut.',
  fix: `Check the row. If the file is genuine, raise the limit: ${limitHint('maxRecordChars')}.`,
  message: ({ limit }) => `This row has more than ${limit} characters; the rest was cut.`,
});

export const emptyRecord = defineFinding<Record<string, never>>({
  code: 'empty_record',
  severity: 'warning',
  category: 'structure',
  title: 'A row holds a value in only one column',
  description:
    'All but one cell of the row are empty, as in a pre-numbered line of a form that was never filled in. It is not counted or validated as a record.',
  fix: 'Remove unfilled lines before publishing, or fill them in.',
  message: () => 'Only one cell of this row has a value; the row was skipped.',
});

export const lineBreakInCell = defineFinding<{ lines: number }>({
  code: 'line_break_in_cell',
  severity: 'info',
  category: 'structure',
  title: 'A cell holds a line break, so its row spans several lines',
  description:
    'A quoted cell contains a line break, which CSV allows. The row then spans several lines of the file, and from there on the line numbers in this report (lines of the file, as a text editor shows them) run ahead of the row numbers a spreadsheet program shows; samples then give both (`line 3355 (row 1150 in a spreadsheet)`). Reported once per row.',
  fix: 'Nothing to fix if the line breaks are part of the values (addresses, narratives). Otherwise replace line breaks inside values with spaces before publishing.',
  message: ({ lines }) => `This row spans ${lines} lines: a cell holds a line break.`,
});

export const structureFindings = [
  headerOnly,
  emptyRecord,
  blankHeader,
  duplicateHeader,
  headerWhitespace,
  raggedRow,
  titleRow,
  singleColumn,
  blankRows,
  unterminatedQuote,
  strayQuote,
  cellSizeLimit,
  columnLimit,
  rowSizeLimit,
  lineBreakInCell,
];

/** Same shape as the reading stage's FindingSink, restated so findings/ does not import read/. */
interface Reporter {
  report(code: string, location: FindingLocation, params?: FindingParams): void;
}

/**
 * Checks a header row and returns the names later stages use: a blank name becomes `column_N`
 * (N is its 1-based position) and a repeated name gets `_2`, `_3`... Published names are otherwise kept.
 */
export function checkHeader(header: readonly string[], sink: Reporter, where: FindingLocation): string[] {
  const names: string[] = [];
  const firstIndex = new Map<string, number>();
  const taken = new Set(header.map((h) => h.trim()));
  header.forEach((name, i) => {
    const index = i + 1;
    const key = name.trim();
    let unique = name;
    if (key === '') {
      unique = freeName(`column_${index}`, taken);
      sink.report('blank_header', { ...where, column: unique }, { index, name: unique });
    } else {
      const problem = spacingProblem(name);
      if (problem) sink.report('header_whitespace', { ...where, column: name }, { name, problem });
      const first = firstIndex.get(key);
      if (first === undefined) firstIndex.set(key, index);
      else {
        unique = freeName(key, taken);
        sink.report('duplicate_header', { ...where, column: name }, { name: key, index, first, renamed: unique });
      }
    }
    names.push(unique);
  });
  return names;
}

const SILENT: Reporter = { report: () => {} };

/** The names checkHeader returns, without reporting anything (for stages after the reader). */
export function columnNames(header: readonly string[]): string[] {
  return checkHeader(header, SILENT, {});
}

function freeName(base: string, taken: Set<string>): string {
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
  taken.add(name);
  return name;
}

function spacingProblem(name: string): string | undefined {
  const problems: string[] = [];
  if (/^\s/.test(name)) problems.push('a leading space');
  if (/\s$/.test(name)) problems.push('a trailing space');
  if (/\S\s{2,}\S/.test(name)) problems.push('doubled spaces');
  if (/[\t\u00a0\r\n]/.test(name)) problems.push('a tab, line break or non-breaking space');
  return problems.length > 0 ? problems.join(' and ') : undefined;
}

const DELIMITER_NAMES: [string, string][] = [
  [';', 'semicolons'],
  ['\t', 'tabs'],
  ['|', 'vertical bars'],
  ['^', 'carets'],
  [',', 'commas'],
];

/** A single column whose first lines mostly contain another delimiter-like character. */
export function checkSingleColumn(
  lines: readonly string[],
  delimiter: string,
  sink: Reporter,
  where: FindingLocation,
): void {
  const filled = lines.filter((l) => l.trim() !== '');
  for (const [char, name] of DELIMITER_NAMES) {
    if (char !== delimiter && filled.filter((l) => l.includes(char)).length * 2 > filled.length) {
      sink.report('single_column', where, { candidate: name });
      return;
    }
  }
}
