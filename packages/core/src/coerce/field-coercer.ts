// Turns one source cell into a typed value of one standard field: missing-value sentinels, the
// mapping's crosswalk, dates and times, numbers, yes/no, age ranges, code lists and lists of codes.
// Built once per field per file; `apply` runs for every cell, so it allocates only on failure.
import { type FieldInfo, LIST_SEPARATOR, type RowValue } from '@policedata/schemas';
import type { FindingParams } from '../findings/definition.js';
import { closest } from '../mapping/suggest.js';
import { type CompiledFormat, compileDateFormat } from './date-format.js';
import {
  DATE_FAMILIES,
  type DateFamily,
  type DateTimeParts,
  formatDate,
  formatDateTime,
  formatTime,
  parseDateFamily,
  parseTime,
  validDate,
  validTime,
} from './date-time.js';
import { parseAgeRange, parseBoolean, parseInteger, parseNumber } from './scalars.js';

/** A cell that could not be turned into a value of its field. */
export class CoerceFailure {
  readonly value: string;
  constructor(
    readonly code: string,
    value: string,
    readonly params: FindingParams,
  ) {
    // Failures are remembered per distinct value; a copy keeps the decoded chunk collectable.
    this.value = ` ${value}`.slice(1);
  }
}

/** The cell was empty. */
export const EMPTY = Symbol('empty');
/** The cell held a missing-value sentinel such as `NULL`. */
export const SENTINEL = Symbol('sentinel');
/** The mapping file says this value means "not recorded" (a crosswalk to null, or a column's own `missing`). */
export const MAPPED_MISSING = Symbol('mapped-missing');

export type CoerceResult = RowValue | typeof EMPTY | typeof SENTINEL | typeof MAPPED_MISSING | CoerceFailure;

export interface CoercerOptions {
  /** Values meaning "not recorded", compared after trimming, case-insensitively. */
  missing: readonly string[];
  /** Values this column alone treats as "not recorded" (the mapping's per-field `missing`). */
  columnMissing?: readonly string[];
  format?: string;
  values?: Record<string, string | string[] | null>;
  separator?: string;
  trueValues?: readonly string[];
  falseValues?: readonly string[];
  part?: 'date' | 'time';
}

export interface FieldCoercer {
  field: FieldInfo;
  apply(raw: unknown): CoerceResult;
}

type Kind = 'date' | 'time' | 'datetime' | 'age_range' | 'code' | 'boolean' | 'integer' | 'number' | 'string';

function kindOf(field: FieldInfo, type = field.type): Kind {
  const definition = field.definition ?? '';
  if (field.codeList || field.enum) return 'code';
  if (definition.endsWith('#/$defs/datetime')) return 'datetime';
  if (definition.endsWith('#/$defs/time')) return 'time';
  if (definition.endsWith('#/$defs/age_range')) return 'age_range';
  if (field.format === 'date' || definition.endsWith('#/$defs/date') || definition.endsWith('#/$defs/date_of_birth')) {
    return 'date';
  }
  if (type === 'boolean' || type === 'integer' || type === 'number') return type;
  return 'string';
}

const lower = (text: string) => text.trim().toLowerCase();

type CodeResult = string | string[] | null | CoerceFailure;

function codeMatcher(field: FieldInfo, options: CoercerOptions): (text: string) => CodeResult {
  const known = new Map<string, string | string[] | null>();
  const values = field.codeList?.values ?? (field.enum as string[] | undefined) ?? [];
  for (const code of values) known.set(lower(code), code);
  for (const [code, entry] of Object.entries(field.codeList?.codes ?? {})) known.set(lower(entry.label), code);
  for (const [raw, code] of Object.entries(options.values ?? {})) known.set(lower(raw), code);
  const aliasHints = new Map<string, string>();
  for (const [code, entry] of Object.entries(field.codeList?.codes ?? {})) {
    for (const alias of entry.aliases) if (!aliasHints.has(lower(alias))) aliasHints.set(lower(alias), code);
  }
  return (text) => {
    const key = lower(text);
    const code = known.get(key);
    if (code !== undefined) return code;
    const suggestion = aliasHints.get(key) ?? closest(key, values);
    return new CoerceFailure('unmapped_code', text, {
      list: field.codeList?.title ?? field.name,
      ...(suggestion ? { suggestion } : {}),
    });
  };
}

function dateParser(kind: 'date' | 'time' | 'datetime', options: CoercerOptions) {
  const compiled: CompiledFormat | undefined = options.format ? compileDateFormat(options.format) : undefined;
  // Adaptive order: the family that parsed the last value is tried first, so a column in one
  // format costs one regex per cell.
  const order: DateFamily[] = [...DATE_FAMILIES];
  return (text: string): DateTimeParts | undefined => {
    if (compiled) return compiled.parse(text);
    if (kind === 'time' || options.part === 'time') return parseTime(text);
    for (let i = 0; i < order.length; i++) {
      const family = order[i] as DateFamily;
      const parts = parseDateFamily(text, family);
      if (parts) {
        if (i > 0) order.unshift(...order.splice(i, 1));
        return parts;
      }
    }
    return undefined;
  };
}

export function createCoercer(field: FieldInfo, options: CoercerOptions): FieldCoercer {
  const missing = new Set(options.missing.map(lower));
  const isList = field.type === 'array';
  const kind = kindOf(field, isList ? field.itemType : field.type);
  const matchCode = kind === 'code' ? codeMatcher(field, options) : undefined;
  const parseDate = kind === 'date' || kind === 'time' || kind === 'datetime' ? dateParser(kind, options) : undefined;
  const wanted = options.part ?? kind;

  const one = (text: string): RowValue | null | CoerceFailure => {
    switch (kind) {
      case 'code':
        return (matchCode as (t: string) => CodeResult)(text);
      case 'date':
      case 'time':
      case 'datetime': {
        const parts = parseDate?.(text);
        const ok =
          parts &&
          (wanted === 'time'
            ? validTime(parts)
            : validDate(parts) && (wanted !== 'datetime' || parts.hour !== undefined));
        if (!ok) {
          if (options.format) return new CoerceFailure(`invalid_${kind}`, text, { format: options.format });
          const dayFirst = kind === 'date' ? dayFirstFormat(text) : undefined;
          return new CoerceFailure(`invalid_${kind}`, text, dayFirst ? { dayFirst } : {});
        }
        if (kind === 'time' || wanted === 'time') return formatTime(parts);
        return kind === 'datetime' ? formatDateTime(parts) : formatDate(parts);
      }
      case 'boolean': {
        const value = parseBoolean(text, { trueValues: options.trueValues, falseValues: options.falseValues });
        return value ?? new CoerceFailure('invalid_boolean', text, {});
      }
      case 'integer': {
        const value = plainNumber(text, true) ?? parseInteger(text);
        return value ?? new CoerceFailure('invalid_number', text, { expected: 'a whole number' });
      }
      case 'number': {
        const value = plainNumber(text) ?? parseNumber(text);
        return value ?? new CoerceFailure('invalid_number', text, { expected: 'a number' });
      }
      case 'age_range':
        return parseAgeRange(text) ?? new CoerceFailure('invalid_age_range', text, {});
      default:
        return text.trim();
    }
  };

  const columnMissing = new Set((options.columnMissing ?? []).map(lower));
  const longestMissing = Math.max(0, ...[...missing, ...columnMissing].map((text) => text.length));
  const emptyCode = kind === 'code' && options.values && '' in options.values ? options.values[''] : undefined;
  const compute = (raw: unknown): CoerceResult => {
    if (raw instanceof CoerceFailure) return raw; // the mapping's pattern did not match
    if (raw === null || raw === undefined) return emptyCode === undefined ? EMPTY : codeValue(emptyCode);
    if (typeof raw === 'number' || typeof raw === 'boolean') {
      if (kind === 'integer' || kind === 'number' || kind === 'boolean') return raw;
    }
    const text = typeof raw === 'string' ? raw : String(raw);
    const trimmed = text.trim();
    if (trimmed === '') return emptyCode === undefined ? EMPTY : codeValue(emptyCode);
    // Lower-casing never shortens text, so a cell longer than every placeholder is none of them.
    if (trimmed.length <= longestMissing) {
      const key = trimmed.toLowerCase();
      if (columnMissing.has(key)) return MAPPED_MISSING;
      if (missing.has(key)) return SENTINEL;
    }
    if (!isList) {
      const value = one(trimmed);
      if (value === null) return MAPPED_MISSING;
      return Array.isArray(value) && value.length === 1 ? (value[0] as RowValue) : value;
    }
    const items: RowValue[] = [];
    // A list cell is a JSON list (`["W","B"]`, as JSON and NDJSON files write one), or splits on the
    // mapping's separator, else on `;` as in the standard's own CSV form.
    for (const part of jsonList(trimmed) ?? trimmed.split(options.separator ?? LIST_SEPARATOR)) {
      const item = part.trim();
      if (item === '' || missing.has(item.toLowerCase()) || columnMissing.has(item.toLowerCase())) continue;
      const value = one(item);
      if (value instanceof CoerceFailure) return value;
      for (const code of Array.isArray(value) ? value : [value])
        if (code !== null && !items.includes(code)) items.push(code);
    }
    return items.length > 0 ? items : MAPPED_MISSING;
  };
  const codeValue = (code: string | string[] | null): CoerceResult => {
    if (code === null) return MAPPED_MISSING;
    const codes = Array.isArray(code) ? code : [code];
    return isList ? codes : (codes[0] as string);
  };

  // Most columns repeat a few values (codes, yes/no, dates, ages), so results are remembered per
  // distinct cell text: after warm-up a cell costs one Map lookup. Free text is not cached; a
  // column whose values rarely repeat (coordinates, identifiers) stops using the cache once that
  // shows, and the cache stops growing at MEMO_LIMIT entries so memory stays bounded.
  if (kind === 'string') return { field, apply: compute };
  const memo = new Map<string, CoerceResult>();
  let lookups = 0;
  let hits = 0;
  let useMemo = true;
  return {
    field,
    apply(raw) {
      if (!useMemo || typeof raw !== 'string') return compute(raw);
      let result = memo.get(raw);
      if (result === undefined) {
        result = compute(raw);
        // A copy: cells can be slices of a large decoded chunk, which a kept key would pin in memory.
        if (memo.size < MEMO_LIMIT) memo.set(` ${raw}`.slice(1), result);
      } else hits += 1;
      lookups += 1;
      if (lookups === MEMO_TRIAL && hits < MEMO_TRIAL / 2) {
        useMemo = false;
        memo.clear();
      }
      return result;
    },
  };
}

/**
 * The format of a date that fails month first but is a real date day first (`14/06/2019`): then
 * the column is probably day first, and its other dates (`03/04/2019`) are being read wrongly.
 */
function dayFirstFormat(text: string): string | undefined {
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?=$|[ T])/.exec(text);
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = Number(match[3]);
  const year = Number(match[4]);
  if (day <= 12 || month < 1 || month > 12) return undefined;
  if (!validDate({ year: (match[4] ?? '').length === 2 ? 2000 + year : year, month, day })) return undefined;
  const sep = match[2] ?? '/';
  const date = `DD${sep}MM${sep}${(match[4] ?? '').length === 2 ? 'YY' : 'YYYY'}`;
  // The time after the date, written the way the format language names it, so the format given
  // reads the whole cell.
  const rest = text.slice(match[0].length);
  if (rest === '') return date;
  const time = /^([ T])\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp]\.?[Mm]\.?)?$/.exec(rest);
  if (!time) return undefined;
  const clock = `${time[3] ? 'h' : 'HH'}:mm${time[2] ? ':ss' : ''}${time[3] ? ' A' : ''}`;
  return `${date}${time[1]}${clock}`;
}

/** The items of a cell holding a JSON list of plain values (`["W", "B"]`), as text; else undefined. */
function jsonList(text: string): string[] | undefined {
  if (text.charCodeAt(0) !== 91 || text.charCodeAt(text.length - 1) !== 93) return undefined; // [ ]
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const items: string[] = [];
  for (const item of parsed) {
    if (item === null) continue;
    if (typeof item === 'object') return undefined;
    items.push(String(item));
  }
  return items;
}

/**
 * The common case of parseNumber without a regular expression: `-12`, `39.68491`. Undefined for
 * anything else (thousands separators, a bare point, a fraction where a whole number is wanted),
 * which then goes the long way.
 */
function plainNumber(text: string, whole = false): number | undefined {
  let i = text.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const digitsFrom = i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === digitsFrom) return undefined;
  if (i < text.length) {
    if (whole || text.charCodeAt(i) !== 46 || i === text.length - 1) return undefined; // '.'
    for (i++; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return undefined;
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

const MEMO_LIMIT = 4096;
const MEMO_TRIAL = 8192;
