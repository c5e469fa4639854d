// Safe pieces of YAML text for files written from untrusted cell values: a scalar that reads back
// as exactly the same string, and a comment that stays on its line whatever the value holds.

/**
 * Characters YAML does not allow unescaped (DEL, C1 controls, non-characters), that some readers
 * take as line breaks, or that reorder what an editor shows (bidirectional controls).
 */
const UNSAFE = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff\ufffe\uffff]/g;

const escapeUnsafe = (json: string) =>
  json.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Words a YAML 1.1 or 1.2 reader would take for null, a boolean or a number. */
const RESERVED = /^(?:null|~|true|false|yes|no|on|off|y|n|[-+]?\.?(?:inf|nan))$/i;
const PLAIN = /^[A-Za-z_][A-Za-z0-9_ ./()&'-]*$/;

/**
 * `text` as a YAML scalar: plain when that reads back as the same string (`White`, `Black or
 * African American`), else double-quoted with JSON escapes (a valid YAML double-quoted scalar).
 */
export function yamlString(text: string): string {
  if (PLAIN.test(text) && !text.endsWith(' ') && !RESERVED.test(text)) return text;
  return escapeUnsafe(JSON.stringify(text));
}

/** `text` quoted for a comment: JSON escapes keep line breaks and control characters visible and inert. */
export function quoted(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return escapeUnsafe(JSON.stringify(shown));
}

/** A comment (`# text`), forced onto one line. */
export function yamlComment(text: string): string {
  return `# ${text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')}`;
}

/** Thousands separators, as reports write counts. */
export { formatCount as count, plural } from '../report/format.js';
