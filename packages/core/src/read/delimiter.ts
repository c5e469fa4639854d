// A CSV delimiter as people give it (in a mapping file, on the command line): one character, or
// the word `tab` (or `\\t`), never a quote or a line break.
import { PolicedataError } from '../errors.js';

/** A delimiter as given (one character, `tab` or `\\t`) as the character; throws for anything else. */
export function delimiterOf(given: string): string {
  const delimiter = given === 'tab' || given === '\\t' ? '\t' : given;
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new PolicedataError(
      `the delimiter must be one character (or tab), not a quote or a line break, not ${JSON.stringify(given)}`,
    );
  }
  return delimiter;
}
