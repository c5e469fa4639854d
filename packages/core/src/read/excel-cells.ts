// Converts one spreadsheet cell (as SheetJS parses it) to a row value: text cells as their text,
// numbers as numbers, booleans as booleans, and numbers in a date or time format as ISO 8601 text,
// because a date serial such as 43467 means nothing to a reader of the report.

import type { CellObject } from '@e965/xlsx';

/** Whether a number format shows a date or time (SheetJS's `SSF.is_date`, passed in: SheetJS loads lazily). */
export type IsDateFormat = (format: string) => boolean;

const DAY_MS = 86_400_000;
const EXCEL_1900_EPOCH = Date.UTC(1899, 11, 30); // serial 0 for serials after the fake 1900-02-29
const EXCEL_1904_EPOCH = Date.UTC(1904, 0, 1);

/** A cell whose value is an Excel error (#N/A, #DIV/0!, ...); the reader reports these. */
export interface ErrorCell {
  error: string;
}

// Excel's error codes, for cells whose formatted text is missing.
const ERRORS: Record<number, string> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
  43: '#GETTING_DATA!',
};

type Kind = 'date' | 'time' | 'datetime' | 'elapsed' | 'other';
const kinds = new Map<string, Kind>();

/** What a number format shows: a date, a time of day, both, a duration ([h]:mm), or a plain number. */
export function formatKind(format: string, isDate: IsDateFormat): Kind {
  let kind = kinds.get(format);
  if (kind !== undefined) return kind;
  if (!isDate(format)) kind = 'other';
  else if (/\[(h+|m+|s+)\]/i.test(format)) kind = 'elapsed';
  else {
    // Quoted literals, escapes and [..] sections (colours, locales) are not date or time codes.
    const codes = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
    const hasTime = /[hs]/i.test(codes) || /AM\/PM|A\/P/i.test(codes);
    const hasDate = /[yd]/i.test(codes) || (/m/i.test(codes) && !hasTime);
    kind = hasDate && hasTime ? 'datetime' : hasTime ? 'time' : 'date';
  }
  kinds.set(format, kind);
  return kind;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO text for an Excel date serial: the date, and the time when the format shows one or the value has one. */
export function serialToIso(serial: number, kind: Kind, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return undefined; // past 9999-12-31
  const seconds = Math.round(serial * 86_400);
  const days = Math.floor(seconds / 86_400);
  const rest = seconds - days * 86_400;
  const time = `${pad(Math.floor(rest / 3600))}:${pad(Math.floor(rest / 60) % 60)}:${pad(rest % 60)}`;
  if (kind === 'time' && days === 0) return time;
  let date: string;
  if (!date1904 && days === 60)
    date = '1900-02-29'; // Lotus 1-2-3's leap-year bug, kept by Excel
  else {
    const epoch = date1904 ? EXCEL_1904_EPOCH : EXCEL_1900_EPOCH;
    const shift = !date1904 && days < 60 ? 1 : 0; // serials before the fake leap day are one day later
    date = new Date(epoch + (days + shift) * DAY_MS).toISOString().slice(0, 10);
  }
  return kind === 'date' && rest === 0 ? date : `${date}T${time}`;
}

/** The row value of one cell; empty cells are ''. */
export function cellValue(
  cell: CellObject | undefined,
  date1904: boolean,
  isDate: IsDateFormat,
): string | number | boolean | ErrorCell {
  if (cell === undefined) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return cell.v === true;
    case 'e':
      return { error: cell.w ?? ERRORS[Number(cell.v)] ?? '#ERROR' };
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().replace(/\.000Z$|Z$/, '') : String(cell.v);
    case 'n': {
      const value = typeof cell.v === 'number' ? cell.v : Number(cell.v);
      const kind = typeof cell.z === 'string' ? formatKind(cell.z, isDate) : 'other';
      if (kind === 'other') return value;
      // A duration such as [h]:mm is best read as it is displayed ("36:30").
      if (kind === 'elapsed') return cell.w ?? value;
      return serialToIso(value, kind, date1904) ?? value;
    }
    default:
      return '';
  }
}
