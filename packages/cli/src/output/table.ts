// A plain text table for the terminal: columns padded to their widest cell, the last column wrapped
// to the terminal's width so long lists (allowed values) stay readable.

export function wrapText(text: string, width: number): string[] {
  if (width < 10 || text.length <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `bold` paints the header row. */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  width = 100,
  bold: (text: string) => string = (text) => text,
): string {
  const last = headers.length - 1;
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (column === last ? 0 : (row[column] ?? '').length))),
  );
  const indent = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
  const lastWidth = Math.max(20, width - indent - 1);
  const format = (row: readonly string[]) => {
    const wrapped = wrapText(row[last] ?? '', lastWidth);
    const first = row
      .slice(0, last)
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ');
    const lines = [`${first}${last > 0 ? '  ' : ''}${wrapped[0] ?? ''}`];
    for (const more of wrapped.slice(1)) lines.push(`${' '.repeat(indent)}${more}`);
    return lines.map((line) => line.trimEnd()).join('\n');
  };
  return `${[bold(format(headers)), ...rows.map(format)].join('\n')}\n`;
}
