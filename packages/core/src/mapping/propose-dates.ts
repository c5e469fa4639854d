// Works out how a date column is written, from a sample of its values: the format (in the mapping
// file's tokens) that reads every value, and whether the engine reads them without being told.
// ISO dates need no comment; a format the engine cannot guess (day-first dates) is proposed.
import type { FieldInfo } from '@policedata/schemas';
import { compileDateFormat } from '../coerce/date-format.js';
import { dayFirstTwin, leadingPair } from '../coerce/date-shape.js';
import { validDate, validTime } from '../coerce/date-time.js';
import { CoerceFailure, createCoercer } from '../coerce/field-coercer.js';

export interface DateProposal {
  /** The most frequent value, as an example. */
  example: string;
  /** The format that reads every sampled value, when one of the common ones does. */
  pattern?: string;
  /** True when the engine reads every sampled value without a `format`. */
  readable: boolean;
  /** Sampled values the engine cannot read without a format. */
  unreadable: number;
  /**
   * The day-first format that reads every sampled value too, when `pattern` is month first and the
   * two readings differ for some value (`03/04/2019`): nothing in the sample says which is meant.
   */
  dayFirst?: string;
}

/** Common ways files write dates, most specific first (`MM` before `M`). */
const CANDIDATES = [
  'MM/DD/YYYY',
  'MM/DD/YYYY hh:mm:ss A',
  'MM/DD/YYYY hh:mm A',
  'MM/DD/YYYY HH:mm:ss',
  'MM/DD/YYYY HH:mm',
  'M/D/YYYY',
  'M/D/YYYY h:mm:ss A',
  'M/D/YYYY h:mm A',
  'M/D/YYYY H:mm:ss',
  'M/D/YYYY H:mm',
  'MM/DD/YY',
  'M/D/YY',
  'MM-DD-YYYY',
  'DD/MM/YYYY',
  'DD/MM/YYYY HH:mm:ss',
  'DD/MM/YYYY HH:mm',
  'D/M/YYYY',
  'DD.MM.YYYY',
  'DD-MM-YYYY',
  'YYYY/MM/DD',
  'YYYY/MM/DD HH:mm:ss',
  'YYYY/MM/DD HH:mm:ssZ',
  'YYYYMMDD',
  'MMM D, YYYY',
  'MMMM D, YYYY',
  'D MMM YYYY',
  'DD-MMM-YY',
  'DD-MMM-YYYY',
  'excel_serial',
] as const;

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const DATE_DEFINITION = /#\/\$defs\/(?:date|datetime|date_of_birth)$/;

export function isDateField(field: FieldInfo): boolean {
  return field.format === 'date' || DATE_DEFINITION.test(field.definition ?? '');
}

function readsAll(format: string, values: readonly string[]): boolean {
  const compiled = compileDateFormat(format);
  return values.every((value) => {
    const parts = compiled.parse(value);
    return parts !== undefined && validDate(parts) && (parts.hour === undefined || validTime(parts));
  });
}

/**
 * `values`: distinct non-empty, non-placeholder values of a date column, most frequent first.
 * Undefined when there are none or all are ISO dates.
 */
export function proposeDateFormat(
  field: FieldInfo,
  values: readonly string[],
  missing: readonly string[],
): DateProposal | undefined {
  const trimmed = values.map((value) => value.trim()).filter((value) => value !== '');
  if (trimmed.length === 0 || trimmed.every((value) => ISO.test(value))) return undefined;
  const coercer = createCoercer(field, { missing });
  const unreadable = trimmed.filter((value) => coercer.apply(value) instanceof CoerceFailure).length;
  const pattern = CANDIDATES.find((format) => readsAll(format, trimmed));
  const dayFirst = pattern ? dayFirstReading(pattern, trimmed) : undefined;
  return {
    example: trimmed[0] as string,
    ...(pattern ? { pattern } : {}),
    readable: unreadable === 0,
    unreadable,
    ...(dayFirst ? { dayFirst } : {}),
  };
}

/** The day-first twin of a month-first format, when it reads every value and some value differs. */
function dayFirstReading(pattern: string, values: readonly string[]): string | undefined {
  const twin = dayFirstTwin(pattern);
  if (!twin || !readsAll(twin, values)) return undefined;
  const differs = values.some((value) => {
    const pair = leadingPair(value);
    return pair !== undefined && pair[0] !== pair[1];
  });
  return differs ? twin : undefined;
}
