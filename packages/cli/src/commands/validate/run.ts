// `policedata validate`: checks the flags, plans the files, validates each with a progress bar,
// writes the reports and returns the exit code. All the checking is core's; this only wires it up.
import { validateFile } from '@policedata/core/node';
import { EXIT_NOT_CONFORMANT, EXIT_OK } from '../../errors.js';
import type { Io } from '../../io.js';
import { createProgressBar } from '../../output/progress.js';
import { colourEnabled, textStyle } from '../../output/style.js';
import { writeOutputs } from '../../output/write-outputs.js';
import { checkWorkers, type Format, pairDestinations } from './args.js';
import { judge } from './gate.js';
import { planJobs, type ValidateArgs } from './plan.js';
import { type Judged, renderVerdict } from './verdict.js';

export interface ValidateCommandArgs extends ValidateArgs {
  workers?: number;
  format: Format[];
  output: string[];
  quiet: boolean;
  color?: boolean;
}

export async function runValidate(args: ValidateCommandArgs, io: Io): Promise<number> {
  const destinations = pairDestinations(args.format, args.output);
  const jobs = await planJobs(args, io.cwd);
  const workers = checkWorkers(args.workers);
  const results: Judged[] = [];
  for (const job of jobs) {
    for (const file of job.files) {
      const bar = createProgressBar(io.stderr, file.name, !args.quiet);
      try {
        const report = await validateFile(file.path, {
          ...job.options,
          fileName: file.name,
          ...(workers !== undefined ? { workers } : {}),
          onProgress: (progress) => bar.update(progress),
        });
        results.push({ report, gate: job.gate, reasons: judge(report, job.gate) });
      } finally {
        bar.done();
      }
    }
  }
  const reports = results.map((result) => result.report);
  // A dataset whose errors do not fail it (its fail-on is none) has them as warnings in SARIF, as in
  // the GitHub Action, so that code scanning does not fail it for them.
  const passing = new Set(results.filter((result) => result.gate.failOn === 'none').map((result) => result.report));
  writeOutputs(reports, destinations, io, {
    passing,
    style: textStyle(colourEnabled(io, args.color)),
    summaryOnly: args.quiet,
    ...(args.maxSamples !== undefined ? { samples: args.maxSamples } : {}),
  });
  if (!args.quiet) io.stderr.write(renderVerdict(results, textStyle(colourEnabled(io, args.color, io.stderr))));
  return results.some((result) => result.reasons.length > 0) ? EXIT_NOT_CONFORMANT : EXIT_OK;
}
