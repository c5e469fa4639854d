// Test helpers: an in-memory Io that records what a command printed, and paths to shared data.
import { join } from 'node:path';
import type { Io } from '../src/io.js';

export const repoRoot = join(import.meta.dirname, '../../..');
/** Real published files (see ../shared/data/SOURCES.md); CI has them beside the clone. */
export const sharedData = join(repoRoot, '../shared/data');
export const fixtures = join(import.meta.dirname, 'fixtures');

export interface MemoryIo extends Io {
  out(): string;
  err(): string;
}

export function memoryIo(cwd = repoRoot, options: { tty?: boolean; env?: Record<string, string> } = {}): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: { write: (text: string) => out.push(text), isTTY: options.tty ?? false, columns: 100 },
    stderr: { write: (text: string) => err.push(text), isTTY: options.tty ?? false, columns: 100 },
    env: options.env ?? {},
    cwd,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
