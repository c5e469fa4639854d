// Reads a YAML or JSON document (the YAML parser reads both) with the line and column of every node,
// so that a mistake in a mapping file or a comparison manifest is reported where it is: `file:12:5`.
import { type Document, isMap, LineCounter, parseDocument } from 'yaml';
import type { Problem } from './errors.js';

export type Path = (string | number)[];

export interface YamlSource {
  data: unknown;
  /** Where the node at `path` (or the key `key` of the map at it) is: `file:line:col`. */
  where(path: Path, key?: string): string;
}

function locate(document: Document, lines: LineCounter, file: string, path: Path, key?: string): string {
  let node: unknown = path.length ? document.getIn(path, true) : document.contents;
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
    node = pair?.key ?? node;
  }
  const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
  if (offset === undefined) return `${file} (${['', ...path].join('/') || '/'})`;
  const { line, col } = lines.linePos(offset);
  return `${file}:${line}:${col}`;
}

/** Alias uses a document may expand (the yaml library's default is 100). */
const MAX_ALIAS_COUNT = 100;

/** The parsed document, or the syntax problems that stop it from being read (duplicate keys too). */

export function readYaml(text: string, file: string): YamlSource | { problems: Problem[] } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    // One wrongly indented line makes every line after it in its block "badly indented": the first
    // says it all, with the line above it, which is as likely to be the wrong one.
    // And the first error on a line is the cause of the others there.
    const firstIndent = document.errors.findIndex((error) => error.code === 'BAD_INDENT');
    const seen = new Set<number>();
    const errors = document.errors.filter((error, index) => {
      const line = lines.linePos(error.pos[0]).line;
      if (seen.has(line) || (error.code === 'BAD_INDENT' && index !== firstIndent)) return false;
      seen.add(line);
      return true;
    });
    return {
      problems: errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0]);
        const message =
          error.code === 'BAD_INDENT' ? indentMessage(text, line) : (error.message.split('\n')[0] ?? error.message);
        return { where: `${file}:${line}:${col}`, message };
      }),
    };
  }
  let data: unknown;
  try {
    // Bounded: aliases that would expand past the library's limit (a "billion laughs" file) throw.
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        {
          where: file,
          message: /alias/i.test(message)
            ? 'its aliases (*name) expand too far: write the values out instead of repeating them through aliases'
            : message,
        },
      ],
    };
  }
  return { data, where: (path, key) => locate(document, lines, file, path, key) };
}

/** A JSON pointer from ajv (`/sources/0/files`) as a path. */
export function pathOfPointer(pointer: string): Path {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Says how line `at` (1-based) is indented against the nearest line above it that holds a value. */
function indentMessage(text: string, at: number): string {
  const all = text.split(/\r\n|\n|\r/);
  const indent = (line: string) => (/^[ \t]*/.exec(line)?.[0] ?? '').length;
  const here = indent(all[at - 1] ?? '');
  for (let above = at - 1; above >= 1; above--) {
    const line = all[above - 1] ?? '';
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const there = indent(line);
    if (there === here) break;
    const spaces = (n: number) => `${n} ${n === 1 ? 'space' : 'spaces'}`;
    return `this line is indented by ${spaces(here)} and line ${above} above it by ${spaces(there)}: entries of one block must start at the same column (one of the two is off; indent with spaces, not tabs)`;
  }
  return 'the indentation does not match the block this line is in: entries of one block must start at the same column (indent with spaces, not tabs)';
}
