// `policedata map <file>`: reads a file's column names and a sample of its rows and writes a starting
// mapping file (YAML) for a person to check. The proposal and the YAML are core's; this reads the
// flags, writes the file (never over an existing one without --force) and says what to do next.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  DEFAULT_SAMPLE_ROWS,
  type MappingProposal,
  plural,
  proposeMappingForSource,
  UnknownDatasetTypeError,
  writeMappingYaml,
} from '@policedata/core';
import { openFileSource } from '@policedata/core/node';
import { parse as parseYaml } from 'yaml';
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { CliError, cannotWrite, EXIT_OK } from '../errors.js';
import { expandFiles } from '../files/expand-files.js';
import type { Io } from '../io.js';
import { checkType } from './validate/args.js';
import { checkDelimiter } from './validate/plan.js';

const EXAMPLES = `Examples:
  policedata map data/stops.csv
      Print a starting mapping for a file (its type detected from the columns).
  policedata map data/uof-2019.csv --type use-of-force --output mappings/uof.yaml
      Write it to a file, for a given dataset type.
  policedata map data/big.csv --sample-rows 100000 -o mapping.yaml --force
      Look at more rows for rare codes, replacing an earlier mapping.
Then edit the file (every "check" and "unknown: map me") and use it:
  policedata validate data/stops.csv --mapping mapping.yaml`;

const WHAT_IT_WRITES = `What the mapping holds (format: docs/mapping-files.md), each line commented with why:
  type      detected from the columns (confidence, runner-up), or as given with --type
  missing   the placeholders the sample uses for "not recorded" (NULL, -, .)
  fields    each matched column: by the field's name, a known alias, or a close spelling (check);
            for code-list fields, a values crosswalk of every distinct value in the sample, with
            its count and its best standard code (code, label or known alias), or null marked
            "unknown: map me"; the format of dates that are not ISO; a separator for lists
  comments  required and recommended fields nothing matched; columns nothing matched, as an
            ignore list to uncomment`;

const EXIT_HELP = `Exit codes:
  0  the mapping was written
  2  usage or input error: a missing file, an unknown type, a dataset type that cannot be detected
     (give --type), an --output that exists (give --force)`;

interface MapArgs {
  file: string;
  type?: string;
  delimiter?: string;
  output?: string;
  sampleRows?: number;
  force: boolean;
  quiet: boolean;
}

function builder(yargs: Argv): Argv {
  return yargs
    .positional('file', {
      describe: 'The data file: CSV, TSV, JSON, NDJSON, .xlsx or .xls, optionally .gz',
      type: 'string',
    })
    .option('type', {
      describe: 'Dataset type, such as stops (default: detected from the columns). List: policedata schemas',
      type: 'string',
      requiresArg: true,
    })
    .option('delimiter', {
      describe:
        'CSV delimiter, one character or tab, when the one detected (comma, tab, semicolon, vertical bar) is wrong',
      type: 'string',
      requiresArg: true,
    })
    .option('output', {
      alias: 'o',
      describe: 'Write the mapping to this file (default: standard output)',
      type: 'string',
      requiresArg: true,
    })
    .option('sample-rows', {
      describe: `Rows read for the values and crosswalks [default: ${DEFAULT_SAMPLE_ROWS.toLocaleString('en-US')}]`,
      type: 'number',
      requiresArg: true,
    })
    .option('force', {
      describe: 'Replace an existing --output file',
      type: 'boolean',
      default: false,
    })
    .option('quiet', {
      alias: 'q',
      describe: 'Do not print the closing summary on stderr',
      type: 'boolean',
      default: false,
    })
    .group(['type', 'sample-rows'], 'Input:')
    .group(['output', 'force', 'quiet'], 'Output:')
    .epilog(`${EXAMPLES}\n\n${WHAT_IT_WRITES}\n\n${EXIT_HELP}`);
}

function checkSampleRows(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) {
    throw new CliError('--sample-rows takes a whole number of 1 or more, such as --sample-rows 50000.');
  }
  return value;
}

/** Two lines on stderr: what was found, and what to do next. */
function summary(proposal: MappingProposal, file: string, output: string | undefined, json = false): string {
  const unknown = proposal.fields.reduce(
    (sum, field) => sum + (field.crosswalk?.values.filter((value) => value.match === 'unknown').length ?? 0),
    0,
  );
  const how =
    proposal.typeSource === 'detected'
      ? `detected, ${Math.round((proposal.confidence ?? 0) * 100)}% confidence`
      : 'given';
  const parts = [
    `type ${proposal.type} (${how})`,
    `${plural(proposal.fields.length, 'field')} matched`,
    `${plural(unknown, 'value')} to map`,
    `${plural(proposal.unmatched.length, 'column')} unmatched`,
  ];
  const target = output ?? '<mapping file>';
  // Standard input has no name to give validate: the user knows which file they piped.
  if (file === 'stdin') file = '<file>';
  const notes = json ? ' (as JSON, which has no comments: name it .yaml to keep the notes on each choice)' : '';
  return `${output ? `Wrote ${output}${notes}: ` : ''}${parts.join(', ')}.\nNext: check it, then run policedata validate ${file} --mapping ${target}\n`;
}

export async function runMap(args: MapArgs, io: Io): Promise<number> {
  const type = args.type === undefined ? undefined : checkType(args.type);
  const sampleRows = checkSampleRows(args.sampleRows);
  // A folder: map takes one file (expandFiles would suggest a glob, which map then refuses).
  if (existsSync(resolve(io.cwd, args.file)) && statSync(resolve(io.cwd, args.file)).isDirectory()) {
    throw new CliError(
      `${args.file} is a folder: map one file in it (policedata map ${args.file.replace(/\/$/, '')}/<file>).`,
    );
  }
  const files = await expandFiles([args.file], io.cwd);
  const [file] = files;
  if (!file || files.length > 1) {
    throw new CliError(`"${args.file}" names ${files.length} files: map one file at a time.`);
  }
  const outPath = args.output === undefined || args.output === '-' ? undefined : resolve(io.cwd, args.output);
  if (outPath && existsSync(outPath) && !args.force) {
    throw new CliError(`${args.output} exists: give --force to replace it, or another --output.`);
  }
  let proposal: MappingProposal;
  const opened = await openFileSource(file.path, file.name);
  try {
    proposal = await proposeMappingForSource(opened.source, {
      ...(type ? { type } : {}),
      ...(args.delimiter !== undefined ? { delimiter: checkDelimiter(args.delimiter) } : {}),
      ...(sampleRows ? { sampleRows } : {}),
    });
  } catch (error) {
    if (error instanceof UnknownDatasetTypeError && type === undefined) {
      throw new CliError(
        `cannot tell the dataset type of ${file.name} from its column names: give --type (policedata schemas lists the types).`,
      );
    }
    throw error;
  } finally {
    await opened.close();
  }
  const yaml = writeMappingYaml(proposal);
  // Mapping files may be JSON too: an output named .json gets JSON (without the YAML's notes).
  const json = outPath?.toLowerCase().endsWith('.json') === true;
  const text = json ? `${JSON.stringify(parseYaml(yaml), null, 2)}\n` : yaml;
  if (!outPath) io.stdout.write(text);
  else {
    try {
      mkdirSync(dirname(outPath), { recursive: true });
      writeFileSync(outPath, text);
    } catch (error) {
      throw cannotWrite(args.output ?? outPath, error, '--output');
    }
  }
  if (!args.quiet) io.stderr.write(summary(proposal, file.name, outPath ? args.output : undefined, json));
  return EXIT_OK;
}

const last = <T>(value: T | T[] | undefined): T | undefined => (Array.isArray(value) ? value[value.length - 1] : value);

export function mapCommand(context: CommandContext): CommandModule {
  return {
    command: 'map <file>',
    describe: 'Write a starting mapping file from a file’s columns and values',
    builder,
    handler: async (argv) => {
      const args: MapArgs = {
        file: String(argv.file),
        force: Boolean(last(argv.force)),
        quiet: Boolean(last(argv.quiet)),
      };
      const type = last(argv.type as string | string[] | undefined);
      const delimiter = last(argv.delimiter as string | string[] | undefined);
      if (delimiter !== undefined) args.delimiter = delimiter;
      const output = last(argv.output as string | string[] | undefined);
      const sampleRows = last(argv.sampleRows as number | number[] | undefined);
      if (type !== undefined) args.type = type;
      if (output !== undefined) args.output = output;
      if (sampleRows !== undefined) args.sampleRows = sampleRows;
      context.setExitCode(await runMap(args, context.io));
    },
  };
}
