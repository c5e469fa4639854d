// Turns file arguments and globs into the list of files to validate, failing early (before any file
// is read) with one line for a path that does not exist, a directory, or a glob that matches nothing.
import { accessSync, constants, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { STDIN_PATH } from '@policedata/core/node';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from '../errors.js';

/** A file to validate: `path` to read, `name` as shown to the user (relative, as given). */
export interface InputFile {
  path: string;
  name: string;
}

function checkFile(name: string, path: string): void {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch {
    throw new CliError(
      `no such file: ${name}. Check the path, or quote a glob ("data/*.csv") to let policedata expand it.`,
    );
  }
  if (stats.isDirectory()) {
    throw new CliError(`${name} is a directory: give the files in it, for example "${name.replace(/\/$/, '')}/*.csv".`);
  }
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new CliError(`cannot read ${name}: permission denied. Check the file's permissions.`);
  }
}

/**
 * Expands `patterns` (paths or globs) relative to `base`; `shownFrom` is the directory names are
 * shown relative to. Keeps the order given, without duplicates.
 */
export async function expandFiles(patterns: readonly string[], base: string, shownFrom = base): Promise<InputFile[]> {
  const files = new Map<string, InputFile>();
  const nameOf = (given: string, path: string) => (base === shownFrom ? given : relative(shownFrom, path));
  for (const pattern of patterns) {
    if (pattern === STDIN_PATH || pattern === '-') {
      // Standard input (`-`), read once and copied as it streams (see openFileSource).
      if (process.stdin.isTTY) {
        throw new CliError(
          '"-" reads the file from standard input, which is a terminal here: pipe the file in (my-export | policedata validate -) or give its path.',
        );
      }
      files.set(STDIN_PATH, { path: STDIN_PATH, name: 'stdin' });
      continue;
    }
    if (!isDynamicPattern(pattern)) {
      const path = resolve(base, pattern);
      checkFile(nameOf(pattern, path), path);
      if (!files.has(path)) files.set(path, { path, name: nameOf(pattern, path) });
      continue;
    }
    const matches = (await glob(pattern, { cwd: base, onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0) {
      const where = base === shownFrom ? '' : ` (relative to ${relative(shownFrom, base) || '.'})`;
      throw new CliError(`no files match "${pattern}"${where}. Check the pattern and that the files are there.`);
    }
    for (const match of matches) {
      const path = resolve(base, match);
      if (!files.has(path)) files.set(path, { path, name: nameOf(match, path) });
    }
  }
  return [...files.values()];
}
