// Explicit date/time formats from mapping files: `MM/DD/YYYY hh:mm:ss A`, `YYYY/MM/DD HH:mm:ssZ`,
// compiled once per column into a matcher.
import { type DateTimeParts, fromExcelSerial } from './date-time.js';

type Setter = (parts: DateTimeParts, text: string) => boolean;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Token {
  pattern: string;
  set: Setter;
}

/** Sets a numeric part; false (no match) for a month name that is not a month. */
function setTo(parts: DateTimeParts, key: 'year' | 'month', value: number): boolean {
  parts[key] = value;
  return value > 0;
}

const num =
  (key: keyof Omit<DateTimeParts, 'offset'>): Setter =>
  (parts, text) => {
    parts[key] = Number(text);
    return true;
  };

// Longest tokens first so `YYYY` wins over `YY` and `MMM` over `MM`.
const TOKENS: Array<[string, Token]> = [
  ['YYYY', { pattern: '(\\d{4})', set: num('year') }],
  [
    'YY',
    { pattern: '(\\d{2})', set: (p, t) => setTo(p, 'year', Number(t) < 50 ? 2000 + Number(t) : 1900 + Number(t)) },
  ],
  [
    'MMMM',
    {
      pattern: '([A-Za-z]+)',
      set: (p, t) => setTo(p, 'month', MONTHS.indexOf(t.slice(0, 3).toLowerCase()) + 1),
    },
  ],
  ['MMM', { pattern: '([A-Za-z]{3})', set: (p, t) => setTo(p, 'month', MONTHS.indexOf(t.toLowerCase()) + 1) }],
  ['MM', { pattern: '(\\d{2})', set: num('month') }],
  ['M', { pattern: '(\\d{1,2})', set: num('month') }],
  ['DD', { pattern: '(\\d{2})', set: num('day') }],
  ['D', { pattern: '(\\d{1,2})', set: num('day') }],
  ['HH', { pattern: '(\\d{2})', set: num('hour') }],
  ['H', { pattern: '(\\d{1,2})', set: num('hour') }],
  ['hh', { pattern: '(\\d{2})', set: num('hour') }],
  ['h', { pattern: '(\\d{1,2})', set: num('hour') }],
  ['mm', { pattern: '(\\d{2})', set: num('minute') }],
  ['ss', { pattern: '(\\d{2})', set: num('second') }],
  ['SSS', { pattern: '(\\d+)', set: () => true }],
  ['A', { pattern: '([AaPp]\\.?[Mm]\\.?)', set: () => true }],
  [
    'Z',
    {
      pattern: '(Z|[+-]\\d{2}(?::?\\d{2})?)',
      set: (p, t) => {
        p.offset = t;
        return true;
      },
    },
  ],
];

export class DateFormatError extends Error {}

/** What each token gives: a format may give each at most once (`YYYY-MM-DDD` would read a day twice). */
const GIVES: Record<string, string> = {
  YYYY: 'year',
  YY: 'year',
  MMMM: 'month',
  MMM: 'month',
  MM: 'month',
  M: 'month',
  DD: 'day',
  D: 'day',
  HH: 'hour',
  H: 'hour',
  hh: 'hour',
  h: 'hour',
  mm: 'minute',
  ss: 'second',
  SSS: 'fraction of a second',
  A: 'AM/PM',
  Z: 'time zone',
};

/** The literal characters a format may contain besides tokens. */
const LITERAL = /^[\s/\-.:,T]$/;

export interface CompiledFormat {
  format: string;
  parse(text: string): DateTimeParts | undefined;
}

/** Compiles a format string; throws `DateFormatError` naming the first character it does not know. */
export function compileDateFormat(format: string): CompiledFormat {
  if (format === 'excel_serial') {
    return { format, parse: (text) => (/^\d+(\.\d+)?$/.test(text) ? fromExcelSerial(Number(text)) : undefined) };
  }
  let pattern = '';
  const setters: Setter[] = [];
  let meridiem = -1;
  const given = new Map<string, string>();
  for (let i = 0; i < format.length; ) {
    const match = TOKENS.find(([name]) => format.startsWith(name, i));
    if (match) {
      const [name, token] = match;
      const what = GIVES[name] ?? name;
      const earlier = given.get(what);
      if (earlier !== undefined) {
        throw new DateFormatError(
          `date format "${format}" gives the ${what} twice ("${earlier}", then "${name}" at position ${i + 1}): write it once`,
        );
      }
      given.set(what, name);
      if (name === 'A') meridiem = setters.length;
      pattern += token.pattern;
      setters.push(token.set);
      i += name.length;
    } else if (LITERAL.test(format[i] ?? '')) {
      pattern += format[i] === ' ' ? '\\s+' : `\\${format[i]}`;
      i += 1;
    } else {
      throw new DateFormatError(
        `unknown character "${format[i]}" at position ${i + 1} of date format "${format}" (use YYYY, MM, DD, HH, hh, mm, ss, A, Z)`,
      );
    }
  }
  const regex = new RegExp(`^${pattern}$`);
  return {
    format,
    parse(text) {
      const m = regex.exec(text.trim());
      if (!m) return undefined;
      const parts: DateTimeParts = {};
      for (let i = 0; i < setters.length; i++) if (!setters[i]?.(parts, m[i + 1] ?? '')) return undefined;
      if (meridiem >= 0 && parts.hour !== undefined) {
        const pm = (m[meridiem + 1] ?? '')[0]?.toLowerCase() === 'p';
        if (parts.hour < 1 || parts.hour > 12) return undefined;
        parts.hour = (parts.hour % 12) + (pm ? 12 : 0);
      }
      return parts;
    },
  };
}
