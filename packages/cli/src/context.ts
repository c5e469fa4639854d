// What every command gets: the run's streams and a way to set the exit code (only `main` exits).
import type { Io } from './io.js';

export interface CommandContext {
  io: Io;
  setExitCode(code: number): void;
}
