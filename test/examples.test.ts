// Every dataset type ships a valid and an invalid example in the standard's own shape; the valid one
// passes its schema and every error planted in the invalid one is caught.
import { join } from 'node:path';
import { validateFile } from '@policedata/core/node';
import { DATASET_TYPES } from '@policedata/schemas';
import { describe, expect, it } from 'vitest';
import { checkExamples } from '../scripts/examples/check-examples.js';

const results = checkExamples(join(import.meta.dirname, '../examples'));

describe('examples', () => {
  it.each([...DATASET_TYPES])('%s has a valid and an invalid example', (type) => {
    const files = results.filter((result) => result.type === type).map((result) => result.file);
    expect(files).toEqual([`examples/${type}/valid.csv`, `examples/${type}/invalid.csv`]);
  });

  it.each(results.map((result) => [result.file, result] as const))('%s behaves as planted', (file, result) => {
    expect(result.rows).toBeGreaterThan(0);
    if (file.endsWith('/valid.csv')) expect(result.errors).toEqual([]);
    else expect(result.errors.length).toBeGreaterThan(0);
    expect(result.missed).toEqual([]);
    expect(result.unexpected).toEqual([]);
  });
});

describe('examples through the engine', () => {
  // The engine reads a file in the standard's own CSV form without a mapping. A valid example has no
  // error; in an invalid one, errors fall only on lines with a planted error. (The engine is more
  // lenient than the schema about how a date or time is written, since it maps cities' formats.)
  it.each([...DATASET_TYPES])('%s', async (type) => {
    const valid = await validateFile(join(import.meta.dirname, `../examples/${type}/valid.csv`), { type });
    expect(valid.summary.error, JSON.stringify(valid.findings.filter((f) => f.severity === 'error'))).toBe(0);
    const invalid = await validateFile(join(import.meta.dirname, `../examples/${type}/invalid.csv`), {
      type,
      maxSamples: 1000,
    });
    const planted = new Set(
      results.find((result) => result.file === `examples/${type}/invalid.csv`)?.errors.map((e) => e.line),
    );
    const errorLines = invalid.findings
      .filter((group) => group.severity === 'error')
      .flatMap((group) => group.samples.map((sample) => sample.line))
      .filter((line): line is number => line !== undefined && line > 1);
    expect(errorLines.length).toBeGreaterThan(0);
    for (const line of errorLines)
      expect(planted, `an error on line ${line}, where nothing was planted`).toContain(line);
  });
});
