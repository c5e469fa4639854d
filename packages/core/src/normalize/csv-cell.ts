// Writing one cell of a CSV file: quoting (RFC 4180) and the defence against formula injection.
// A spreadsheet program opening a CSV runs a cell that starts with `=`, `+`, `-` or `@` as a
// formula (`=cmd|' /C calc'!A0`), and a leading tab or carriage return can hide such a start. As
// OWASP recommends, such a text cell is written with a single quote in front (`'=cmd…`), which
// spreadsheets show as text; the value is otherwise unchanged, so removing one leading `'` from a
// cell that starts with `'` followed by one of those characters gives it back. A cell that is a
// plain number (`-86.15`, `+1`, `-9`) is left alone: spreadsheets read it as a number, never a formula.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
// A cell starting with `'` is quoted too: a file whose cells look wrapped in single quotes and has
// no double-quoted cell could otherwise be read as single-quoted CSV (the engine's own sniffing does).
const NEEDS_QUOTES = /^'|[",\r\n]/;

/** `text` with a leading `'` when a spreadsheet would run it as a formula. */
export function defendFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Undoes `defendFormula`, for readers of a normalized file that want the value as published. */
export function undefendFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) && !PLAIN_NUMBER.test(text.slice(1))
    ? text.slice(1)
    : text;
}

/** One CSV cell: quoted when it holds a comma, a double quote or a line break, or starts with `'`. */
export function csvCell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
