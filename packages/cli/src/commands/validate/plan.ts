// What one `policedata validate` run will check: the files given on the command line with the flags,
// or every dataset of the project config. All input errors surface here, before any file is read.
import { isAbsolute, relative, resolve } from 'node:path';
import { type ConformanceLevel, delimiterOf, LIMITS, type ValidateOptions } from '@policedata/core';
import type { ProjectConfig } from '../../config/config.js';
import { findConfig, loadConfig } from '../../config/load-config.js';
import { CliError } from '../../errors.js';
import { expandFiles, type InputFile } from '../../files/expand-files.js';
import {
  checkCode,
  checkMaxSamples,
  checkType,
  type LimitOptions,
  parseLimits,
  parseSeverities,
  setLimit,
} from './args.js';
import { DEFAULT_GATE, type FailOn, type Gate } from './gate.js';
import { loadMapping } from './load-mapping.js';

export interface ValidateArgs {
  files: string[];
  type?: string;
  mapping?: string;
  config?: string;
  maxSamples?: number;
  failOn?: FailOn;
  minLevel?: ConformanceLevel;
  severity: string[];
  ignore: string[];
  /** `--limit name=value` pairs (docs/limits.md). */
  limit?: string[];
  /** CSV delimiter, one character or `tab`. */
  delimiter?: string;
}

/** A config dataset's `limits`, then the command line's `--limit` over them. */
function limitOptions(configured: Record<string, number> | undefined, flags: LimitOptions): LimitOptions {
  const options: LimitOptions = {};
  for (const [name, value] of Object.entries(configured ?? {})) {
    const info = LIMITS.find((entry) => entry.config === name);
    if (info) setLimit(options, info, value);
  }
  if (flags.maxTrackedKeys !== undefined) options.maxTrackedKeys = flags.maxTrackedKeys;
  if (flags.limits) options.limits = { ...options.limits, ...flags.limits };
  return options;
}

/** Files checked with the same options and bar. */
export interface Job {
  files: InputFile[];
  options: ValidateOptions;
  gate: Gate;
}

/**
 * A type given on its own and a mapping written for another type cannot both be right: the fields
 * the mapping maps would silently drop out of the check.
 */
export function checkTypeAgrees(
  options: Pick<ValidateOptions, 'type' | 'mapping' | 'mappingName'>,
  given: string,
): void {
  const mapped = options.mapping?.type;
  if (options.type === undefined || mapped === undefined || mapped === options.type) return;
  const mapping = options.mappingName ? `the mapping ${options.mappingName}` : 'the mapping';
  throw new CliError(
    `${given} says ${options.type} but ${mapping} is for ${mapped}: drop one, or use a mapping written for ${options.type}.`,
  );
}

async function fromArgs(args: ValidateArgs, cwd: string): Promise<Job> {
  const options: ValidateOptions = {
    severity: parseSeverities(args.severity),
    ignore: args.ignore.map((code) => checkCode(code, '--ignore')),
    ...parseLimits(args.limit ?? []),
  };
  if (args.type !== undefined) options.type = checkType(args.type);
  if (args.delimiter !== undefined) options.delimiter = checkDelimiter(args.delimiter);
  if (args.mapping !== undefined) {
    options.mapping = loadMapping(resolve(cwd, args.mapping), args.mapping);
    options.mappingName = args.mapping;
  }
  checkTypeAgrees(options, '--type');
  const maxSamples = checkMaxSamples(args.maxSamples);
  if (maxSamples !== undefined) options.maxSamples = maxSamples;
  const gate = { failOn: args.failOn ?? DEFAULT_GATE.failOn, minLevel: args.minLevel ?? DEFAULT_GATE.minLevel };
  return { files: await expandFiles(args.files, cwd), options, gate };
}

async function fromConfig(config: ProjectConfig, args: ValidateArgs, cwd: string): Promise<Job[]> {
  if (args.delimiter !== undefined) {
    throw new CliError(
      `--delimiter applies to files given on the command line; give "delimiter:" in the mapping file of a dataset in ${config.name} instead.`,
    );
  }
  for (const flag of ['type', 'mapping'] as const) {
    if (args[flag] !== undefined) {
      throw new CliError(
        `--${flag} applies to files given on the command line; set "${flag}" per dataset in ${config.name} instead.`,
      );
    }
  }
  const severity = parseSeverities(args.severity);
  const ignore = args.ignore.map((code) => checkCode(code, '--ignore'));
  const maxSamples = checkMaxSamples(args.maxSamples);
  const limits = parseLimits(args.limit ?? []);
  const jobs: Job[] = [];
  for (const dataset of config.datasets) {
    const options: ValidateOptions = {
      severity: { ...dataset.severity, ...severity },
      ignore: [...(dataset.ignore ?? []), ...ignore],
      ...limitOptions(dataset.limits, limits),
    };
    if (dataset.type !== undefined) options.type = dataset.type;
    if (dataset.mapping !== undefined) {
      const path = resolve(config.dir, dataset.mapping);
      options.mappingName = isAbsolute(dataset.mapping) ? dataset.mapping : relative(cwd, path);
      options.mapping = loadMapping(path, options.mappingName);
    }
    checkTypeAgrees(options, `the "type" of ${config.name}`);
    const samples = maxSamples ?? dataset.max_samples;
    if (samples !== undefined) options.maxSamples = samples;
    const gate: Gate = {
      failOn: args.failOn ?? dataset.fail_on ?? DEFAULT_GATE.failOn,
      minLevel: args.minLevel ?? dataset.min_level ?? DEFAULT_GATE.minLevel,
    };
    const patterns = typeof dataset.files === 'string' ? [dataset.files] : dataset.files;
    jobs.push({ files: await expandFiles(patterns, config.dir, cwd), options, gate });
  }
  return jobs;
}

export async function planJobs(args: ValidateArgs, cwd: string): Promise<Job[]> {
  if (args.files.length > 0) {
    if (args.config !== undefined) {
      throw new CliError('give either files or --config, not both: --config validates the datasets the config lists.');
    }
    return [await fromArgs(args, cwd)];
  }
  const path = args.config !== undefined ? resolve(cwd, args.config) : findConfig(cwd);
  if (path === undefined) {
    throw new CliError(
      'no files to validate: give files or globs (policedata validate data/*.csv), or list your datasets in a policedata.config.yaml (see policedata validate --help).',
    );
  }
  return fromConfig(loadConfig(path, cwd), args, cwd);
}

/** `--delimiter` as the character (one character, or `tab`). */
export function checkDelimiter(given: string): string {
  try {
    return delimiterOf(given);
  } catch (error) {
    throw new CliError(`--delimiter: ${error instanceof Error ? error.message : String(error)}.`);
  }
}
