// Words and numbers the page shows: sizes, counts, progress, and the names of downloaded files.

const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

export function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}

export interface ProgressFigures {
  rows: number;
  bytesRead: number;
  totalBytes?: number;
}

/** Share of the file read, 0..1, or undefined when the size is not known. */
export function progressShare(progress: ProgressFigures): number | undefined {
  if (!progress.totalBytes) return undefined;
  return Math.min(1, progress.bytesRead / progress.totalBytes);
}

export function progressText(progress: ProgressFigures): string {
  const read = progress.totalBytes
    ? `${formatBytes(progress.bytesRead)} of ${formatBytes(progress.totalBytes)}`
    : formatBytes(progress.bytesRead);
  return `${plural(progress.rows, 'row')} checked, ${read} read`;
}

/** `stops.csv` + `report.html` → `stops.policedata-report.html`; the data file's extension is dropped. */
export function downloadName(fileName: string, suffix: string): string {
  const base = fileName.replace(/\.gz$/i, '').replace(/\.[^./\\]+$/, '') || 'dataset';
  return `${base}.${suffix}`;
}
