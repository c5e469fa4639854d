// Checks the validate command's flags and turns them into engine options. Every check runs before a
// file is read, and each failure is one line that names the flag, the bad value and the fix.
import { extname } from 'node:path';
import {
  catalogue,
  didYouMean,
  isFindingCode,
  LIMITS,
  type LimitInfo,
  parseLimitValue,
  SEVERITIES,
  type Severity,
  type ValidateOptions,
} from '@policedata/core';
import { registry } from '@policedata/schemas';
import { CliError } from '../../errors.js';

export const FORMATS = ['text', 'json', 'markdown', 'html', 'sarif', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

/** Where one rendering of the reports goes: a file, or stdout when `path` is absent. */
export interface Destination {
  format: Format;
  path?: string;
}

export function checkType(type: string): string {
  const types = registry.listDatasetTypes().map((info) => info.type);
  if (types.includes(type)) return type;
  throw new CliError(
    `unknown dataset type "${type}".${didYouMean(type, types)} Run \`policedata schemas\` to list the types.`,
  );
}

export function checkCode(code: string, where: string): string {
  if (isFindingCode(code)) return code;
  const codes = catalogue.map((definition) => definition.code);
  throw new CliError(
    `unknown finding code "${code}" in ${where}.${didYouMean(code, codes)} Run \`policedata explain\` to list the codes.`,
  );
}

/** `--severity code=level`, repeatable. */
export function parseSeverities(pairs: readonly string[]): Record<string, Severity> {
  const severities: Record<string, Severity> = {};
  for (const pair of pairs) {
    const [code = '', level = '', ...rest] = pair.split('=').map((part) => part.trim());
    if (!code || rest.length > 0 || !(SEVERITIES as readonly string[]).includes(level)) {
      throw new CliError(
        `--severity takes code=level with level error, warning or info (for example --severity exact_address=info), not "${pair}".`,
      );
    }
    severities[checkCode(code, '--severity')] = level as Severity;
  }
  return severities;
}

export function checkMaxSamples(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) {
    throw new CliError('--max-samples takes a whole number of 0 or more, such as --max-samples 50.');
  }
  return value;
}

export function checkWorkers(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > 64) {
    throw new CliError('--workers takes a whole number from 0 (one thread) to 64, such as --workers 2.');
  }
  return value;
}

const FORMAT_OF_EXTENSION: Record<string, Format> = {
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.sarif': 'sarif',
  '.xml': 'junit',
};

export function formatOfPath(path: string): Format {
  if (path.toLowerCase().endsWith('.sarif.json')) return 'sarif';
  return FORMAT_OF_EXTENSION[extname(path).toLowerCase()] ?? 'text';
}

/**
 * Pairs `--format` values with `--output` files in order; `-` or a missing output means stdout.
 * Without `--format`, each output's format follows its extension (.json, .md, .html, .sarif or .sarif.json,
 * .xml for JUnit; anything else text).
 */
export function pairDestinations(formats: readonly Format[], outputs: readonly string[]): Destination[] {
  const toPath = (output: string | undefined) => (output === undefined || output === '-' ? undefined : output);
  let destinations: Destination[];
  if (formats.length === 0) {
    destinations = outputs.length
      ? outputs.map((output) => ({ format: output === '-' ? 'text' : formatOfPath(output), path: toPath(output) }))
      : [{ format: 'text' }];
  } else {
    if (outputs.length > formats.length) {
      throw new CliError(
        `${outputs.length} --output files for ${formats.length} --format value${formats.length === 1 ? '' : 's'}: give one --format before each --output.`,
      );
    }
    destinations = formats.map((format, index) => ({ format, path: toPath(outputs[index]) }));
  }
  const toStdout = destinations.filter((destination) => destination.path === undefined);
  if (toStdout.length > 1) {
    throw new CliError(
      `${toStdout.map((d) => d.format).join(' and ')} would both go to standard output: give all but one an --output file.`,
    );
  }
  return destinations.map((destination) =>
    destination.path === undefined ? { format: destination.format } : destination,
  );
}

export type LimitOptions = Pick<ValidateOptions, 'limits' | 'maxTrackedKeys'>;

/** The `--limit` flag, shared by validate and normalize. */
export const LIMIT_OPTION = {
  describe: `Raise (or lower) a bound on hostile input, as name=value: ${LIMITS.map((info) => info.flag).join(', ')} (byte limits take KB, MB, GB: max-workbook-bytes=200MB). Repeatable; see docs/limits.md`,
  type: 'string',
  array: true,
  requiresArg: true,
} as const;

const example = (info: LimitInfo) => `${info.flag}=${info.unit === 'bytes' ? '200MB' : info.defaultValue * 2}`;

/** Sets one limit's value in `into` (the library's option names). */
export function setLimit(into: LimitOptions, info: LimitInfo, value: number): void {
  if (info.option === 'maxTrackedKeys') into.maxTrackedKeys = value;
  else into.limits = { ...into.limits, [info.option]: value };
}

/** `--limit name=value`, repeatable: raises (or lowers) a bound on hostile input (docs/limits.md). */
export function parseLimits(pairs: readonly string[]): LimitOptions {
  const options: LimitOptions = {};
  const names = LIMITS.map((info) => info.flag);
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const name = (at === -1 ? pair : pair.slice(0, at)).trim();
    const info = LIMITS.find((entry) => entry.flag === name || entry.config === name || entry.option === name);
    if (!info) {
      throw new CliError(
        `unknown limit "${name}" in --limit.${didYouMean(name, names)} Limits: ${names.join(', ')} (see docs/limits.md).`,
      );
    }
    const value = at === -1 ? undefined : parseLimitValue(info, pair.slice(at + 1));
    if (value === undefined) {
      const units = info.unit === 'bytes' ? 'bytes (KB, MB and GB allowed)' : info.unit;
      throw new CliError(
        `--limit ${info.flag} takes a whole number of ${units} of 1 or more, such as --limit ${example(info)}; not "${pair}".`,
      );
    }
    setLimit(options, info, value);
  }
  return options;
}
