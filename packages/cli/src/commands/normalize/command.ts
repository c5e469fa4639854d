// The `normalize` command's declaration: flags, help, examples and exit codes. The work is in run.ts.
import { NORMALIZE_FORMATS } from '@policedata/core';
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../../context.js';
import { EXIT_CODES_HELP } from '../../help.js';
import { FORMATS, LIMIT_OPTION } from '../validate/args.js';
import { gateOptions } from '../validate/gate-options.js';
import { type NormalizeArgs, runNormalize } from './run.js';

const EXAMPLES = `Examples:
  policedata normalize data/uof.csv --mapping mappings/uof.yaml --out out/uof.csv
      Write the file in the standard's shape, and print the report as validate does.
  policedata normalize data/uof.csv -m mappings/uof.yaml --out out/uof.ndjson -q
      One JSON object per row, typed values; only a summary line.
  policedata normalize data/stops.csv --type stops --out stops.csv --all-fields
      Every field of the type as a column, for files with the same header across cities.
  policedata normalize data/uof.csv -m uof.yaml --out uof.csv -f json -o report.json --fail-on none
      The JSON report in a file; exit 0 whatever the findings.`;

const OUTPUT_HELP = `What --out holds:
  One row per record (unfilled lines of a form, reported as empty_record, are left out): the
  standard's fields in schema order (those the file has, or all with --all-fields), then raw_
  columns: raw_<column> for every source column no field reads, as published (nothing is
  dropped), and for each mapped column whose value can fail to read, filled only in rows where it
  did (the field is then empty). A field's <field>_raw twin keeps its published value.
  CSV: the standard's CSV form: lists joined by ";", true/false, an empty cell = absent. A text
  cell starting with =, +, -, @, a tab or a carriage return gets a leading ' so spreadsheets show
  it as text rather than run it as a formula (formula injection, as OWASP advises); remove that
  one ' to get the value back. Numbers (-86.15) and text that is a plain number are left as is.
  NDJSON: one JSON object per line with typed values (lists, numbers, true/false); an absent
  value is null, so every line has the same keys; no ' prefixes. More: docs/normalize.md`;

function builder(yargs: Argv): Argv {
  return yargs
    .positional('file', {
      describe: 'The data file: CSV, TSV, JSON, NDJSON, .xlsx or .xls, optionally .gz',
      type: 'string',
    })
    .option('mapping', {
      alias: 'm',
      describe: 'Mapping file (YAML or JSON); write a first one with policedata map',
      type: 'string',
      requiresArg: true,
    })
    .option('delimiter', {
      describe:
        'CSV delimiter, one character or tab, when the one detected (comma, tab, semicolon, vertical bar) is wrong',
      type: 'string',
      requiresArg: true,
    })
    .option('type', {
      describe: "Dataset type, for a file that already uses the standard's names (List: policedata schemas)",
      type: 'string',
      requiresArg: true,
    })
    .option('out', {
      describe: 'Where to write the normalized file: .csv or .ndjson (required)',
      type: 'string',
      requiresArg: true,
      demandOption: true,
    })
    .option('out-format', {
      describe: 'Format of --out when its extension does not say',
      choices: NORMALIZE_FORMATS,
      requiresArg: true,
    })
    .option('all-fields', {
      describe: 'Write every field of the type, not only those the file has',
      type: 'boolean',
      default: false,
    })
    .option('format', {
      alias: 'f',
      describe: 'Report format; repeat for several, each paired in order with an --output',
      choices: FORMATS,
      array: true,
      requiresArg: true,
    })
    .option('output', {
      alias: 'o',
      describe: 'File for the report --format in the same position (- for stdout)',
      type: 'string',
      array: true,
      requiresArg: true,
    })
    .option('max-samples', {
      describe:
        'Examples kept (and shown) per finding code, one per distinct value for findings about values; counts are always exact [default: 20 kept, 5 shown]',
      type: 'number',
      requiresArg: true,
    })
    .option('limit', LIMIT_OPTION)
    .option('quiet', {
      alias: 'q',
      describe: 'No progress bar, closing lines or report details: one summary line',
      type: 'boolean',
      default: false,
    })
    .group(['mapping', 'type', 'delimiter', 'limit'], 'Input:')
    .group(['out', 'out-format', 'all-fields'], 'Normalized file:')
    .group(['format', 'output', 'max-samples', 'quiet'], 'Report:')
    .options(gateOptions('the run'))
    .group(['fail-on', 'min-level', 'severity', 'ignore'], 'Pass or fail:')
    .epilog(
      `${EXAMPLES}\n\n${OUTPUT_HELP}\n\n${EXIT_CODES_HELP}\n  --out is written with exit code 0 or 1, never with 2.`,
    );
}

/** A flag given twice arrives as an array (so that repeatable flags work); the last one wins. */
const last = <T>(value: T | T[] | undefined): T | undefined => (Array.isArray(value) ? value[value.length - 1] : value);

const SINGLE_VALUED = [
  'type',
  'mapping',
  'delimiter',
  'out',
  'outFormat',
  'maxSamples',
  'failOn',
  'minLevel',
  'quiet',
  'color',
  'allFields',
] as const;

export function normalizeCommand(context: CommandContext): CommandModule {
  return {
    command: 'normalize <file>',
    describe: "Write a file in the standard's own shape (CSV or NDJSON), with the report",
    builder,
    handler: async (argv) => {
      const args = { ...argv } as unknown as Partial<NormalizeArgs> & { file: string; out: string };
      for (const key of SINGLE_VALUED) {
        if (args[key] !== undefined) Object.assign(args, { [key]: last(args[key] as unknown) });
      }
      context.setExitCode(
        await runNormalize(
          {
            ...args,
            file: String(args.file),
            out: String(args.out),
            allFields: args.allFields ?? false,
            format: args.format ?? [],
            output: args.output ?? [],
            severity: args.severity ?? [],
            ignore: args.ignore ?? [],
            limit: args.limit ?? [],
            quiet: args.quiet ?? false,
          },
          context.io,
        ),
      );
    },
  };
}
