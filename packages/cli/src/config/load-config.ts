// Finds the project config (given with --config, or in the current directory) and reads it: YAML or
// JSON (the YAML parser reads both, with line numbers for every problem).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { type Document, isMap, LineCounter, parseDocument } from 'yaml';
import { CliError } from '../errors.js';
import { checkConfig, type Locate } from './check-config.js';
import { CONFIG_FILE_NAMES, ConfigError, type ProjectConfig } from './config.js';

/** The config file in `cwd`, if there is one. */
export function findConfig(cwd: string): string | undefined {
  const found = CONFIG_FILE_NAMES.filter((name) => existsSync(resolve(cwd, name)));
  if (found.length > 1) {
    throw new CliError(`found both ${found.join(' and ')}: keep one config file, or choose one with --config.`);
  }
  return found[0] === undefined ? undefined : resolve(cwd, found[0]);
}

function locator(document: Document, lines: LineCounter, file: string): Locate {
  return (path, key) => {
    let node: unknown = path.length ? document.getIn(path, true) : document.contents;
    if (key !== undefined && isMap(node)) {
      node = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key)?.key ?? node;
    }
    const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
    if (offset === undefined) return `${file} (${path.join('.') || 'top'})`;
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
}

function readText(path: string, name: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such config file: ${name}. Check the path given to --config.`);
    throw new CliError(`cannot read the config file ${name} (${code ?? 'unknown error'}).`);
  }
}

/** Reads and checks a config file; throws `ConfigError` listing every problem. */
export function loadConfig(path: string, cwd: string): ProjectConfig {
  const name = relative(cwd, path) || path;
  const text = readText(path, name);
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new ConfigError(
      name,
      document.errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0]);
        return { where: `${name}:${line}:${col}`, message: error.message.split('\n')[0] ?? error.message };
      }),
    );
  }
  const data: unknown = document.toJS();
  const problems = checkConfig(data, locator(document, lines, name));
  if (problems.length > 0) throw new ConfigError(name, problems);
  return { path, dir: dirname(path), name, datasets: (data as Pick<ProjectConfig, 'datasets'>).datasets };
}
