// Errors the CLI raises for things a user can fix. Each carries its exit code; `main` turns it into
// one line on stderr, once, so commands never print errors or exit themselves.

export const EXIT_OK = 0;
/** A file is not conformant at the requested bar (`--fail-on`, `--min-level`). */
export const EXIT_NOT_CONFORMANT = 1;
/** Usage or input error: a bad flag, a missing file, a bad mapping or config. */
export const EXIT_USAGE = 2;

export class CliError extends Error {
  override name = 'CliError';
  /** @param message one line: what is wrong and how to fix it. */
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}
