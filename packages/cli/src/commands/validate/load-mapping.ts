// Reads a mapping file for --mapping or a config dataset. A mapping with mistakes throws core's
// MappingError, which lists every problem at its line and column.
import { readFileSync } from 'node:fs';
import { type MappingFile, parseMapping } from '@policedata/core';
import { CliError } from '../../errors.js';

export function loadMapping(path: string, name: string): MappingFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such mapping file: ${name}. Check the path to the mapping.`);
    if (code === 'EISDIR') throw new CliError(`${name} is a directory: give the mapping file (.yaml or .json).`);
    throw new CliError(`cannot read the mapping file ${name} (${code ?? 'unknown error'}).`);
  }
  return parseMapping(text, name);
}
