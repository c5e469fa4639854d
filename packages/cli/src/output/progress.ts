// A progress bar on stderr while a long file is validated: percent by bytes, rows, and MB/s. Drawn
// only on a terminal, only once a file has taken a moment (short files never flicker), and at most
// ten times a second so drawing never slows the run.
import type { Progress } from '@policedata/core';
import type { OutStream } from '../io.js';

const SHOW_AFTER_MS = 300;
const REDRAW_MS = 100;
const BAR_WIDTH = 20;
/** Room the bar, percent, rows and speed take after the name. */
const STATS_WIDTH = 52;

export interface ProgressBar {
  update(progress: Progress): void;
  /** Clears the bar's line. */
  done(): void;
}

const silent: ProgressBar = { update: () => undefined, done: () => undefined };

export function progressLine(name: string, progress: Progress, elapsedMs: number): string {
  const share = progress.totalBytes ? Math.min(1, progress.bytesRead / progress.totalBytes) : undefined;
  const filled = Math.round((share ?? 0) * BAR_WIDTH);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  const percent = share === undefined ? '' : `${Math.floor(share * 100)}%`.padStart(4);
  const speed = elapsedMs > 0 ? progress.bytesRead / 1e6 / (elapsedMs / 1000) : 0;
  const again = progress.again ? '  (read again, in one pass)' : '';
  return `${name}  ${bar} ${percent}  ${progress.rows.toLocaleString('en-US')} rows  ${speed.toFixed(1)} MB/s${again}`;
}

export function createProgressBar(stream: OutStream, name: string, enabled: boolean, now = Date.now): ProgressBar {
  if (!enabled || stream.isTTY !== true) return silent;
  const started = now();
  /** When the file began to be read again from the start (MB/s counts from there). */
  let again: number | undefined;
  let lastDrawn = 0;
  let drawn = false;
  const room = Math.max(12, (stream.columns || 80) - STATS_WIDTH);
  const shown = name.length > room ? `…${name.slice(-(room - 1))}` : name;
  return {
    update(progress) {
      const time = now();
      if (progress.again && again === undefined) again = time;
      if (time - started < SHOW_AFTER_MS || time - lastDrawn < REDRAW_MS) return;
      lastDrawn = time;
      drawn = true;
      const line = progressLine(shown, progress, time - (again ?? started));
      const width = stream.columns || 80;
      stream.write(`\r\u001b[2K${line.slice(0, width - 1)}`);
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
