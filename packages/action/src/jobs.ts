// What one run checks: the files input with the type and mapping inputs, or every dataset of the
// CLI's config file (policedata.config.yaml/.json; paths in it are relative to its folder). Planned
// by the CLI's own planner, so the config file is read and checked exactly as `policedata validate`
// does it (every problem with its line and column).
import { findConfig, type Job, planJobs } from '@policedata/cli/plan';
import type { Inputs } from './inputs.js';
import { errorInWorkflowWords } from './words.js';

export type { InputFile, Job } from '@policedata/cli/plan';

export async function planActionJobs(inputs: Inputs, cwd: string): Promise<Job[]> {
  if (inputs.files.length === 0 && inputs.config === undefined && findConfig(cwd) === undefined) {
    throw new Error(
      'no files to validate: set the files input (globs, one per line), or the config input, or add a policedata.config.yaml at the root of the repository.',
    );
  }
  return inActionWords(() =>
    planJobs(
      {
        files: inputs.files,
        ...(inputs.type !== undefined ? { type: inputs.type } : {}),
        ...(inputs.mapping !== undefined ? { mapping: inputs.mapping } : {}),
        ...(inputs.config !== undefined ? { config: inputs.config } : {}),
        // Inputs given explicitly override the config's per-dataset bar; their defaults do not.
        ...(inputs.failOn !== undefined ? { failOn: inputs.failOn } : {}),
        ...(inputs.minLevel !== undefined ? { minLevel: inputs.minLevel } : {}),
        severity: [],
        ignore: [],
      },
      cwd,
    ),
  );
}

async function inActionWords<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    throw new Error(errorInWorkflowWords(error.message));
  }
}
