// Text into HTML: every string that reaches the page goes through `text` (or `prose`). Control and
// bidi characters become visible escapes first, so a cell cannot hide or reorder what is shown.
import { escapeHtml, escapeTerminal } from '../escape.js';

const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** Escaped text; values longer than `max` characters are shortened with an ellipsis. */
export function text(value: string, max = NO_LIMIT): string {
  return escapeHtml(escapeTerminal(value, max));
}

/** Escaped text whose `backticked` words are shown as code (catalogue titles, fixes, messages). */
export function prose(value: string): string {
  return text(value).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** A heading of level `level` (capped at 6) with an id for aria-labelledby. */
export function heading(level: number, id: string, content: string, className?: string): string {
  const h = Math.min(Math.max(level, 1), 6);
  const cls = className ? ` class="${className}"` : '';
  return `<h${h} id="${id}"${cls}>${content}</h${h}>`;
}
