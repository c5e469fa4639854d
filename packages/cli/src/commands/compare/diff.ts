// `policedata diff <old> <new>`: two releases of the same source compared. Each side is a JSON
// report (from `validate --format json`) or a data file, validated here with its mapping.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  diffReports,
  type MappingFile,
  REPORT_SCHEMA_ID,
  type Report,
  type ReportDiff,
  renderDiffHtml,
  renderDiffMarkdown,
} from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { createAjv } from '@policedata/schemas';
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../../context.js';
import { CliError, EXIT_OK } from '../../errors.js';
import { expandFiles } from '../../files/expand-files.js';
import { createProgressBar } from '../../output/progress.js';
import { checkType } from '../validate/args.js';
import { loadMapping } from '../validate/load-mapping.js';
import { checkTypeAgrees } from '../validate/plan.js';
import { chooseFormat, last, writeOutput } from './output.js';

export const DIFF_FORMATS = ['markdown', 'html', 'json'] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

const EXAMPLES = `Examples:
  policedata diff old-report.json new-report.json
      Two JSON reports (policedata validate --format json) of the same source.
  policedata diff dallas-2013.csv dallas-2019.csv --old-mapping dallas-2013.yaml --new-mapping dallas-2019.yaml
      Two data files, each validated with its mapping (--mapping for one mapping for both).
  policedata diff old.json new.json -o changes.html
      A page to open in a browser.

What it shows: level, score, rows and period of each; findings new, fixed, more or fewer (by code,
with the fields they are about and new values, such as codes the crosswalk does not know); fields
now or no longer published, or 5 points more or less complete; schema drift: columns renamed
(paired by spelling, by feeding the same field, or by the standard's aliases), dropped or added,
and date columns whose format changed (M/D/YYYY -> YYYY-MM-DD).

Exit codes:
  0  the comparison was written
  2  usage or input error: a file that does not exist, a JSON file that is not a report, a bad mapping`;

interface DiffArgs {
  old: string;
  new: string;
  mapping?: string;
  oldMapping?: string;
  newMapping?: string;
  type?: string;
  format?: DiffFormat;
  output?: string;
  quiet: boolean;
}

function builder(yargs: Argv): Argv {
  return yargs
    .positional('old', { describe: 'The earlier release: a JSON report or a data file', type: 'string' })
    .positional('new', { describe: 'The later release: a JSON report or a data file', type: 'string' })
    .option('mapping', { alias: 'm', describe: 'Mapping file for both data files', type: 'string', requiresArg: true })
    .option('old-mapping', { describe: 'Mapping file for the old data file', type: 'string', requiresArg: true })
    .option('new-mapping', { describe: 'Mapping file for the new data file', type: 'string', requiresArg: true })
    .option('type', {
      describe: 'Dataset type of the data files (default: detected)',
      type: 'string',
      requiresArg: true,
    })
    .option('format', {
      alias: 'f',
      describe: 'markdown, html or json [default: from --output, else markdown]',
      choices: DIFF_FORMATS,
      requiresArg: true,
    })
    .option('output', {
      alias: 'o',
      describe: 'File to write (--output=- for stdout)',
      type: 'string',
      requiresArg: true,
    })
    .option('quiet', { alias: 'q', describe: 'No progress bar', type: 'boolean', default: false })
    .group(['mapping', 'old-mapping', 'new-mapping', 'type'], 'Input:')
    .group(['format', 'output', 'quiet'], 'Output:')
    .epilog(EXAMPLES);
}

let reportValidator: ReturnType<ReturnType<typeof createAjv>['getSchema']>;

/** A JSON file holding a policedata report, or undefined when the file is data to validate. */
function readReport(path: string, name: string): Report | undefined {
  if (!path.toLowerCase().endsWith('.json')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined; // not JSON as a whole: records to validate, or broken JSON the validator reports
  }
  const schemaOf = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as { $schema?: unknown }).$schema : undefined;
  if (Array.isArray(data)) {
    // `policedata validate a.csv b.csv -f json` writes an array of reports: one side must be one report.
    const reports = data.filter((item) => schemaOf(item) === REPORT_SCHEMA_ID).length;
    if (reports > 0) {
      throw new CliError(
        `${name} holds ${reports} reports: diff compares one with one. Write each file's report on its own (policedata validate <file> --format json --output <file>.json).`,
      );
    }
    return undefined; // records to validate
  }
  const schema = schemaOf(data);
  if (
    typeof schema === 'string' &&
    schema.startsWith('https://schemas.policedata.dev/') &&
    schema !== REPORT_SCHEMA_ID
  ) {
    const kind = schema.replace(/^.*\//, '').replace(/\.schema\.json$/, '');
    throw new CliError(
      `${name} is a policedata ${kind}, not a report: give two reports written by policedata validate --format json, or two data files.`,
    );
  }
  if (schema !== REPORT_SCHEMA_ID) return undefined;
  reportValidator ??= createAjv().getSchema(REPORT_SCHEMA_ID);
  if (reportValidator && !reportValidator(data)) {
    const [first] = reportValidator.errors ?? [];
    throw new CliError(
      `${name} is not a valid policedata report (${first?.instancePath || '/'} ${first?.message ?? 'is not valid'}). Write it again with policedata validate --format json.`,
    );
  }
  return data as Report;
}

async function reportOf(
  given: string,
  mappingPath: string | undefined,
  args: DiffArgs,
  context: CommandContext,
): Promise<Report> {
  const { io } = context;
  const [file] = await expandFiles([given], io.cwd);
  if (!file) throw new CliError(`no such file: ${given}.`);
  const report = readReport(file.path, file.name);
  if (report) {
    if (mappingPath) throw new CliError(`${file.name} is a report: a mapping only applies to data files.`);
    if (args.type) throw new CliError(`${file.name} is a report: --type only applies to data files.`);
    return report;
  }
  let mapping: MappingFile | undefined;
  if (mappingPath) mapping = loadMapping(resolve(io.cwd, mappingPath), mappingPath);
  checkTypeAgrees({ type: args.type, mapping, mappingName: mappingPath }, '--type');
  const bar = createProgressBar(io.stderr, file.name, !args.quiet);
  let validated: Report;
  try {
    validated = await validateFile(file.path, {
      fileName: file.name,
      ...(args.type ? { type: checkType(args.type) } : {}),
      ...(mapping && mappingPath ? { mapping, mappingName: mappingPath } : {}),
      onProgress: (progress) => bar.update(progress),
    });
  } finally {
    bar.done();
  }
  // Nothing to compare in a file that is not a police dataset (a package.json, a mapping file).
  if (validated.dataset.type === null) {
    throw new CliError(
      `${file.name} is not a report, and not a dataset whose type could be told from its columns: give a report (policedata validate --format json) or a data file, with --type or a mapping if needed.`,
    );
  }
  return validated;
}

export function renderDiff(diff: ReportDiff, format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  if (format === 'html') return renderDiffHtml(diff);
  return renderDiffMarkdown(diff);
}

export async function runDiff(args: DiffArgs, context: CommandContext): Promise<number> {
  const format = chooseFormat(DIFF_FORMATS, args.format, args.output, 'markdown');
  if (args.mapping && (args.oldMapping || args.newMapping)) {
    throw new CliError('give --mapping (for both files) or --old-mapping and --new-mapping, not both.');
  }
  const old = await reportOf(args.old, args.oldMapping ?? args.mapping, args, context);
  const next = await reportOf(args.new, args.newMapping ?? args.mapping, args, context);
  if (old.file.name === next.file.name && old.validated_at === next.validated_at && !args.quiet) {
    context.io.stderr.write('Note: the two inputs are the same report; nothing can have changed.\n');
  }
  writeOutput(renderDiff(diffReports(old, next), format), args.output, context.io);
  if (!args.quiet && args.output && args.output !== '-') {
    context.io.stderr.write(`Comparison written to ${args.output}.\n`);
  }
  return EXIT_OK;
}

export function diffCommand(context: CommandContext): CommandModule {
  return {
    command: 'diff <old> <new>',
    describe: 'Compare two releases of the same source: findings, fields and schema drift',
    builder,
    handler: async (argv) => {
      const a = argv as unknown as DiffArgs;
      const pick = (value: unknown) => last(value as string | string[] | undefined);
      const args: DiffArgs = { old: String(a.old), new: String(a.new), quiet: Boolean(last(a.quiet)) };
      for (const key of ['mapping', 'oldMapping', 'newMapping', 'type', 'output'] as const) {
        const value = pick(a[key]);
        if (value !== undefined) args[key] = value;
      }
      const format = pick(a.format);
      if (format) args.format = format as DiffFormat;
      context.setExitCode(await runDiff(args, context));
    },
  };
}
