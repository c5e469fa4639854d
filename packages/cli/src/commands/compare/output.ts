// Where `compare` and `diff` write: one format, to a file (its extension chooses the format when
// --format is not given) or to stdout.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { CliError, cannotWrite } from '../../errors.js';
import type { Io } from '../../io.js';

const EXTENSIONS: Record<string, string> = {
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
};

/** The format asked for, else the output file's extension's, else `fallback`. */
export function chooseFormat<F extends string>(
  formats: readonly F[],
  format: F | undefined,
  output: string | undefined,
  fallback: F,
): F {
  if (format) return format;
  if (!output || output === '-') return fallback;
  const byExtension = EXTENSIONS[extname(output).toLowerCase()] as F | undefined;
  if (byExtension && formats.includes(byExtension)) return byExtension;
  throw new CliError(`cannot tell the format of ${output} from its extension: give --format (${formats.join(', ')}).`);
}

export function writeOutput(text: string, output: string | undefined, io: Io): void {
  if (!output || output === '-') {
    io.stdout.write(text);
    return;
  }
  const path = resolve(io.cwd, output);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw cannotWrite(output, error, '--output');
  }
}

/** A flag given twice arrives as an array; the last one wins. */
export const last = <T>(value: T | T[] | undefined): T | undefined =>
  Array.isArray(value) ? value[value.length - 1] : value;
