// Reads one sheet of an Excel workbook (.xlsx, or legacy .xls) with SheetJS. A workbook cannot be
// streamed (a zip archive or an OLE file), so it is read whole after its size is checked; its rows
// then flow in batches like any other reader's, with the sheet's row numbers as lines.
import type { CellObject, DenseSheet, WorkBook } from '@e965/xlsx';
import { checkHeader } from '../findings/structure.js';
import { locateHeader } from './csv-reader.js';
import { cellValue } from './excel-cells.js';
import type { ByteSource, FindingSink, ReadLimits, SourceInfo, SourceRow, TableSource } from './types.js';
import { isZip, zipInflatedSize } from './zip-size.js';

export interface ExcelOptions {
  /** The sheet to read; by default the first visible sheet that holds data. */
  sheet?: string;
}

export const EXCEL_BATCH_ROWS = 1000;
/** An .xlsx may declare at most this many times `maxWorkbookBytes` once unzipped. */
export const MAX_INFLATE_FACTOR = 5;
/** Rows searched for the header below title rows (as in the CSV reader). */
const HEADER_SEARCH_ROWS = 12;

type Cells = CellObject[][];
interface Extent {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const isEmpty = (cell: CellObject | undefined): boolean =>
  cell === undefined || cell.t === 'z' || cell.v === '' || cell.v === undefined;

/** Rows and columns that hold at least one value (formatting alone does not count). */
function extentOf(data: Cells): Extent | undefined {
  let extent: Extent | undefined;
  data.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (isEmpty(cell)) return;
      if (extent === undefined) extent = { top: r, bottom: r, left: c, right: c };
      else {
        extent.bottom = r;
        extent.left = Math.min(extent.left, c);
        extent.right = Math.max(extent.right, c);
      }
    });
  });
  return extent;
}

function headerText(cell: CellObject | undefined): string {
  if (isEmpty(cell) || cell === undefined) return '';
  return cell.w ?? String(cell.v);
}

async function* noBatches(): AsyncGenerator<SourceRow[]> {}

function emptyTable(info: SourceInfo, bytesRead: number): TableSource {
  return { info, header: [], headerLine: 0, batches: noBatches(), bytesRead: () => bytesRead };
}

/**
 * SheetJS, loaded the first time a workbook is read: it is 3 MB of live heap that a CSV never needs,
 * and a smaller live heap lets V8 keep the whole heap smaller on large files.
 */
const sheetJs = () => import('./sheetjs.js');

/** Reads a workbook given whole as bytes. */
export async function readExcel(
  bytes: Uint8Array,
  source: ByteSource | { name: string; size?: number },
  sink: FindingSink,
  limits: ReadLimits,
  options: ExcelOptions = {},
): Promise<TableSource> {
  const file = source.name;
  const zip = isZip(bytes);
  const info: SourceInfo = { format: zip ? 'xlsx' : 'xls' };
  const table = emptyTable(info, bytes.length);
  const size = Math.max(bytes.length, source.size ?? 0);
  if (size > limits.maxWorkbookBytes) {
    sink.report('workbook_too_large', { file }, { limit: limits.maxWorkbookBytes, size, inflated: false });
    return table;
  }
  const inflated = zip ? zipInflatedSize(bytes) : undefined;
  const inflateLimit = limits.maxWorkbookBytes * MAX_INFLATE_FACTOR;
  if (inflated !== undefined && inflated > inflateLimit) {
    sink.report('workbook_too_large', { file }, { limit: inflateLimit, size: inflated, inflated: true });
    return table;
  }
  const { read, SSF } = await sheetJs();
  let workbook: WorkBook;
  try {
    workbook = read(bytes, { type: 'array', dense: true, cellNF: true, cellHTML: false, cellDates: false });
  } catch (error) {
    sink.report('workbook_unreadable', { file }, { reason: unreadableReason(error) });
    return table;
  }
  const sheet = pickSheet(workbook, options.sheet, sink, file);
  if (sheet === undefined) return table;
  info.sheet = sheet.name;
  const where = { file, sheet: sheet.name };
  const extent = extentOf(sheet.data);
  if (extent === undefined) {
    sink.report('no_records', where);
    return table;
  }

  // The header: the first row that holds data, unless it is a title above a wider row.
  const early: { line: number; cells: string[] }[] = [];
  for (let r = extent.top; r <= extent.bottom && early.length < HEADER_SEARCH_ROWS; r++) {
    const row = sheet.data[r] ?? [];
    const cells: string[] = [];
    for (let c = extent.left; c <= extent.right; c++) cells.push(headerText(row[c]));
    early.push({ line: r + 1, cells });
  }
  const headerAt = Math.max(0, locateHeader(early));
  const headerRow = early[headerAt] ?? { line: extent.top + 1, cells: [] };
  for (const row of early.slice(0, headerAt)) {
    const text = row.cells.filter((c) => c.trim() !== '').join(' ');
    if (text === '') sink.report('blank_rows', { ...where, line: row.line });
    else
      sink.report('title_row', { ...where, line: row.line }, { title: text.slice(0, 200), headerLine: headerRow.line });
  }
  let header = headerRow.cells;
  if (header.length > limits.maxColumns) {
    sink.report(
      'column_limit',
      { ...where, line: headerRow.line },
      { limit: limits.maxColumns, actual: header.length },
    );
    header = header.slice(0, limits.maxColumns);
  }
  const names = checkHeader(header, sink, { ...where, line: headerRow.line });
  if (extent.bottom + 1 === headerRow.line) sink.report('header_only', { ...where, line: headerRow.line });

  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const toRow = (r: number): SourceRow | undefined => {
    const row = sheet.data[r] ?? [];
    const cells: unknown[] = new Array(header.length);
    let blank = true;
    for (let i = 0; i < header.length; i++) {
      let value = cellValue(row[extent.left + i], date1904, SSF.is_date);
      if (typeof value === 'object') {
        sink.report(
          'excel_error_value',
          { ...where, line: r + 1, column: names[i], value: value.error },
          { error: value.error },
        );
        value = value.error;
      } else if (typeof value === 'string' && value.length > limits.maxCellChars) {
        const params = { limit: limits.maxCellChars, length: value.length };
        sink.report('cell_size_limit', { ...where, line: r + 1, column: names[i] }, params);
        value = value.slice(0, limits.maxCellChars);
      }
      if (value !== '') blank = false;
      cells[i] = value;
    }
    if (!blank) return { line: r + 1, cells };
    sink.report('blank_rows', { ...where, line: r + 1 });
    return undefined;
  };

  const bottom = extent.bottom;
  async function* batches(): AsyncGenerator<SourceRow[]> {
    let batch: SourceRow[] = [];
    for (let r = headerRow.line; r <= bottom; r++) {
      const row = toRow(r);
      if (row === undefined) continue;
      batch.push(row);
      if (batch.length >= EXCEL_BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  return { ...table, header, headerLine: headerRow.line, batches: batches() };
}

/** The sheet asked for, or the first visible sheet with data; says which when there are several. */
function pickSheet(workbook: WorkBook, wanted: string | undefined, sink: FindingSink, file: string) {
  const names = workbook.SheetNames;
  const dataOf = (name: string): Cells => (workbook.Sheets[name] as DenseSheet | undefined)?.['!data'] ?? [];
  const withData = names.filter((name) => extentOf(dataOf(name)) !== undefined);
  let name: string | undefined;
  if (wanted !== undefined) {
    const folded = wanted.trim().toLowerCase();
    name = names.find((n) => n === wanted) ?? names.find((n) => n.trim().toLowerCase() === folded);
    if (name === undefined) {
      sink.report('sheet_not_found', { file }, { sheet: wanted, sheets: names });
      return undefined;
    }
  } else {
    const hidden = new Set(workbook.Workbook?.Sheets?.filter((s) => s.Hidden).map((s) => s.name));
    name = withData.find((n) => !hidden.has(n)) ?? withData[0];
    if (name === undefined) {
      sink.report('workbook_empty', { file }, { sheets: names });
      return undefined;
    }
  }
  // Only worth saying when data was left unread: empty sheets (Excel's default Sheet2, Sheet3) are not.
  const otherSheetsWithData = withData.filter((n) => n !== name).length;
  if (otherSheetsWithData > 0) {
    sink.report('sheet_selected', { file, sheet: name }, { sheet: name, sheets: names, otherSheetsWithData });
  }
  return { name, data: dataOf(name) };
}

/** Reads a workbook from a byte source, refusing it before loading when it is over the size limit. */
export async function readExcelSource(
  source: ByteSource,
  sink: FindingSink,
  limits: ReadLimits,
  options: ExcelOptions = {},
): Promise<TableSource> {
  const tooLarge = (size: number): TableSource => {
    sink.report('workbook_too_large', { file: source.name }, { limit: limits.maxWorkbookBytes, size, inflated: false });
    return emptyTable({ format: 'xlsx' }, 0);
  };
  if (source.size !== undefined && source.size > limits.maxWorkbookBytes) return tooLarge(source.size);
  const parts: Uint8Array[] = [];
  let total = 0;
  const reader = source.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limits.maxWorkbookBytes) {
        await reader.cancel();
        return tooLarge(total);
      }
      parts.push(value);
    }
  } catch (error) {
    // The stream failed part-way (a gzip-compressed workbook cut short, a disk error).
    const reason = error instanceof Error ? error.message : String(error);
    sink.report(
      'read_error',
      { file: source.name },
      { reason: `the workbook could not be read to its end (${reason})` },
    );
    return emptyTable({ format: 'xlsx' }, 0);
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return readExcel(bytes, source, sink, limits, options);
}

/**
 * Why SheetJS could not open a workbook, in words: its own messages are fine for a format it names
 * ("Unsupported ZIP file"), but a damaged or truncated file often fails inside it with a
 * programming error ("Cannot read properties of undefined"), which says nothing to a reader.
 */
function unreadableReason(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  if (error instanceof TypeError || error instanceof RangeError || /undefined|null|is not a function/.test(message)) {
    return 'it is damaged or cut short';
  }
  if (/unsupported zip/i.test(message)) return 'it is a ZIP archive, but not an Excel workbook';
  return message;
}
