// Numbers, booleans and age ranges as police files write them.

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1', '1.0']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0', '0.0']);

/** Yes/No, Y/N, 1/0, TRUE/FALSE, T/F in any case; extra words come from the mapping file. */
export function parseBoolean(
  text: string,
  extra?: { trueValues?: readonly string[]; falseValues?: readonly string[] },
): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (extra?.trueValues?.some((value) => value.toLowerCase() === word)) return true;
  if (extra?.falseValues?.some((value) => value.toLowerCase() === word)) return false;
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/** Decimal numbers, with thousands separators allowed (`1,250.5`). */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || !NUMBER.test(trimmed) || trimmed === '.' || trimmed === '+' || trimmed === '-')
    return undefined;
  const value = Number(trimmed.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** Whole numbers; `34.0` is accepted as 34, `34.5` is not. */
export function parseInteger(text: string): number | undefined {
  const value = parseNumber(text);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

/**
 * Age buckets: `18-24`, `18 - 24`, `18 TO 24`, `65+`, `56 and Above`, `OVER 65`, `UNDER 18`,
 * `20s`, and Oakland-style prefixes (`B - 18-29`). Returns the standard `LO-HI` or `LO+` form.
 */
export function parseAgeRange(text: string): string | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^[a-z]\s*-\s*(?=\d)/, '');
  const range = /^(\d{1,3})\s*(?:-|to|–)\s*(\d{1,3})$/.exec(t);
  if (range) return Number(range[1]) <= Number(range[2]) ? `${Number(range[1])}-${Number(range[2])}` : undefined;
  const andAbove = /^(\d{1,3})\s*(?:\+|and (?:above|over|older)|or (?:above|over|older))$/.exec(t);
  if (andAbove) return `${Number(andAbove[1])}+`;
  const over = /^(?:over|above|older than)\s*(\d{1,3})$/.exec(t);
  if (over) return `${Number(over[1]) + 1}+`;
  const under = /^(?:under|below|younger than)\s*(\d{1,3})$/.exec(t);
  if (under) return `0-${Number(under[1]) - 1}`;
  const decade = /^(\d)0s$/.exec(t);
  if (decade) return `${decade[1]}0-${decade[1]}9`;
  return undefined;
}
