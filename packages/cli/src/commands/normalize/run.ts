// `policedata normalize`: validates one file as `validate` does and, in the same pass, writes it in
// the standard's own shape (core's normalizeSource) to --out; then the report, verdict and exit code
// exactly as validate gives them.
import { extname, resolve } from 'node:path';
import { NORMALIZE_FORMATS, type NormalizeFormat, normalizeSource, plural } from '@policedata/core';
import { openFileSource } from '@policedata/core/node';
import { CliError, EXIT_NOT_CONFORMANT, EXIT_OK } from '../../errors.js';
import type { Io } from '../../io.js';
import { openDataFile } from '../../output/data-file.js';
import { createProgressBar } from '../../output/progress.js';
import { colourEnabled, textStyle } from '../../output/style.js';
import { writeOutputs } from '../../output/write-outputs.js';
import { type Format, pairDestinations } from '../validate/args.js';
import { judge } from '../validate/gate.js';
import { planJobs, type ValidateArgs } from '../validate/plan.js';
import { renderVerdict } from '../validate/verdict.js';

export interface NormalizeArgs extends Omit<ValidateArgs, 'files' | 'config'> {
  file: string;
  out: string;
  outFormat?: NormalizeFormat;
  allFields: boolean;
  format: Format[];
  output: string[];
  quiet: boolean;
  color?: boolean;
}

/** The output's format: --out-format, else the extension of --out. */
export function outFormatOf(out: string, given: NormalizeFormat | undefined): NormalizeFormat {
  if (given) return given;
  const extension = extname(out).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.ndjson' || extension === '.jsonl') return 'ndjson';
  throw new CliError(
    `cannot tell the format of --out ${out}: name it .csv or .ndjson, or give --out-format ${NORMALIZE_FORMATS.join(' or ')}.`,
  );
}

export async function runNormalize(args: NormalizeArgs, io: Io): Promise<number> {
  if (args.mapping === undefined && args.type === undefined) {
    throw new CliError(
      "normalize needs --mapping <file> (write one with `policedata map <file>`), or --type <type> for a file that already uses the standard's column names and codes.",
    );
  }
  if (args.out === '-') {
    throw new CliError('--out - would be standard output, where the report goes: give --out a file path.');
  }
  const destinations = pairDestinations(args.format, args.output);
  const format = outFormatOf(args.out, args.outFormat);
  const [job] = await planJobs({ ...args, files: [args.file] }, io.cwd);
  const [file, ...more] = job?.files ?? [];
  if (!job || !file || more.length > 0) {
    throw new CliError(`"${args.file}" names ${job?.files.length ?? 0} files: normalize one file at a time.`);
  }
  const outPath = resolve(io.cwd, args.out);
  const reportPaths = destinations.flatMap((destination) =>
    destination.path ? [resolve(io.cwd, destination.path)] : [],
  );
  if (outPath === file.path || reportPaths.includes(outPath)) {
    throw new CliError(
      `--out ${args.out} is ${outPath === file.path ? 'the input file' : 'also an --output'}: give another path.`,
    );
  }
  const data = openDataFile(outPath, args.out);
  const bar = createProgressBar(io.stderr, file.name, !args.quiet);
  let result: Awaited<ReturnType<typeof normalizeSource>>;
  const opened = await openFileSource(file.path, file.name);
  try {
    result = await normalizeSource(opened.source, {
      ...job.options,
      fileName: file.name,
      format,
      write: (text) => data.write(text),
      allFields: args.allFields,
      onProgress: (progress) => bar.update(progress),
    });
    data.commit();
  } catch (error) {
    data.discard();
    throw error;
  } finally {
    bar.done();
    await opened.close();
  }
  const { report, columns } = result;
  writeOutputs([report], destinations, io, {
    style: textStyle(colourEnabled(io, args.color)),
    summaryOnly: args.quiet,
    ...(args.maxSamples !== undefined ? { samples: args.maxSamples } : {}),
  });
  const reasons = judge(report, job.gate);
  if (!args.quiet) {
    const raw = columns.filter((name) => name.startsWith('raw_')).length;
    io.stderr.write(
      `Wrote ${args.out}: ${plural(report.rows, 'row')}, ${plural(columns.length - raw, 'field')} and ${plural(raw, 'raw_ column')} (${format}).\n`,
    );
    io.stderr.write(
      renderVerdict([{ report, gate: job.gate, reasons }], textStyle(colourEnabled(io, args.color, io.stderr))),
    );
  }
  return reasons.length > 0 ? EXIT_NOT_CONFORMANT : EXIT_OK;
}
