// Text for XML 1.0 (JUnit reports): control and bidi characters become visible escapes (XML cannot
// hold most control characters at all), then markup characters become entities.
import { escapeTerminal } from './escape.js';

// Code points XML 1.0 forbids that escapeTerminal leaves: lone surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** One line of text, safe in an XML attribute or element. */
export function escapeXml(text: string, max = Number.MAX_SAFE_INTEGER): string {
  return escapeTerminal(text, max)
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
