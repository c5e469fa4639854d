// Sends each requested rendering to its destination: a file (never coloured, parent folders made)
// or stdout (coloured when the terminal allows, summary only with --quiet).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PLAIN_STYLE, type Report } from '@policedata/core';
import type { Destination } from '../commands/validate/args.js';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import { type RenderOptions, renderReports } from './render-reports.js';

export function writeOutputs(
  reports: readonly Report[],
  destinations: readonly Destination[],
  io: Io,
  options: RenderOptions,
): void {
  for (const destination of destinations) {
    if (destination.path === undefined) {
      io.stdout.write(renderReports(reports, destination.format, { cwd: io.cwd, ...options }));
      continue;
    }
    const path = resolve(io.cwd, destination.path);
    const text = renderReports(reports, destination.format, {
      cwd: io.cwd,
      ...options,
      style: PLAIN_STYLE,
      summaryOnly: false,
    });
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'an error';
      throw new CliError(`cannot write ${destination.path} (${code}). Check the --output path and its permissions.`);
    }
  }
}
