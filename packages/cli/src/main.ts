// The one place that turns errors into messages and exit codes: a CliError or core error is one line
// (a mapping or config error, one line per problem), never a stack trace unless --debug.
import { PolicedataError } from '@policedata/core';
import { STDIN_PATH } from '@policedata/core/node';
import { createCli } from './cli.js';
import { CliError, EXIT_OK, EXIT_USAGE } from './errors.js';
import { type Io, processIo } from './io.js';

export function describeError(error: unknown, debug: boolean): string {
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  if (error instanceof CliError || error instanceof PolicedataError) return `policedata: ${error.message}${stack}\n`;
  const message = error instanceof Error ? error.message : String(error);
  const hint = debug ? '' : ' Run again with --debug to see where.';
  return `policedata: unexpected error: ${message}.${hint} Please report it with the command you ran.${stack}\n`;
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = EXIT_OK;
  const context = {
    io,
    setExitCode: (code: number) => {
      exitCode = code;
    },
  };
  try {
    await createCli(withStdoutDash(argv), context).parseAsync();
    return exitCode;
  } catch (error) {
    io.stderr.write(describeError(error, argv.includes('--debug')));
    return error instanceof CliError ? error.exitCode : EXIT_USAGE;
  }
}

/** Options that take a value: a `-` right after one of them is that value, not standard input. */
const TAKES_VALUE = new Set([
  '-o',
  '--output',
  '--out',
  '-f',
  '--format',
  '-m',
  '--mapping',
  '--type',
  '--config',
  '--delimiter',
  '--severity',
  '--ignore',
  '--limit',
  '--max-samples',
  '--workers',
  '--fail-on',
  '--min-level',
  '--sample-rows',
  '--out-format',
  '--title',
  '--old-mapping',
  '--new-mapping',
]);

/**
 * yargs drops a lone `-`. As the value of an option (`-o -`: standard output, as the help says) it
 * becomes `--option=-`; as a file (after the command or another file) it is standard input and
 * becomes `/dev/stdin`.
 */
function withStdoutDash(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if (arg === '--') {
      // The end of options: what follows is files (yargs would leave them out of the positionals).
      // `-` is standard input; a name that starts with `-` is made a path so it is not read as a flag.
      for (const file of argv.slice(i + 1))
        out.push(file === '-' ? STDIN_PATH : file.startsWith('-') ? `./${file}` : file);
      break;
    }
    if (next === '-' && TAKES_VALUE.has(arg)) {
      out.push(`${arg.startsWith('--') ? arg : arg === '-o' ? '--output' : arg}=-`);
      i += 1;
    } else out.push(arg === '-' ? STDIN_PATH : arg);
  }
  return out;
}
