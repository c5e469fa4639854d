// Findings about JSON, NDJSON and spreadsheet input: syntax, shape (where the records are) and limits.
// Header, title-row and size findings shared with CSV live in structure.ts.

import { limitHint } from '../limits.js';
import { defineFinding } from './definition.js';

export const jsonSyntaxError = defineFinding<{ found: string; expected: string; column: number }>({
  code: 'json_syntax_error',
  severity: 'error',
  category: 'structure',
  title: 'The JSON is not well formed',
  description:
    'The text breaks JSON syntax at the line and column shown, for example a missing comma, a trailing comma, single quotes, NaN, or a file cut short. In a JSON array nothing after this point can be read; in NDJSON only this line is skipped.',
  fix: 'Export the file again with a JSON library rather than by hand, and check the download is complete. The position shown is where the reader gave up; the mistake is at or just before it.',
  message: ({ found, expected, column }) => `At column ${column}: expected ${expected}, but found ${found}.`,
});

export const jsonDepthLimit = defineFinding<{ limit: number; stopped: boolean }>({
  code: 'json_depth_limit',
  severity: 'error',
  category: 'structure',
  title: 'JSON nested deeper than the limit',
  description:
    'A record nests objects or arrays deeper than the configured limit, so it was skipped. Police records are flat tables; deep nesting usually means the wrong file or a file built to exhaust a parser. Past a hard limit reading stops.',
  fix: `Flatten nested values into columns. If the nesting is genuine, raise the limit: ${limitHint('maxJsonDepth')}.`,
  message: ({ limit, stopped }) =>
    stopped
      ? `Nesting exceeds ${limit} levels; reading stopped here.`
      : `This record nests deeper than ${limit} levels; it was skipped.`,
});

export const jsonRecordTooLarge = defineFinding<{ limit: number }>({
  code: 'json_record_too_large',
  severity: 'error',
  category: 'structure',
  title: 'A record is larger than the size limit',
  description:
    'One JSON record (or NDJSON line) is longer than the configured number of characters, so it was skipped without being kept in memory. This usually means an embedded file, a runaway text field, or a line break missing between NDJSON records.',
  fix: `Remove embedded files or very long text from the export. If the records are genuine, raise the limit: ${limitHint('maxRecordChars')}.`,
  message: ({ limit }) => `This record is longer than ${limit} characters; it was skipped.`,
});

export const jsonNotObject = defineFinding<{ found: string }>({
  code: 'json_not_object',
  severity: 'error',
  category: 'structure',
  title: 'A record is not a JSON object',
  description:
    'Each record must be an object of "column": value pairs. This one is an array, a string, a number or null, so it has no column names and was skipped.',
  fix: 'Export one object per record, for example [{"id": 1, "date": "2019-01-02"}], not arrays of values.',
  message: ({ found }) => `Expected a record as a JSON object, found ${found}; it was skipped.`,
});

export const jsonNotTable = defineFinding<{ found: string }>({
  code: 'json_not_table',
  severity: 'error',
  category: 'structure',
  title: 'No array of records in the JSON',
  description:
    'The JSON is neither an array of records nor an object holding one under "data", "records", "rows" or "features" (the shapes used by open-data portals), so no records could be found.',
  fix: 'Publish a JSON array of objects, one per record, or wrap it as {"data": [...]}.',
  message: ({ found }) => `No array of records found: the JSON is ${found}.`,
});

export const jsonRecordsPath = defineFinding<{ path: string }>({
  code: 'json_records_path',
  severity: 'info',
  category: 'structure',
  title: 'Records read from inside a wrapper object',
  description:
    'The top level of the JSON is an object, as open-data portals and ArcGIS services produce; the records were read from the array named here. Other members of the wrapper (metadata, geometry) were not read.',
  fix: 'Nothing is required. Check that the array named is the one holding the records.',
  message: ({ path }) => `Records were read from "${path}".`,
});

export const noRecords = defineFinding<Record<string, never>>({
  code: 'no_records',
  severity: 'error',
  category: 'structure',
  title: 'The file has no records',
  description:
    'The file is well formed but holds no records (an empty JSON array, an NDJSON file of blank lines, an empty sheet), so there is nothing to validate. That can be genuine for a short period, but usually means a failed export. An error, as a CSV header with no rows is (header_only).',
  fix: 'Check the export query and period (and, for a workbook, the sheet read). If there really were no events, say so in the dataset description, and lower this finding with --severity no_records=warning.',
  message: () => 'The file holds no records.',
});

export const jsonNewKey = defineFinding<{ key: string }>({
  code: 'json_new_key',
  severity: 'info',
  category: 'structure',
  title: 'A key first appears part-way through the file',
  description:
    'The column list is taken from the first records; this key was first seen later and was added as a new column. Records before it have no value for it. A key that appears late is often a typo or a change of export format.',
  fix: 'Give every record the same keys, using null for a missing value.',
  message: ({ key }) => `The key "${key}" first appears here and was added as a column.`,
});

export const nestedValue = defineFinding<{ kind: string }>({
  code: 'nested_value',
  severity: 'warning',
  category: 'structure',
  title: 'A column holds nested objects or arrays',
  description:
    'The standard is a flat table: each value is a string, number, boolean or null. Nested values are kept as compact JSON text so they can be mapped, but they will not match a field of the standard as they are. Reported once per column.',
  fix: 'Flatten the nested value into separate columns (for example "subject.race" into "subject_race").',
  message: ({ kind }) => `This column holds a nested ${kind}; it is kept as JSON text.`,
});

export const jsonDuplicateKey = defineFinding<{ key: string }>({
  code: 'json_duplicate_key',
  severity: 'warning',
  category: 'structure',
  title: 'A record repeats a key',
  description:
    'The same key appears twice in one record. JSON tools disagree about which value wins; the last one was kept.',
  fix: 'Remove the repeated key from the export, or rename one of the two columns.',
  message: ({ key }) => `The key "${key}" appears more than once in this record; the last value was kept.`,
});

export const workbookTooLarge = defineFinding<{ limit: number; size: number; inflated: boolean }>({
  code: 'workbook_too_large',
  severity: 'error',
  category: 'source',
  title: 'The workbook is larger than the size limit',
  description:
    'A workbook has to be read whole (it is a zip archive or a binary file), so workbooks larger than the limit, or that would expand beyond it, are refused rather than risk running out of memory.',
  fix: `Save the sheet as CSV (UTF-8), which is read as a stream of any size, or raise the limit: ${limitHint('maxWorkbookBytes')}.`,
  message: ({ limit, size, inflated }) =>
    inflated
      ? `The workbook would expand to ${size} bytes, more than the limit allows (${limit} bytes); it was not read.`
      : `The workbook is ${size} bytes, more than the limit of ${limit} bytes; it was not read.`,
});

export const workbookUnreadable = defineFinding<{ reason: string }>({
  code: 'workbook_unreadable',
  severity: 'error',
  category: 'source',
  title: 'The workbook could not be read',
  description:
    'The file looks like an Excel workbook but could not be opened: it may be password-protected, damaged, cut short, or in a format the reader does not know.',
  fix: 'Open the file in Excel or LibreOffice, remove any password, and save it again as .xlsx or as CSV (UTF-8).',
  message: ({ reason }) => `The workbook could not be read: ${reason}.`,
});

export const workbookEmpty = defineFinding<{ sheets: string[] }>({
  code: 'workbook_empty',
  severity: 'error',
  category: 'structure',
  title: 'No sheet of the workbook holds data',
  description: 'Every sheet of the workbook is empty, so there is nothing to validate.',
  fix: 'Check that the export finished and that you picked the right file.',
  message: ({ sheets }) => `No sheet holds any data (sheets: ${sheets.join(', ')}).`,
});

export const sheetNotFound = defineFinding<{ sheet: string; sheets: string[] }>({
  code: 'sheet_not_found',
  severity: 'error',
  category: 'structure',
  title: 'The requested sheet is not in the workbook',
  description: 'A sheet was asked for by name, but the workbook has no sheet of that name.',
  fix: 'Use one of the sheet names listed, spelled exactly as in the workbook.',
  message: ({ sheet, sheets }) => `There is no sheet named "${sheet}"; the workbook has ${sheets.join(', ')}.`,
});

export const sheetSelected = defineFinding<{ sheet: string; sheets: string[]; otherSheetsWithData: number }>({
  code: 'sheet_selected',
  severity: 'info',
  category: 'structure',
  title: 'The workbook has several sheets; one was read',
  description:
    'Only one sheet is read: the one asked for, or else the first that holds data. Other sheets also hold data (a sheet per year, a summary, a data dictionary), and they were not checked. Empty sheets are not reported.',
  fix: 'Publish one table per file, or name the sheet to read with `sheet: <name>` in the mapping file (docs/mapping-files.md).',
  message: ({ sheet, sheets, otherSheetsWithData }) =>
    `Read sheet "${sheet}" of ${sheets.length} (${sheets.join(', ')}); ${otherSheetsWithData} other ${otherSheetsWithData === 1 ? 'sheet holds' : 'sheets hold'} data and ${otherSheetsWithData === 1 ? 'was' : 'were'} not checked.`,
});

export const excelErrorValue = defineFinding<{ error: string }>({
  code: 'excel_error_value',
  severity: 'warning',
  category: 'value',
  title: 'A cell holds an Excel error',
  description:
    'The cell shows an Excel error such as #N/A, #REF! or #DIV/0! instead of a value, usually a formula that failed. The error text is kept as the value.',
  fix: 'Fix the formula, or replace the error with an empty cell, before publishing.',
  message: ({ error }) => `The cell holds the Excel error ${error}.`,
});

export const jsonFindings = [
  jsonSyntaxError,
  jsonDepthLimit,
  jsonRecordTooLarge,
  jsonNotObject,
  jsonNotTable,
  jsonRecordsPath,
  noRecords,
  jsonNewKey,
  nestedValue,
  jsonDuplicateKey,
  workbookTooLarge,
  workbookUnreadable,
  workbookEmpty,
  sheetNotFound,
  sheetSelected,
  excelErrorValue,
];
