// The `validate` command's declaration: flags, help, examples and exit codes. The work is in run.ts.
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../../context.js';
import { EXIT_CODES_HELP } from '../../help.js';
import { FORMATS, LIMIT_OPTION } from './args.js';
import { gateOptions } from './gate-options.js';
import { runValidate, type ValidateCommandArgs } from './run.js';

// Written out rather than with .example(): yargs squeezes long commands into a narrow column.
const EXAMPLES = `Examples:
  policedata validate data/stops.csv
      Check one file; its dataset type is detected from the columns.
  policedata validate "data/uof-*.csv" --type use-of-force --mapping mappings/dallas.yaml
      Several files (quote globs), with a mapping file.
  policedata validate stops.csv --format json --output report.json
      Write the JSON report to a file.
  policedata validate stops.csv -f text -f markdown --output=- -o report.md
      Text on screen, and a Markdown report in a file.
  policedata validate stops.csv --output report.html
      A page to open in a browser (no network needed): summary, field coverage chart, findings.
  policedata validate "data/*.csv" -f sarif -o policedata.sarif -f junit -o policedata.xml
      SARIF for code scanning (GitHub) and JUnit XML for CI test views, for every file.
  policedata validate stops.csv --fail-on warning --min-level basic
      A stricter bar, as in CI: any warning, or a level below basic, fails (exit 1).
  policedata validate stops.csv --severity exact_address=info --ignore unmapped_column
      Tune findings: downgrade one code, hide another (codes: policedata explain).
  policedata validate
      Check every dataset listed in policedata.config.json or .yaml.`;

const CONFIG_HELP = `Project config (policedata.config.yaml or .json, found in the current folder or given with --config;
paths are relative to it; schema: schemas/v1/config.schema.json):
  datasets:
    - files: data/stops-*.csv        # a path or glob, or a list of them
      type: stops
      mapping: mappings/stops.yaml
      fail_on: error                 # error | warning | none
      min_level: basic               # none | basic | good | complete
      severity: { exact_address: info }
      ignore: [unmapped_column]
      limits: { max_workbook_bytes: 209715200 }   # see docs/limits.md`;

function builder(yargs: Argv): Argv {
  return yargs
    .positional('files', {
      describe:
        'Files or quoted globs: CSV, TSV, JSON, NDJSON, .xlsx or .xls, optionally .gz. Without files, the datasets of the project config.',
      type: 'string',
      array: true,
    })
    .option('type', {
      describe:
        'Dataset type, such as stops or use-of-force (default: detected from the columns). List: policedata schemas',
      type: 'string',
      requiresArg: true,
    })
    .option('mapping', {
      alias: 'm',
      describe: 'Mapping file (YAML or JSON) saying which column feeds which field',
      type: 'string',
      requiresArg: true,
    })
    .option('config', {
      describe: 'Project config file listing the datasets to check',
      type: 'string',
      requiresArg: true,
    })
    .option('format', {
      alias: 'f',
      describe:
        'Report format: text, json, markdown, html (a self-contained page), sarif (SARIF 2.1.0, for code scanning) or junit (JUnit XML, for CI). Repeat for several, each paired in order with an --output',
      choices: FORMATS,
      array: true,
      requiresArg: true,
    })
    .option('output', {
      alias: 'o',
      describe:
        'File for the --format in the same position (--output=- for stdout). Without --format, the extension decides: .json, .md, .html, .sarif or .sarif.json, .xml (JUnit), anything else text',
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
    .option('workers', {
      describe:
        'Worker threads for CSV files of 16 MB or more; 0 validates in one thread (less memory) [default: cores - 1]',
      type: 'number',
      requiresArg: true,
    })
    .option('limit', LIMIT_OPTION)
    .option('delimiter', {
      describe:
        'CSV delimiter, one character or tab, when the one detected (comma, tab, semicolon, vertical bar) is wrong',
      type: 'string',
      requiresArg: true,
    })
    .option('quiet', {
      alias: 'q',
      describe: 'No progress bar or verdict; text output is one summary line per file',
      type: 'boolean',
      default: false,
    })
    .group(['type', 'mapping', 'config', 'delimiter', 'workers', 'limit'], 'Input:')
    .group(['format', 'output', 'max-samples', 'quiet'], 'Output:')
    .options(gateOptions('a file'))
    .group(['fail-on', 'min-level', 'severity', 'ignore'], 'Pass or fail:')
    .epilog(`${EXAMPLES}\n\n${CONFIG_HELP}\n\n${EXIT_CODES_HELP}`);
}

/** A flag given twice arrives as an array (so that repeatable flags work); the last one wins. */
const last = <T>(value: T | T[] | undefined): T | undefined => (Array.isArray(value) ? value[value.length - 1] : value);

const SINGLE_VALUED = [
  'type',
  'mapping',
  'delimiter',
  'config',
  'maxSamples',
  'workers',
  'failOn',
  'minLevel',
  'quiet',
  'color',
] as const;

export function validateCommand(context: CommandContext): CommandModule {
  return {
    command: 'validate [files..]',
    describe: 'Check data files against the standard and report what to fix',
    builder,
    handler: async (argv) => {
      const args = { ...argv } as unknown as Partial<ValidateCommandArgs> & { files?: string[] };
      for (const key of SINGLE_VALUED) {
        if (args[key] !== undefined) Object.assign(args, { [key]: last(args[key] as unknown) });
      }
      context.setExitCode(
        await runValidate(
          {
            ...args,
            files: args.files ?? [],
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
