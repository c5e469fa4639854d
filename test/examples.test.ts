// Every dataset type ships a valid and an invalid example in the standard's own shape; the valid one
// passes its schema and every error planted in the invalid one is caught.
import { join } from 'node:path';
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
