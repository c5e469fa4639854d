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

/** One line for a file that could not be written: what happened, in words, and what to check. */
export function cannotWrite(shown: string, error: unknown, flag: string): CliError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why: Record<string, string> = {
    EEXIST: 'a file stands where a folder of the path should be',
    ENOTDIR: 'a file stands where a folder of the path should be',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOSPC: 'the disk is full',
    EROFS: 'the file system is read-only',
  };
  const reason = why[code] ?? (code || 'an unknown error');
  return new CliError(`cannot write ${shown}: ${reason}. Check the ${flag} path.`);
}
