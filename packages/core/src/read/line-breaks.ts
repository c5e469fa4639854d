// Line breaks as the readers count them: LF, CRLF, or a lone CR (old Mac files).

/** Where the first line break at or after `from` is (the LF, or the CR of a CR or CRLF), or -1. */
export function lineBreakAt(text: string, from = 0): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  return lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
}

/** The text after its last line break. */
export function lineEnd(text: string): string {
  return text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
}

/** The text before its first line break. */
export function lineStart(text: string): string {
  const at = lineBreakAt(text);
  return at === -1 ? text : text.slice(0, at);
}
