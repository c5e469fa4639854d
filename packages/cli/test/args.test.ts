// Argument handling: each flag's checks, output pairing, the bar, and yargs' messages made one line.
import type { Report } from '@policedata/core';
import { describe, expect, it } from 'vitest';
import { usageMessage } from '../src/cli.js';
import {
  checkCode,
  checkMaxSamples,
  checkType,
  checkWorkers,
  pairDestinations,
  parseLimits,
  parseSeverities,
} from '../src/commands/validate/args.js';
import { judge } from '../src/commands/validate/gate.js';
import { CliError } from '../src/errors.js';

describe('flag checks', () => {
  it('parses --limit name=value, with byte units for byte limits, into library options', () => {
    expect(
      parseLimits([
        'max-cell-chars=2_000_000',
        'max-workbook-bytes=200MB',
        'max_tracked_keys=5,000,000',
        'max-columns=20',
      ]),
    ).toEqual({
      limits: { maxCellChars: 2_000_000, maxWorkbookBytes: 200 * 1024 ** 2, maxColumns: 20 },
      maxTrackedKeys: 5_000_000,
    });
    expect(parseLimits(['max-decompressed-bytes=1.5GiB']).limits?.maxDecompressedBytes).toBe(1.5 * 1024 ** 3);
    expect(() => parseLimits(['max-cel-chars=10'])).toThrow(
      /unknown limit "max-cel-chars" in --limit\. Did you mean "max-cell-chars"\?.*max-json-depth/,
    );
    expect(() => parseLimits(['max-cell-chars=10MB'])).toThrow(
      /--limit max-cell-chars takes a whole number of characters of 1 or more, such as --limit max-cell-chars=2097152; not "max-cell-chars=10MB"\./,
    );
    expect(() => parseLimits(['max-columns=0'])).toThrow(/max-columns takes a whole number of columns/);
    expect(() => parseLimits(['max-columns'])).toThrow(/max-columns takes a whole number/);
    // A comma is a thousands separator only: 0,02MB is not 2 MB.
    expect(() => parseLimits(['max-workbook-bytes=0,02MB'])).toThrow(
      /max-workbook-bytes takes a whole number of bytes/,
    );
    expect(() => parseLimits(['max-cell-chars=1.5'])).toThrow(/max-cell-chars takes a whole number/);
  });

  it('accepts known dataset types and suggests the closest for a typo', () => {
    expect(checkType('stops')).toBe('stops');
    expect(() => checkType('stop')).toThrow(/unknown dataset type "stop"\. Did you mean "stops"\?.*policedata schemas/);
  });

  it('accepts known finding codes and names the flag for an unknown one', () => {
    expect(checkCode('unmapped_code', '--ignore')).toBe('unmapped_code');
    expect(() => checkCode('unmaped_code', '--ignore')).toThrow(
      /unknown finding code "unmaped_code" in --ignore\. Did you mean "unmapped_code"\?/,
    );
  });

  it('parses --severity code=level pairs', () => {
    expect(parseSeverities(['exact_address=info', ' pii_field = error '])).toEqual({
      exact_address: 'info',
      pii_field: 'error',
    });
    expect(() => parseSeverities(['exact_address'])).toThrow(/code=level/);
    expect(() => parseSeverities(['exact_address=low'])).toThrow(/not "exact_address=low"/);
    expect(() => parseSeverities(['exact_adress=info'])).toThrow(/in --severity\. Did you mean "exact_address"/);
  });

  it('takes whole numbers of samples', () => {
    expect(checkMaxSamples(undefined)).toBeUndefined();
    expect(checkMaxSamples(0)).toBe(0);
    expect(() => checkMaxSamples(Number.NaN)).toThrow(CliError);
    expect(() => checkMaxSamples(-1)).toThrow(/whole number/);
  });
});

describe('--format and --output', () => {
  it('defaults to text on stdout', () => {
    expect(pairDestinations([], [])).toEqual([{ format: 'text' }]);
  });

  it('pairs formats with outputs in order; a missing output or - is stdout', () => {
    expect(pairDestinations(['json', 'markdown'], ['r.json', 'r.md'])).toEqual([
      { format: 'json', path: 'r.json' },
      { format: 'markdown', path: 'r.md' },
    ]);
    expect(pairDestinations(['text', 'json'], ['-', 'r.json'])).toEqual([
      { format: 'text' },
      { format: 'json', path: 'r.json' },
    ]);
    expect(pairDestinations(['json', 'text'], ['r.json'])).toEqual([
      { format: 'json', path: 'r.json' },
      { format: 'text' },
    ]);
  });

  it('infers the format from the extension when no --format is given', () => {
    expect(pairDestinations([], ['a.json', 'b.md', 'c.txt'])).toEqual([
      { format: 'json', path: 'a.json' },
      { format: 'markdown', path: 'b.md' },
      { format: 'text', path: 'c.txt' },
    ]);
  });

  it('refuses two formats on stdout and more outputs than formats', () => {
    expect(() => pairDestinations(['text', 'json'], [])).toThrow(/both go to standard output/);
    expect(() => pairDestinations(['json'], ['a.json', 'b.json'])).toThrow(/2 --output files for 1 --format/);
  });
});

describe('the bar', () => {
  const report = (level: Report['conformance']['level'], error: number, warning: number) =>
    ({ conformance: { level }, summary: { error, warning, info: 0 } }) as unknown as Report;

  it('fails on errors by default, on warnings when asked, never with none', () => {
    expect(judge(report('good', 0, 3), { failOn: 'error', minLevel: 'none' })).toEqual([]);
    expect(judge(report('good', 2, 0), { failOn: 'error', minLevel: 'none' })).toEqual(['2 errors (fail-on error)']);
    expect(judge(report('good', 0, 1), { failOn: 'warning', minLevel: 'none' })).toEqual([
      '1 warning (fail-on warning)',
    ]);
    expect(judge(report('none', 9, 9), { failOn: 'none', minLevel: 'none' })).toEqual([]);
  });

  it('fails below the minimum level', () => {
    expect(judge(report('basic', 0, 0), { failOn: 'none', minLevel: 'good' })).toEqual([
      'level basic is below good (min-level good)',
    ]);
    expect(judge(report('complete', 0, 0), { failOn: 'none', minLevel: 'good' })).toEqual([]);
  });
});

describe('usage messages', () => {
  const known = ['type', 'mapping', 'fail-on', 'failOn', 'min-level', 'format'];

  it('suggests the flag meant, in the form typed', () => {
    expect(usageMessage('Unknown arguments: fial-on, fialOn', known, ['validate', '--fial-on', 'x'])).toBe(
      'unknown option --fial-on. Did you mean "--fail-on"? Run `policedata validate --help` for the options.',
    );
  });

  it('suggests a command', () => {
    expect(usageMessage('Unknown argument: valdate', known, ['valdate'])).toBe(
      'unknown command "valdate". Did you mean "validate"? Run `policedata --help` for the options.',
    );
  });

  it('makes invalid choices and missing values one line', () => {
    const message = 'Invalid values:\n  Argument: fail-on, Given: "warnings", Choices: "error", "warning", "none"';
    expect(usageMessage(message, known, ['validate'])).toBe(
      '--fail-on takes error, warning, none, not "warnings". Did you mean "warning"? Run `policedata validate --help` for the options.',
    );
    expect(usageMessage('Not enough arguments following: type', known, ['validate'])).toMatch(
      /^--type needs a value\./,
    );
  });
});

describe('--workers', () => {
  it('takes a whole number from 0 to 64', () => {
    expect(checkWorkers(undefined)).toBeUndefined();
    expect(checkWorkers(0)).toBe(0);
    expect(checkWorkers(2)).toBe(2);
    expect(() => checkWorkers(-1)).toThrow(/--workers takes a whole number/);
    expect(() => checkWorkers(1.5)).toThrow(/--workers takes a whole number/);
  });
});
