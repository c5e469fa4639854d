// The limits a user can raise, with the names each front end gives them: the library's option, the
// CLI's `--limit` flag and the config file's `limits` key. Fix hints of the findings that a limit
// raises name the flag, so a person who hits one knows what to type.
import { DEFAULT_LIMITS, type ReadLimits } from './read/types.js';

/** Distinct keys and rows remembered for the duplicate checks (see validate/seen-set.ts). */
export const DEFAULT_MAX_TRACKED_KEYS = 1_000_000;

export type LimitOption = keyof ReadLimits | 'maxTrackedKeys';

export interface LimitInfo {
  /** The library option: `limits.<option>`, or the top-level `maxTrackedKeys`. */
  option: LimitOption;
  /** `--limit <flag>=N` on the command line. */
  flag: string;
  /** `limits: { <config>: N }` in a project config's dataset. */
  config: string;
  /** What N counts: byte limits accept KB, MB and GB suffixes (powers of 1,024). */
  unit: 'bytes' | 'characters' | 'columns' | 'levels' | 'keys';
  defaultValue: number;
}

const limit = (option: LimitOption, unit: LimitInfo['unit'], defaultValue: number): LimitInfo => {
  const words = option.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).split(' ');
  return { option, flag: words.join('-'), config: words.join('_'), unit, defaultValue };
};

export const LIMITS: readonly LimitInfo[] = [
  limit('maxDecompressedBytes', 'bytes', DEFAULT_LIMITS.maxDecompressedBytes),
  limit('maxCellChars', 'characters', DEFAULT_LIMITS.maxCellChars),
  limit('maxColumns', 'columns', DEFAULT_LIMITS.maxColumns),
  limit('maxRecordChars', 'characters', DEFAULT_LIMITS.maxRecordChars),
  limit('maxJsonDepth', 'levels', DEFAULT_LIMITS.maxJsonDepth),
  limit('maxWorkbookBytes', 'bytes', DEFAULT_LIMITS.maxWorkbookBytes),
  limit('maxTrackedKeys', 'keys', DEFAULT_MAX_TRACKED_KEYS),
];

const SUFFIXES: Record<string, number> = {
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/**
 * A limit's value as written by a person: `2000000`, `2_000_000`, `2,000,000`, and for byte limits
 * `64MB`, `1.5 GB` (powers of 1,024). Undefined when it is not a whole number of at least 1.
 */
export function parseLimitValue(info: LimitInfo, text: string): number | undefined {
  // Thousands separated by `,` or `_` in groups of three (2,000,000); a decimal point only with a
  // byte unit (1.5GB). `0,02MB` is not a number here: a comma is never a decimal sign.
  const match = /^\s*(\d{1,3}(?:[,_]\d{3})+|\d+)(\.\d+)?\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return undefined;
  const suffix = (match[3] ?? '').toLowerCase().replace(/ib$/, 'b');
  const scale = suffix === '' || (info.unit === 'bytes' && suffix === 'b') ? 1 : SUFFIXES[suffix];
  if (scale === undefined || (scale > 1 && info.unit !== 'bytes')) return undefined;
  const value = Number(`${(match[1] ?? '').replace(/[_,]/g, '')}${match[2] ?? ''}`) * scale;
  return Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

/** The CLI's hint for raising one limit, for fix texts: `--limit max-cell-chars=N`. */
export const limitHint = (option: LimitOption): string => {
  const info = LIMITS.find((entry) => entry.option === option);
  return info
    ? `--limit ${info.flag}=N on the command line, limits: { ${info.config}: N } in the project config, or the library option ${option === 'maxTrackedKeys' ? option : `limits.${option}`}`
    : option;
};
