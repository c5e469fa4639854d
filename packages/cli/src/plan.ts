// @policedata/cli/plan: how `policedata validate` turns files, flags and the project config into
// jobs (files checked with the same options and bar). The GitHub Action plans its runs with it, so
// a config file means the same thing, and is checked the same way, in a terminal and in CI.

export { type Job, planJobs, type ValidateArgs } from './commands/validate/plan.js';
export { CONFIG_FILE_NAMES, type DatasetConfig, type ProjectConfig } from './config/config.js';
export { findConfig, loadConfig } from './config/load-config.js';
export { CliError } from './errors.js';
export type { InputFile } from './files/expand-files.js';
