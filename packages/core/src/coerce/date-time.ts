// Parses the date and time forms real police files use into the standard's ISO forms.
// A column's values are parsed by an explicit format from the mapping file when given
// (`MM/DD/YYYY hh:mm A`), otherwise by the known families below, tried in a fixed order.

export interface DateTimeParts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** UTC offset as written (`+00`, `-05:00`, `Z`), kept only to format a datetime. */
  offset?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

export function validDate(parts: DateTimeParts): boolean {
  const { year, month, day } = parts;
  if (year === undefined || month === undefined || day === undefined) return false;
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function validTime(parts: DateTimeParts): boolean {
  const { hour, minute, second = 0 } = parts;
  if (hour === undefined || minute === undefined) return false;
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

function applyMeridiem(hour: number, meridiem: string | undefined): number | undefined {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return undefined;
  const pm = meridiem[0]?.toLowerCase() === 'p';
  return (hour % 12) + (pm ? 12 : 0);
}

function twoDigitYear(year: number): number {
  // Police records are recent: 00-49 means 20xx, 50-99 means 19xx.
  return year < 50 ? 2000 + year : 1900 + year;
}

const TIME_TAIL = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.:]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME_TAIL}$`);
const YMD_SLASH = new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})${TIME_TAIL}$`);
const MDY = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})${TIME_TAIL}$`);
const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;
const MONTH_NAME_FIRST = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-](\d{4}|\d{2})$/;
const EXCEL_SERIAL = /^(\d{4,5})(?:\.(\d+))?$/;

function withTime(parts: DateTimeParts, g: Groups, at: number): DateTimeParts | undefined {
  if (!g[at]) return parts;
  const hour = applyMeridiem(Number(g[at]), g[at + 3] || undefined);
  if (hour === undefined) return undefined;
  const result: DateTimeParts = { ...parts, hour, minute: Number(g[at + 1]), second: Number(g[at + 2] || 0) };
  if (g[at + 4]) result.offset = g[at + 4];
  return result;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Excel's day 1 is 1900-01-01 and it wrongly counts 1900-02-29, so serials count from 1899-12-30. */
export function fromExcelSerial(serial: number): DateTimeParts {
  const millis = Math.round((serial - 25569) * 86_400_000);
  const date = new Date(millis);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** Date families in the order they are tried. `mdy` is US order; `dmy` only when a mapping asks. */
export type DateFamily = 'iso' | 'ymd_slash' | 'mdy' | 'dmy' | 'ymd_compact' | 'month_name' | 'excel_serial';

export const DATE_FAMILIES: readonly DateFamily[] = [
  'iso',
  'ymd_slash',
  'mdy',
  'ymd_compact',
  'month_name',
  'excel_serial',
];

type Groups = string[];

/** Regex groups as strings ('' for a group that did not take part). */
function groups(pattern: RegExp, text: string): Groups | undefined {
  const m = pattern.exec(text);
  return m ? Array.from(m, (group) => group ?? '') : undefined;
}

const fullYear = (text: string): number => (text.length === 2 ? twoDigitYear(Number(text)) : Number(text));

function dateParts(g: Groups, order: 'ymd' | 'mdy' | 'dmy'): DateTimeParts {
  const [a, b, c] = [g[1] ?? '', g[2] ?? '', g[3] ?? ''];
  if (order === 'ymd') return { year: Number(a), month: Number(b), day: Number(c) };
  if (order === 'mdy') return { year: fullYear(c), month: Number(a), day: Number(b) };
  return { year: fullYear(c), month: Number(b), day: Number(a) };
}

const FAMILY_PARSERS: Record<DateFamily, (text: string) => DateTimeParts | undefined> = {
  iso: (text) => {
    const g = groups(ISO, text);
    return g && withTime(dateParts(g, 'ymd'), g, 4);
  },
  ymd_slash: (text) => {
    const g = groups(YMD_SLASH, text);
    return g && withTime(dateParts(g, 'ymd'), g, 4);
  },
  mdy: (text) => {
    const g = groups(MDY, text);
    return g && withTime(dateParts(g, 'mdy'), g, 4);
  },
  dmy: (text) => {
    const g = groups(MDY, text);
    return g && withTime(dateParts(g, 'dmy'), g, 4);
  },
  ymd_compact: (text) => {
    const g = groups(YMD_COMPACT, text);
    if (!g) return undefined;
    const parts = dateParts(g, 'ymd');
    return g[4] ? { ...parts, hour: Number(g[4]), minute: Number(g[5]), second: Number(g[6] || 0) } : parts;
  },
  month_name: (text) => {
    const first = groups(MONTH_NAME_FIRST, text);
    if (first) return { year: Number(first[3]), month: monthIndex(first[1] ?? ''), day: Number(first[2]) };
    const g = groups(DAY_MONTH_NAME, text);
    return g && { year: fullYear(g[3] ?? ''), month: monthIndex(g[2] ?? ''), day: Number(g[1]) };
  },
  excel_serial: (text) => {
    const g = groups(EXCEL_SERIAL, text);
    // 10000..99999 covers 1927..2173; a bare 5-digit number in a date column is a serial.
    return g && Number(g[1]) >= 10_000 ? fromExcelSerial(Number(text)) : undefined;
  },
};

export function parseDateFamily(text: string, family: DateFamily): DateTimeParts | undefined {
  const parts = FAMILY_PARSERS[family](text);
  if (!parts || !validDate(parts)) return undefined;
  if (parts.hour !== undefined && !validTime(parts)) return undefined;
  return parts;
}

export const formatDate = (p: DateTimeParts): string =>
  `${pad(p.year ?? 0, 4)}-${pad(p.month ?? 0)}-${pad(p.day ?? 0)}`;

export function formatTime(p: DateTimeParts): string {
  const base = `${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}`;
  return p.second ? `${base}:${pad(p.second)}` : base;
}

export function formatDateTime(p: DateTimeParts): string {
  const offset = p.offset ? normaliseOffset(p.offset) : '';
  return `${formatDate(p)}T${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}${offset}`;
}

function normaliseOffset(offset: string): string {
  if (offset === 'Z') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset);
  if (!m) return '';
  return m[2] === '00' && (m[3] ?? '00') === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.:]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?$/;
const HHMM = /^(\d{1,4})(?:\.0+)?$/;
const DAY_FRACTION = /^0?\.\d+$/;

/**
 * Parses a clock time: `21:48`, `21:48:00:000`, `21:08:00.0000000`, `4:14:00 AM`, `10:30 PM`,
 * `HHMM` numbers (`1450`, `122` = 01:22), or an Excel day fraction (`0.5` = 12:00).
 */
export function parseTime(text: string): DateTimeParts | undefined {
  const clock = groups(CLOCK, text);
  if (clock) {
    const hour = applyMeridiem(Number(clock[1]), clock[4] || undefined);
    const parts: DateTimeParts = { hour, minute: Number(clock[2]), second: Number(clock[3] || 0) };
    return hour !== undefined && validTime(parts) ? parts : undefined;
  }
  const hhmm = groups(HHMM, text);
  if (hhmm) {
    const value = Number(hhmm[1]);
    const parts = { hour: Math.floor(value / 100), minute: value % 100, second: 0 };
    return validTime(parts) ? parts : undefined;
  }
  if (DAY_FRACTION.test(text)) {
    const seconds = Math.round(Number(text) * 86_400);
    return { hour: Math.floor(seconds / 3600) % 24, minute: Math.floor(seconds / 60) % 60, second: seconds % 60 };
  }
  // A full date-time in a time column: take its time.
  for (const family of ['iso', 'ymd_slash', 'mdy'] as const) {
    const parts = parseDateFamily(text, family);
    if (parts?.hour !== undefined) return parts;
  }
  return undefined;
}
