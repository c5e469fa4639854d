// What one run checks: the files input with the type and mapping inputs, or every dataset of the
// CLI's config file (policedata.config.yaml/.json; paths in it are relative to its folder).
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { FailOn, Gate } from '@policedata/core';
import { type ConformanceLevel, parseMapping, type Severity, type ValidateOptions } from '@policedata/core';
import { glob, isDynamicPattern } from 'tinyglobby';
import { parse } from 'yaml';
import type { Inputs } from './inputs.js';

/** A file to validate: `path` to read, `name` relative to the workspace (for annotations). */
export interface InputFile {
  path: string;
  name: string;
}

export interface Job {
  files: InputFile[];
  options: ValidateOptions;
  gate: Gate;
}

interface DatasetConfig {
  files: string | string[];
  type?: string;
  mapping?: string;
  severity?: Record<string, Severity>;
  ignore?: string[];
  fail_on?: FailOn;
  min_level?: ConformanceLevel;
  max_samples?: number;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the ${what} ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
}

/** Expands paths and globs relative to `base`, in the order given, without duplicates. */
export async function expandFiles(patterns: readonly string[], base: string, cwd: string): Promise<InputFile[]> {
  const files = new Map<string, InputFile>();
  const add = (path: string) => {
    if (!files.has(path)) files.set(path, { path, name: relative(cwd, path) || path });
  };
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      const path = resolve(base, pattern);
      let isFile = false;
      try {
        isFile = statSync(path).isFile();
      } catch {
        throw new Error(`no such file: ${pattern}. Check the path in the files input.`);
      }
      if (!isFile) throw new Error(`${pattern} is not a file: give the files in it, for example "${pattern}/*.csv".`);
      add(path);
      continue;
    }
    const matches = (await glob(pattern, { cwd: base, onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0) throw new Error(`no files match "${pattern}". Check the pattern.`);
    for (const match of matches) add(resolve(base, match));
  }
  return [...files.values()];
}

function mappingOptions(path: string, name: string): Pick<ValidateOptions, 'mapping' | 'mappingName'> {
  return { mapping: parseMapping(readText(path, 'mapping file'), name), mappingName: name };
}

async function fromConfig(inputs: Inputs & { config: string }, cwd: string): Promise<Job[]> {
  const path = resolve(cwd, inputs.config);
  const data = parse(readText(path, 'config file')) as { datasets?: unknown } | null;
  if (!data || !Array.isArray(data.datasets) || data.datasets.length === 0) {
    throw new Error(`${inputs.config}: expected a "datasets" list (see the policedata CLI's config file).`);
  }
  const dir = dirname(path);
  const jobs: Job[] = [];
  for (const dataset of data.datasets as DatasetConfig[]) {
    const options: ValidateOptions = { severity: dataset.severity ?? {}, ignore: dataset.ignore ?? [] };
    if (dataset.type !== undefined) options.type = dataset.type;
    if (dataset.mapping !== undefined) {
      const mappingPath = resolve(dir, dataset.mapping);
      Object.assign(options, mappingOptions(mappingPath, relative(cwd, mappingPath)));
    }
    if (dataset.max_samples !== undefined) options.maxSamples = dataset.max_samples;
    const patterns = typeof dataset.files === 'string' ? [dataset.files] : dataset.files;
    jobs.push({
      files: await expandFiles(patterns, dir, cwd),
      options,
      // Inputs given explicitly override the config; their defaults do not.
      gate: { failOn: dataset.fail_on ?? inputs.failOn, minLevel: dataset.min_level ?? inputs.minLevel },
    });
  }
  return jobs;
}

export async function planJobs(inputs: Inputs, cwd: string): Promise<Job[]> {
  if (inputs.config !== undefined) return fromConfig({ ...inputs, config: inputs.config }, cwd);
  const options: ValidateOptions = {};
  if (inputs.type !== undefined) options.type = inputs.type;
  if (inputs.mapping !== undefined)
    Object.assign(options, mappingOptions(resolve(cwd, inputs.mapping), inputs.mapping));
  return [
    {
      files: await expandFiles(inputs.files, cwd, cwd),
      options,
      gate: { failOn: inputs.failOn, minLevel: inputs.minLevel },
    },
  ];
}
