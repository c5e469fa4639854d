// `policedata compare <manifest|folder>`: validates every dataset a manifest (or a folder of dataset
// descriptors) lists and writes the scorecard. Reading and checking the manifest, validating and
// building the scorecard are core's; this expands globs, shows progress and writes the output.
import { resolve } from 'node:path';
import { renderScorecardCsv, renderScorecardHtml, renderScorecardMarkdown, type Scorecard } from '@policedata/core';
import { compareSources, planComparison } from '@policedata/core/node';
import type { Argv, CommandModule } from 'yargs';
import type { CommandContext } from '../../context.js';
import { EXIT_OK } from '../../errors.js';
import { expandFiles } from '../../files/expand-files.js';
import { createProgressBar } from '../../output/progress.js';
import { checkWorkers } from '../validate/args.js';
import { chooseFormat, last, writeOutput } from './output.js';

export const COMPARE_FORMATS = ['markdown', 'html', 'csv', 'json'] as const;
type CompareFormat = (typeof COMPARE_FORMATS)[number];

const EXAMPLES = `Examples:
  policedata compare examples/compare/manifest.yaml
      The scorecard in Markdown on screen.
  policedata compare manifest.yaml --output scorecard.html
      A page to open in a browser (no network needed): score chart, focus-field heat map, tables.
  policedata compare manifest.yaml -f csv -o scorecard.csv
      One tidy table, a row per dataset and field, for a spreadsheet.
  policedata compare datasets/
      Every dataset descriptor (.json) in a folder, each naming its file with "data".

Manifest (YAML or JSON; schema: schemas/v1/compare-manifest.schema.json; paths relative to it):
  policedata_compare: 1
  title: Use of force in Texas
  sources:
    - agency: { name: Dallas Police Department, city: Dallas, state: TX }
      dataset_type: use-of-force
      files: data/dallas-2019.csv         # a path or glob, or a list of them
      mapping: mappings/dallas-2019.yaml
      release: "2019"                     # two releases of one agency and type are compared
    - descriptor: datasets/austin-2016.json   # fills in agency, type, mapping and period
      files: data/austin-2016.csv

Exit codes:
  0  the scorecard was written
  2  usage or input error: a manifest with mistakes (each at its line), a file that does not exist`;

interface CompareArgs {
  target: string;
  format?: CompareFormat;
  output?: string;
  title?: string;
  workers?: number;
  quiet: boolean;
}

function builder(yargs: Argv): Argv {
  return yargs
    .positional('target', {
      describe: 'A comparison manifest (.yaml or .json), or a folder of dataset descriptors',
      type: 'string',
    })
    .option('format', {
      alias: 'f',
      describe:
        'markdown, html (a self-contained page), csv (one long table) or json [default: from --output, else markdown]',
      choices: COMPARE_FORMATS,
      requiresArg: true,
    })
    .option('output', {
      alias: 'o',
      describe: 'File to write (--output=- for stdout)',
      type: 'string',
      requiresArg: true,
    })
    .option('title', { describe: "The scorecard's title (default: the manifest's)", type: 'string', requiresArg: true })
    .option('workers', {
      describe: 'Worker threads for CSV files of 16 MB or more; 0 validates in one thread',
      type: 'number',
      requiresArg: true,
    })
    .option('quiet', { alias: 'q', describe: 'No progress bar', type: 'boolean', default: false })
    .group(['workers'], 'Input:')
    .group(['format', 'output', 'title', 'quiet'], 'Output:')
    .epilog(EXAMPLES);
}

export function renderScorecard(card: Scorecard, format: CompareFormat): string {
  switch (format) {
    case 'html':
      return renderScorecardHtml(card);
    case 'csv':
      return renderScorecardCsv(card);
    case 'json':
      return `${JSON.stringify(card, null, 2)}\n`;
    default:
      return renderScorecardMarkdown(card);
  }
}

export async function runCompare(args: CompareArgs, context: CommandContext): Promise<number> {
  const { io } = context;
  const format = chooseFormat(COMPARE_FORMATS, args.format, args.output, 'markdown');
  const workers = checkWorkers(args.workers);
  const plan = await planComparison(resolve(io.cwd, args.target), {
    shownFrom: io.cwd,
    expand: (patterns, base, shownFrom) => expandFiles(patterns, base, shownFrom),
  });
  const card = await compareSources(plan, {
    ...(args.title ? { title: args.title } : {}),
    ...(workers !== undefined ? { workers } : {}),
    onFile: (file) => createProgressBar(io.stderr, file.name, !args.quiet),
  });
  writeOutput(renderScorecard(card, format), args.output, io);
  if (!args.quiet && args.output && args.output !== '-') {
    io.stderr.write(`Scorecard of ${card.sources.length} datasets written to ${args.output}.\n`);
  }
  return EXIT_OK;
}

export function compareCommand(context: CommandContext): CommandModule {
  return {
    command: 'compare <target>',
    describe: "Set many agencies' datasets side by side: a scorecard of levels, scores and field coverage",
    builder,
    handler: async (argv) => {
      const args = argv as unknown as CompareArgs;
      context.setExitCode(
        await runCompare(
          {
            target: String(args.target),
            quiet: Boolean(last(args.quiet)),
            ...(last(args.format) ? { format: last(args.format) as CompareFormat } : {}),
            ...(last(args.output) ? { output: last(args.output) as string } : {}),
            ...(last(args.title) ? { title: last(args.title) as string } : {}),
            ...(last(args.workers) !== undefined ? { workers: last(args.workers) as number } : {}),
          },
          context,
        ),
      );
    },
  };
}
