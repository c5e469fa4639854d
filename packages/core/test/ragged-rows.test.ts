// A ragged row's values may sit under the wrong columns: it counts as a row with errors, in one
// pass and in parallel alike (the parallel path shares DataRowFilter.row).
import { describe, expect, it } from 'vitest';
import { blobByteSource } from '../src/index.js';
import { validateSource } from '../src/validate-source.js';

describe('ragged rows', () => {
  it('count as rows with errors, short or long, even when every mapped cell is valid', async () => {
    const text = [
      'stop_id,stop_date,subject_sex',
      '1,2019-06-14,male',
      '2,2019-06-15,female,extra',
      '3,2019-06-16',
      '4,2019-06-17,female',
    ].join('\n');
    const report = await validateSource(blobByteSource(new Blob([text]), 'ragged.csv'), {
      type: 'stops',
      asOf: '2025-01-01',
    });
    expect(report.rows).toBe(4);
    expect(report.findings.find((group) => group.code === 'ragged_row')?.samples.map((s) => s.line)).toEqual([3, 4]);
    // Line 3 is long with valid cells; line 4 is short (its subject_sex is missing as well).
    expect(report.invalid_rows).toBe(2);
  });
});
