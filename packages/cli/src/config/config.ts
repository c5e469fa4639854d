// The project config (`policedata.config.json` or `.yaml`; schema: schemas/v1/config.schema.json):
// the datasets of a repository, so `policedata validate` with no file arguments checks them all.
import type { ConformanceLevel, Severity } from '@policedata/core';
import type { FailOn } from '../commands/validate/gate.js';
import { CliError } from '../errors.js';

export const CONFIG_SCHEMA_ID = 'https://schemas.policedata.dev/v1/config.schema.json';
/** Looked for in this order in the current directory. */
export const CONFIG_FILE_NAMES = ['policedata.config.json', 'policedata.config.yaml', 'policedata.config.yml'];

export interface DatasetConfig {
  files: string | string[];
  type?: string;
  mapping?: string;
  severity?: Record<string, Severity>;
  ignore?: string[];
  fail_on?: FailOn;
  min_level?: ConformanceLevel;
  max_samples?: number;
  /** Bounds on hostile input by their config names (`max_cell_chars`), see docs/limits.md. */
  limits?: Record<string, number>;
}

export interface ProjectConfig {
  /** Absolute path of the config file, and its folder (paths in it are relative to that). */
  path: string;
  dir: string;
  /** The path as shown to the user. */
  name: string;
  datasets: DatasetConfig[];
}

export interface ConfigProblem {
  /** `policedata.config.yaml:4:5` */
  where: string;
  message: string;
}

/** Every problem of a config file, each on its own line, so a person can fix them in one pass. */
export class ConfigError extends CliError {
  override name = 'ConfigError';
  constructor(file: string, problems: readonly ConfigProblem[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(`${file}: ${count} in the config file:\n${problems.map((p) => `  ${p.where}: ${p.message}`).join('\n')}`);
  }
}
