// Names the format a published date or time cell is written in (`M/D/YYYY h:mm A`, `YYYY-MM-DD`),
// in the mapping file's own format language, so a report can say which formats each date column
// uses and a comparison of two releases can tell when a column changed format. It describes the
// cell's shape only; whether the value is a real date is the coercer's job.

/** How a cell that is not text was written: a number in a spreadsheet date column. */
export const EXCEL_SERIAL = 'excel_serial';

const TOKEN = /\d+|[A-Za-z]+|[^\dA-Za-z]/g;
const MERIDIEM = /^[AaPp]$|^[AaPp][Mm]$/;

interface Token {
  text: string;
  digits: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(TOKEN)) out.push({ text: match[0], digits: /^\d/.test(match[0]) });
  return out;
}

/** `YYYY-MM-DD` style date part; returns the pattern and how many tokens it took, or undefined. */
function datePart(t: Token[]): { pattern: string; used: number } | undefined {
  const [a, s1, b, s2, c] = t;
  if (!a) return undefined;
  if (a.digits && a.text.length === 8 && (t.length === 1 || t[1]?.text === ' ' || t[1]?.text === 'T')) {
    return { pattern: 'YYYYMMDD', used: 1 };
  }
  if (a.digits && a.text.length === 14 && t.length === 1) return { pattern: 'YYYYMMDDHHmmss', used: 1 };
  if (!s1 || !b || !s2 || !c) return undefined;
  const sep = s1.text;
  if (a.digits && a.text.length === 4 && b.digits && c.digits && s1.text === s2.text) {
    return { pattern: `YYYY${sep}MM${sep}DD`, used: 5 };
  }
  if (a.digits && a.text.length <= 2 && b.digits && c.digits && s1.text === s2.text) {
    return { pattern: `M${sep}D${sep}${c.text.length === 2 ? 'YY' : 'YYYY'}`, used: 5 };
  }
  if (!a.digits && b.digits) {
    // `Jun 14, 2019`: month name, day, optional comma, year.
    const rest = t.slice(3).filter((token) => token.text !== ' ' && token.text !== ',');
    const year = rest[0];
    if (year?.digits && year.text.length === 4) {
      const used = t.indexOf(year) + 1;
      return {
        pattern: `${a.text.length === 3 ? 'MMM' : 'MMMM'} D${t.slice(3, used).some((x) => x.text === ',') ? ',' : ''} YYYY`,
        used,
      };
    }
  }
  if (a.digits && !b.digits && c.digits)
    return { pattern: `D${sep}MMM${sep}${c.text.length === 2 ? 'YY' : 'YYYY'}`, used: 5 };
  return undefined;
}

/** `h:mm:ss A` style time part from the tokens after the date. */
function timePart(t: Token[], iso: boolean): string | undefined {
  const parts: string[] = [];
  let i = 0;
  const hour = t[i];
  if (!hour?.digits || hour.text.length > 2 || t[i + 1]?.text !== ':' || !t[i + 2]?.digits) return undefined;
  i += 3;
  let clock = 'mm';
  if (t[i]?.text === ':' && t[i + 1]?.digits) {
    clock += ':ss';
    i += 2;
    if ((t[i]?.text === '.' || t[i]?.text === ':') && t[i + 1]?.digits) {
      clock += `${t[i]?.text}SSS`;
      i += 2;
    }
  }
  while (t[i]?.text === ' ') i++;
  let meridiem = false;
  if (/^[AaPp]$/.test(t[i]?.text ?? '') && t[i + 1]?.text === '.' && /^[Mm]$/.test(t[i + 2]?.text ?? '')) {
    // `p.m.`
    meridiem = true;
    i += t[i + 3]?.text === '.' ? 4 : 3;
  } else if (t[i] && MERIDIEM.test(t[i]?.text ?? '')) {
    meridiem = true;
    i++;
  }
  parts.push(`${meridiem ? 'h' : iso ? 'HH' : 'H'}:${clock}`);
  if (meridiem) parts.push(' A');
  while (t[i]?.text === ' ') i++;
  const rest = t
    .slice(i)
    .map((token) => token.text)
    .join('');
  if (/^(Z|[+-]\d{2}(:?\d{2})?)$/.test(rest)) parts.push('Z');
  else if (rest !== '') return undefined;
  return parts.join('');
}

/**
 * The format of one date, date-time or time cell: `M/D/YYYY`, `YYYY-MM-DDTHH:mm:ss`, `h:mm A`,
 * `Hmm` (a clock time written as a number), `excel_serial`; undefined for a shape it does not know.
 * Month and day are written `M/D` for US-order dates (it reads both `6/4` and `06/04`).
 */
export function describeDateCell(cell: unknown): string | undefined {
  if (typeof cell === 'number') return EXCEL_SERIAL;
  if (cell instanceof Date) return 'spreadsheet_date';
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  if (text === '') return undefined;
  if (/^\d{5}(\.\d+)?$/.test(text)) return EXCEL_SERIAL;
  if (/^\d{3,4}$/.test(text)) return 'Hmm';
  if (/^0?\.\d+$/.test(text)) return 'day_fraction';
  const t = tokens(text);
  const time = timePart(t, false);
  if (time) return time;
  const date = datePart(t);
  if (!date) return undefined;
  if (date.used >= t.length) return date.pattern;
  let i = date.used;
  let sep = '';
  while (t[i]?.text === ' ' || t[i]?.text === 'T') {
    sep = sep === '' ? (t[i]?.text ?? '') : sep;
    i++;
  }
  const rest = timePart(t.slice(i), date.pattern.startsWith('YYYY'));
  return rest ? `${date.pattern}${sep === 'T' ? 'T' : ' '}${rest}` : undefined;
}

/** Formats of distinct cell shapes (digits made 0) are remembered: a column has a handful of shapes. */
const SHAPES_KEPT = 256;

/**
 * A number naming the shape of a cell (its characters with every digit made `0`), without building
 * the shape: two independent 32-bit hashes folded into 53 bits, so distinct shapes of one column
 * (a handful) practically never share a key. It runs for every date cell of a file.
 */
function shapeKey(text: string): number {
  let a = 0x811c9dc5 ^ text.length;
  let b = 0x5bd1e995 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) c = 48;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** `describeDateCell` for every cell of one column, remembering the format of each shape of cell. */
export function dateCellDescriber(): (cell: unknown) => string | undefined {
  const known = new Map<number, string | undefined>();
  return (cell) => {
    if (typeof cell !== 'string') return describeDateCell(cell);
    const shape = shapeKey(cell);
    const format = known.get(shape);
    if (format !== undefined || known.has(shape)) return format;
    const described = describeDateCell(cell);
    if (known.size < SHAPES_KEPT) known.set(shape, described);
    return described;
  };
}

/** A format that writes the month first, then the day (`MM/DD/YYYY`, `M/D/YY h:mm A`, `MM-DD-YYYY`). */
export const MONTH_FIRST = /^(MM?)([/-])(DD?)\2/;

/** The month and day of a month-first date (`3/14/2019`, `03-14-2019` → [3, 14]); undefined if it is not one. */
export function leadingPair(text: string): [number, number] | undefined {
  let i = 0;
  let month = 0;
  let day = 0;
  for (; i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57; i++)
    month = month * 10 + text.charCodeAt(i) - 48;
  if (i === 0 || (text.charCodeAt(i) !== 47 && text.charCodeAt(i) !== 45)) return undefined; // / or -
  const start = ++i;
  for (; i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57; i++)
    day = day * 10 + text.charCodeAt(i) - 48;
  return i === start ? undefined : [month, day];
}

/** The day-first twin of a month-first format (`MM/DD/YYYY h:mm A` → `DD/MM/YYYY h:mm A`), else undefined. */
export function dayFirstTwin(format: string): string | undefined {
  const match = MONTH_FIRST.exec(format);
  if (!match) return undefined;
  const [all, month = '', sep = '', day = ''] = match;
  return `${'D'.repeat(day.length)}${sep}${'M'.repeat(month.length)}${sep}${format.slice(all.length)}`;
}
