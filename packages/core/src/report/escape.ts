// Cell values are untrusted: these make them safe to show in a terminal, in Markdown and in HTML.

const MAX_SHOWN = 120;

function shorten(text: string, max = MAX_SHOWN): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Control characters (including ESC, which starts terminal escape sequences) become visible escapes. */
export function escapeTerminal(text: string, max = MAX_SHOWN): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return shorten(text, max).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Text for Markdown prose or a table cell: no HTML, no emphasis, links or table breaks from data. */
export function escapeMarkdown(text: string, max = MAX_SHOWN): string {
  return (
    escapeTerminal(text, max)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Brackets are escaped, so parentheses cannot make a link: they stay readable, `(row 4)`.
      .replace(/([\\`*_{}[\]#+!|~])/g, '\\$1')
  );
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
