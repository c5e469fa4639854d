// The action's inputs, read from INPUT_* variables and checked before any file is read.
import { CONFORMANCE_LEVELS, type ConformanceLevel, FAIL_ON, type FailOn } from '@policedata/core';
import { type Env, getBooleanInput, getInput, getListInput } from './commands.js';

export interface Inputs {
  files: string[];
  config?: string;
  type?: string;
  mapping?: string;
  /** Absent when not given: the config's per-dataset bar applies, else the CLI's default (error). */
  failOn?: FailOn;
  minLevel?: ConformanceLevel;
  annotations: boolean;
  summary: boolean;
  sarif?: string;
  report?: string;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[]): T | undefined {
  const value = getInput(env, name);
  if (value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`input ${name} must be one of ${allowed.join(', ')}, not "${value}".`);
  }
  return value as T;
}

const optional = (env: Env, name: string): string | undefined => getInput(env, name) || undefined;

export function readInputs(env: Env): Inputs {
  const inputs: Inputs = {
    files: getListInput(env, 'files'),
    annotations: getBooleanInput(env, 'annotations', true),
    summary: getBooleanInput(env, 'summary', true),
  };
  const failOn = oneOf(env, 'fail-on', FAIL_ON);
  if (failOn !== undefined) inputs.failOn = failOn;
  const minLevel = oneOf(env, 'min-level', CONFORMANCE_LEVELS);
  if (minLevel !== undefined) inputs.minLevel = minLevel;
  for (const [key, name] of [
    ['config', 'config'],
    ['type', 'type'],
    ['mapping', 'mapping'],
    ['sarif', 'sarif'],
    ['report', 'report'],
  ] as const) {
    const value = optional(env, name);
    if (value !== undefined) inputs[key] = value;
  }
  if (inputs.files.length > 0 && inputs.config !== undefined) {
    throw new Error('give either files or config, not both: config validates the datasets it lists.');
  }
  if (inputs.config !== undefined && (inputs.type !== undefined || inputs.mapping !== undefined)) {
    throw new Error('type and mapping apply to the files input; set them per dataset in the config file instead.');
  }
  return inputs;
}
