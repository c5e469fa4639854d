// Options of a validation run, normalised once into a fully defaulted shape.

import { PolicedataError } from './errors.js';
import { isFindingCode } from './findings/catalogue.js';
import type { Severity } from './findings/definition.js';
import { DEFAULT_MAX_TRACKED_KEYS } from './limits.js';
import type { MappingFile } from './mapping/mapping-file.js';
import type { Plan } from './mapping/plan.js';
import { delimiterOf } from './read/delimiter.js';
import { DEFAULT_LIMITS, type ReadLimits } from './read/types.js';
import type { RowHook } from './validate/row-hook.js';

export interface Progress {
  rows: number;
  bytesRead: number;
  /** Total bytes when known (for a percentage). */
  totalBytes?: number;
  /**
   * Set when the file is being read again from the start, in one pass, because a worker failed:
   * why (counts start again from zero; the report is the same).
   */
  again?: string;
}

export interface ValidateOptions {
  /** Dataset type; detected from the columns when absent (or given by the mapping file). */
  type?: string;
  /** A parsed mapping file (see `parseMapping`). */
  mapping?: MappingFile;
  /** How the mapping was named, for the report (a path). */
  mappingName?: string;
  /** Name shown in findings; defaults to the source's name. */
  fileName?: string;
  /** Severity per finding code. */
  severity?: Record<string, Severity>;
  /** Finding codes not to report. */
  ignore?: string[];
  /** Samples kept per finding code (default 20). Counts are always exact. */
  maxSamples?: number;
  /** Dates after this day are in the future (default: today, UTC). `YYYY-MM-DD`. */
  asOf?: string;
  limits?: Partial<ReadLimits>;
  /** Keys (and whole rows) remembered for duplicate checks; beyond this, checks stop (default 1,000,000). */
  maxTrackedKeys?: number;
  /** Spreadsheet sheet to read. */
  sheet?: string;
  /** CSV delimiter, one character or `tab`, instead of the one detected (default: the mapping's, else detected). */
  delimiter?: string;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  /**
   * Called once the dataset type and the mapping plan are known, before the first row, with the
   * columns as the engine names them (blank and repeated names made unique).
   */
  onPlan?: (plan: Plan, header: readonly string[]) => void;
  /**
   * Called for every record, after it is validated, with its typed values (`normalize` writes
   * them). Needs a single pass: not available when workers validate the rows (validateFile with
   * `workers: 0`, or validateSource without `parallel`).
   */
  onRow?: RowHook;
}

export interface NormalisedOptions {
  type?: string;
  mapping?: MappingFile;
  mappingName?: string;
  fileName?: string;
  severity: Record<string, Severity>;
  ignore: Set<string>;
  maxSamples: number;
  asOf: string;
  limits: ReadLimits;
  maxTrackedKeys: number;
  sheet?: string;
  /** The CSV delimiter given (a character), instead of the one detected. */
  delimiter?: string;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  onPlan?: (plan: Plan, header: readonly string[]) => void;
  onRow?: RowHook;
}

export const DEFAULT_MAX_SAMPLES = 20;
export { DEFAULT_MAX_TRACKED_KEYS };

export function normaliseOptions(options: ValidateOptions = {}): NormalisedOptions {
  const unknown = [...Object.keys(options.severity ?? {}), ...(options.ignore ?? [])].filter(
    (code) => !isFindingCode(code),
  );
  if (unknown.length > 0) {
    throw new PolicedataError(
      `unknown finding code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (see docs/findings.md)`,
    );
  }
  if (options.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) {
    throw new PolicedataError(`asOf must be a date YYYY-MM-DD, not "${options.asOf}"`);
  }
  const normalised: NormalisedOptions = {
    severity: { ...(options.severity ?? {}) },
    ignore: new Set(options.ignore ?? []),
    maxSamples: options.maxSamples ?? DEFAULT_MAX_SAMPLES,
    asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
    limits: { ...DEFAULT_LIMITS, ...(options.limits ?? {}) },
    maxTrackedKeys: options.maxTrackedKeys ?? DEFAULT_MAX_TRACKED_KEYS,
  };
  const type = options.type ?? options.mapping?.type;
  if (type !== undefined) normalised.type = type;
  if (options.mapping) normalised.mapping = options.mapping;
  if (options.mappingName) normalised.mappingName = options.mappingName;
  if (options.fileName) normalised.fileName = options.fileName;
  const sheet = options.sheet ?? options.mapping?.sheet;
  if (sheet) normalised.sheet = sheet;
  const delimiter = options.delimiter ?? options.mapping?.delimiter;
  if (delimiter !== undefined) normalised.delimiter = delimiterOf(delimiter);
  if (options.onProgress) normalised.onProgress = options.onProgress;
  if (options.signal) normalised.signal = options.signal;
  if (options.onPlan) normalised.onPlan = options.onPlan;
  if (options.onRow) normalised.onRow = options.onRow;
  return normalised;
}
