// The command line: commands, global flags and how yargs reports a usage mistake (as a CliError, so
// `main` prints it once, as one line, with exit code 2).
import { readFileSync } from 'node:fs';
import { didYouMean } from '@policedata/core';
import yargs, { type Argv } from 'yargs';
import { compareCommand } from './commands/compare/command.js';
import { diffCommand } from './commands/compare/diff.js';
import { explainCommand } from './commands/explain.js';
import { mapCommand } from './commands/map.js';
import { normalizeCommand } from './commands/normalize/command.js';
import { schemasCommand } from './commands/schemas.js';
import { validateCommand } from './commands/validate/command.js';
import type { CommandContext } from './context.js';
import { CliError } from './errors.js';
import { EXIT_CODES_HELP } from './help.js';

const COMMANDS = ['validate', 'map', 'normalize', 'compare', 'diff', 'schemas', 'explain'];
/** What each command takes, for the message about an argument too many. */
const TAKES: Record<string, string> = {
  map: 'one file',
  normalize: 'one file',
  compare: 'one manifest, folder or set of reports',
  diff: 'two reports',
  schemas: 'one dataset type',
  explain: 'one finding code',
};

export const CLI_VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** yargs' message, made one line, with a did-you-mean for a mistyped flag and where to read more. */
export function usageMessage(message: string, knownOptions: readonly string[], argv: readonly string[]): string {
  let text = message.replace(/\s*\n\s*/g, ' ').trim();
  const unknown = /^Unknown arguments?: (.+)$/.exec(text)?.[1]?.split(', ');
  const invalid = /^Invalid values: Argument: (\S+), Given: "?([^"]*)"?, Choices: (.+)$/.exec(text);
  const missing = /^Not enough arguments following: (\S+)$/.exec(text)?.[1];
  if (missing) text = `--${kebab(missing)} needs a value.`;
  const required = /^Missing required arguments?: (.+)$/.exec(text)?.[1];
  if (required)
    text = `${required
      .split(', ')
      .map((name) => `--${kebab(name)}`)
      .join(' and ')} is required.`;
  if (/^Not enough non-option arguments/.test(text)) text = 'give the file to read.';
  if (invalid) {
    const [, name = '', given = '', choices = ''] = invalid;
    const allowed = choices.split(', ').map((choice) => choice.replace(/"/g, ''));
    text = `--${kebab(name)} takes ${allowed.join(', ')}, not "${given}".${didYouMean(given, allowed)}`;
  }
  if (unknown) {
    // yargs names unknown flags camelCased (strip-dashed); show them as typed.
    const words = [...new Set(unknown.map((word) => kebab(word.replace(/^-+/, ''))))];
    const flags = words.map((word) => `--${word}`).join(', ');
    const first = argv.find((arg) => !arg.startsWith('-'));
    const noCommand = !argv.some((arg) => COMMANDS.includes(arg));
    // `policedata valdate f.csv`: the first word is a mistyped command, whatever follows it.
    if (noCommand && first !== undefined) words.splice(0, words.length, kebab(first));
    const isCommand = words.length === 1 && noCommand;
    // A word typed without dashes is an extra file, not a mistyped option.
    const commandName = argv.find((arg) => COMMANDS.includes(arg));
    const extra = unknown.filter((word) => argv.includes(word));
    text = isCommand
      ? `unknown command "${words[0]}".${didYouMean(words[0] ?? '', COMMANDS)}`
      : extra.length > 0
        ? `unexpected argument${extra.length > 1 ? 's' : ''} ${extra.map((word) => `"${word}"`).join(', ')}: ${commandName ?? 'this command'} takes ${TAKES[commandName ?? ''] ?? 'one file'}.`
        : `unknown option ${flags}.${didYouMean(words[0] ?? '', knownOptions.map(kebab)).replace(/"([^"]+)"/, '"--$1"')}`;
  }
  const command = argv.find((arg) => COMMANDS.includes(arg));
  return `${text} Run \`policedata ${command ? `${command} ` : ''}--help\` for the options.`;
}

export function createCli(argv: readonly string[], context: CommandContext): Argv {
  const cli = yargs([...argv]);
  return cli
    .scriptName('policedata')
    .usage('policedata <command> [options]\n\nCheck US police open data against the policedata standard.')
    .parserConfiguration({ 'greedy-arrays': false })
    .command(validateCommand(context))
    .command(mapCommand(context))
    .command(normalizeCommand(context))
    .command(compareCommand(context))
    .command(diffCommand(context))
    .command(schemasCommand(context))
    .command(explainCommand(context))
    .option('color', {
      describe: 'Colour the output (--no-color, or NO_COLOR, turns it off; off when piped)',
      type: 'boolean',
      global: true,
    })
    .option('debug', { describe: 'Show the stack trace of an error', type: 'boolean', global: true })
    .demandCommand(1, 'give a command: validate, map, normalize, compare, diff, schemas or explain.')
    .strict()
    .version(CLI_VERSION)
    .help()
    .alias('help', 'h')
    .alias('version', 'V')
    .example('$0 validate data/stops.csv', 'Check a file and see what to fix')
    .example('$0 map data/stops.csv -o mapping.yaml', 'Write a starting mapping file to edit')
    .example('$0 normalize stops.csv -m map.yaml --out out.csv', "The file in the standard's shape")
    .example('$0 compare manifest.yaml -o scorecard.html', "Many agencies' datasets side by side")
    .example('$0 diff old.json new.json', 'What changed between two releases')
    .example('$0 schemas use-of-force', 'The fields of a dataset type')
    .example('$0 explain unmapped_code', 'What a finding means')
    .epilog(`${EXIT_CODES_HELP}\n\nRun \`policedata <command> --help\` for a command's options.`)
    .wrap(Math.min(110, cli.terminalWidth() || 100))
    .exitProcess(false)
    .fail((message, error) => {
      // yargs reports some usage mistakes (a flag without its value) as a YError rather than a message.
      if (error && error.name !== 'YError') throw error;
      // getOptions() (the options of the command being parsed) is public in yargs but not in @types/yargs.
      const options = (cli as unknown as { getOptions(): { key: Record<string, unknown> } }).getOptions();
      const known = Object.keys(options.key ?? {});
      throw new CliError(usageMessage(message ?? error?.message ?? '', known, argv));
    });
}
