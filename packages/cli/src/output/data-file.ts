// A data file written piece by piece as rows are read (normalize): synchronous writes keep memory
// bounded without back-pressure, and the text goes to a temporary file beside the target that is
// renamed over it only once complete, so a failed run never leaves half a file under the real name.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cannotWrite } from '../errors.js';

export interface DataFile {
  write(text: string): void;
  /** Moves the finished file into place. */
  commit(): void;
  /** Removes the unfinished file (after an error). */
  discard(): void;
}

export function openDataFile(path: string, shownAs: string): DataFile {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const fail = (error: unknown): never => {
    throw cannotWrite(shownAs, error, '--out');
  };
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(temporary, 'w');
  } catch (error) {
    fail(error);
  }
  const close = () => {
    if (fd === undefined) return;
    closeSync(fd);
    fd = undefined;
  };
  return {
    write(text) {
      try {
        const bytes = Buffer.from(text, 'utf8');
        for (let done = 0; done < bytes.length; ) done += writeSync(fd as number, bytes, done);
      } catch (error) {
        fail(error);
      }
    },
    commit() {
      try {
        close();
        renameSync(temporary, path);
      } catch (error) {
        fail(error);
      }
    },
    discard() {
      try {
        close();
      } finally {
        rmSync(temporary, { force: true });
      }
    },
  };
}
