// Sends each requested rendering to its destination: a file (never coloured, parent folders made)
// or stdout (coloured when the terminal allows, summary only with --quiet).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PLAIN_STYLE, type Report } from '@policedata/core';
import type { Destination } from '../commands/validate/args.js';
import { cannotWrite } from '../errors.js';
import type { Io } from '../io.js';
import { type RenderOptions, renderReports } from './render-reports.js';

const FORMAT_NAMES: Record<Destination['format'], string> = {
  text: 'text report',
  json: 'JSON report',
  markdown: 'Markdown report',
  html: 'HTML report',
  sarif: 'SARIF log',
  junit: 'JUnit XML',
};

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
      throw cannotWrite(destination.path, error, '--output');
    }
    // Said on stderr, so that stdout stays the report when it is piped.
    if (!options.summaryOnly)
      io.stderr.write(`Wrote the ${FORMAT_NAMES[destination.format]} to ${destination.path}.\n`);
  }
}
