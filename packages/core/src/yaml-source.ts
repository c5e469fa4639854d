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

/** The parsed document, or the syntax problems that stop it from being read (duplicate keys too). */
/** Alias uses a document may expand (the yaml library's default is 100). */
const MAX_ALIAS_COUNT = 100;

export function readYaml(text: string, file: string): YamlSource | { problems: Problem[] } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0]);
        return { where: `${file}:${line}:${col}`, message: error.message.split('\n')[0] ?? error.message };
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
