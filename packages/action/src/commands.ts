// The few workflow commands the action needs, written as GitHub documents them
// (https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions):
// inputs from INPUT_* variables, annotations on stdout, outputs and the summary appended to files.
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export type Env = Readonly<Record<string, string | undefined>>;

/** An input as the runner passes it: INPUT_<NAME upper-cased, spaces as _>, dashes kept. */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A YAML 1.2 boolean input; `fallback` when empty. */
export function getBooleanInput(env: Env, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new Error(`input ${name} must be true or false, not "${value}".`);
}

/**
 * A multi-line or comma-separated list input. Commas inside braces belong to a glob
 * (`data/{dallas,norwich}-2019.*`); for a file name with a comma of its own, write `?` for it.
 */
export function getListInput(env: Env, name: string): string[] {
  return getInput(env, name)
    .split(/\r?\n/)
    .flatMap(splitOutsideBraces)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
}

/** Splits at commas that are not inside `{...}`. */
function splitOutsideBraces(line: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      items.push(line.slice(from, i));
      from = i + 1;
    }
  }
  items.push(line.slice(from));
  return items;
}

/** Escapes a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property's value (also `:` and `,`, which separate properties). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type AnnotationKind = 'error' | 'warning' | 'notice';

export interface AnnotationProperties {
  file?: string;
  line?: number;
  title?: string;
}

/** `::error file=…,line=…,title=…::message` */
export function annotation(kind: AnnotationKind, message: string, properties: AnnotationProperties = {}): string {
  const parts: string[] = [];
  if (properties.file !== undefined) parts.push(`file=${escapeProperty(properties.file)}`);
  if (properties.line !== undefined && properties.line >= 1) parts.push(`line=${properties.line}`);
  if (properties.title !== undefined) parts.push(`title=${escapeProperty(properties.title)}`);
  const props = parts.length ? ` ${parts.join(',')}` : '';
  return `::${kind}${props}::${escapeData(message)}`;
}

/** Appends a `name<<delimiter` block to the file named by GITHUB_OUTPUT (safe for any value); no-op without it. */
export function setOutput(env: Env, name: string, value: string): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  let delimiter = 'ghadelimiter_policedata';
  while (value.includes(delimiter) || name.includes(delimiter)) delimiter += '_';
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends Markdown to the job summary; false when the runner gave no summary file. */
export function appendSummary(env: Env, markdown: string): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown, 'utf8');
  return true;
}
