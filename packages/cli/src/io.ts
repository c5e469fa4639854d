// The outside world of one CLI run (streams, environment, working directory), passed in rather than
// read from `process` so that tests can run commands in-process and read what they printed.
import { realpathSync } from 'node:fs';

export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: workingDirectory() };
}

/**
 * The working directory as the user's shell names it: `process.cwd()` resolves symbolic links, so
 * paths the user typed under a linked folder would otherwise come out as `../../elsewhere/...`.
 */
function workingDirectory(): string {
  const cwd = process.cwd();
  const pwd = process.env.PWD;
  try {
    if (pwd && realpathSync(pwd) === cwd) return pwd;
  } catch {
    // PWD names a folder that no longer exists: use the resolved one.
  }
  return cwd;
}
