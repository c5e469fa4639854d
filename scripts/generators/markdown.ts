// Small GitHub-flavoured Markdown helpers for the documentation generators. Everything that lands in a
// table cell goes through `cell`, so a stray `|` or line break in a schema never breaks a table.
import { GENERATED_HEADER } from './types.js';

/** First line of every generated Markdown file. */
export const generatedComment = `<!-- ${GENERATED_HEADER} -->`;

/** An inline code span that survives backticks in the value. */
export function code(value: string): string {
  const longestRun = Math.max(0, ...[...value.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = longestRun > 0 || value.startsWith(' ') || value.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** Code spans joined by commas: how aliases and short value lists are shown. */
export function codeList(values: readonly unknown[]): string {
  return values.map((value) => code(String(value))).join(', ');
}

/**
 * Prose written in the schemas: Markdown code spans are kept, but `<` outside them is escaped because
 * descriptions name placeholders like `<role>_race` that GitHub would otherwise swallow as HTML.
 */
export function prose(text: string): string {
  return text
    .split(/(`+[^`]*`+)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/</g, '&lt;')))
    .join('');
}

/** Makes text safe inside a table cell: pipes escaped (GitHub honours `\|` even in code spans). */
export function cell(text: string): string {
  return text
    .replace(/\r?\n+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** A GitHub table; every cell is escaped here so callers pass plain Markdown. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((value) => cell(value) || ' ').join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * The anchor GitHub gives a heading (as github-slugger does): lower case, punctuation other than
 * `-` and `_` dropped, spaces to hyphens. Backticks vanish with the rest of the punctuation.
 */
export function headingSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Joins blocks with one blank line and ends the file with a single newline. */
export function document(blocks: readonly (string | undefined | false)[]): string {
  return `${blocks.filter((block): block is string => typeof block === 'string' && block !== '').join('\n\n')}\n`;
}

/** `1 field`, `3 fields`. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** `Time` -> `time` for use mid-sentence; acronyms such as `FBI ORI` keep their capitals. */
export function lowerFirst(text: string): string {
  return /^[A-Z](?![A-Z0-9])/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

/** Ends prose with a full stop so text appended after it reads as its own sentence. */
export function sentence(text: string): string {
  return text === '' || /[.!?:)]$/.test(text) ? text : `${text}.`;
}

/** ` 0–120`, ` -90 to 90` (a dash after a minus sign misleads), ` ≥ 0`, or nothing. */
export function numberRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min < 0 ? ` ${min} to ${max}` : ` ${min}–${max}`;
  if (min !== undefined) return ` ≥ ${min}`;
  return max !== undefined ? ` ≤ ${max}` : '';
}
