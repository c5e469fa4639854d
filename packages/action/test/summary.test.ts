import { join } from 'node:path';
import { judge } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { describe, expect, it } from 'vitest';
import type { Checked } from '../src/checked.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../src/summary.js';
import { REPO_ROOT } from './run-action.js';

async function check(path: string): Promise<Checked> {
  const report = await validateFile(join(REPO_ROOT, path), { fileName: path, workers: 0 });
  return { report, reasons: judge(report, { failOn: 'error', minLevel: 'none' }) };
}

const size = (text: string) => new TextEncoder().encode(text).length;

describe('the job summary', () => {
  it('keeps under GitHub 1 MiB limit: the table always, the details while they fit', async () => {
    const checked = [await check('examples/stops/invalid.csv'), await check('examples/arrests/invalid.csv')];
    const full = renderSummary(checked);
    expect(full.match(/<details>/g)).toHaveLength(2);
    expect(full).not.toContain('[!NOTE]');
    expect(SUMMARY_LIMIT_BYTES).toBeLessThan(1024 * 1024);

    // A limit with room for the table and one dataset's details: the second is named in a note.
    const firstBlock = full.slice(full.indexOf('<details>'), full.indexOf('<details>', full.indexOf('<details>') + 1));
    const limit = size(full.slice(0, full.indexOf('<details>'))) + size(firstBlock) + 2000;
    const cut = renderSummary(checked, limit);
    expect(size(cut)).toBeLessThanOrEqual(limit);
    expect(cut.match(/<details>/g)).toHaveLength(1);
    expect(cut).toContain('| ❌ | examples/arrests/invalid.csv |');
    expect(cut).toContain(
      'The findings of 1 dataset are left out of this summary, which GitHub limits to 1 MiB: examples/arrests/invalid.csv.',
    );

    const tiny = renderSummary(checked, 1000);
    expect(tiny).not.toContain('<details>');
    expect(tiny).toContain('The findings of 2 datasets are left out');
  });
});
