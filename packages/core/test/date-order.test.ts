// A date column every date of which reads both month first and day first is said once: the
// validator reads it month first, and nothing else would show a day-first file read wrongly.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMapping } from '../src/mapping/mapping-file.js';
import { validateFile } from '../src/node.js';

const dir = mkdtempSync(join(tmpdir(), 'policedata-dates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(dates: string[], mapping?: string) {
  const path = join(dir, 'stops.csv');
  writeFileSync(path, `stop_id,stop_date,subject_race\n${dates.map((date, i) => `S${i},${date},white`).join('\n')}\n`);
  const options = mapping ? { mapping: parseMapping(mapping, 'm.yaml') } : { type: 'stops' };
  const report = await validateFile(path, options);
  return report.findings.find((group) => group.code === 'date_order_ambiguous');
}

describe('date_order_ambiguous', () => {
  it('is said once for a column whose every date also reads day first, with the format to give', async () => {
    const found = await check(['03/04/2019', '05/06/2019', '01/01/2019', '12/11/2019']);
    expect(found).toMatchObject({ severity: 'warning', count: 1 });
    expect(found?.samples[0]).toMatchObject({
      line: 1,
      column: 'stop_date',
      field: 'stop_date',
      params: { example: '03/04/2019', dayFirst: expect.stringMatching(/^DD?\/MM?\/YYYY$/) },
    });
  });

  it('is not said when a day past 12 settles it, when every date is the same both ways, or for ISO dates', async () => {
    expect(await check(['03/04/2019', '05/16/2019'])).toBeUndefined();
    expect(await check(['03/03/2019', '01/01/2019'])).toBeUndefined();
    expect(await check(['2019-03-04', '2019-05-06'])).toBeUndefined();
  });

  it('is not said when the mapping gives the column its format', async () => {
    const mapping =
      'policedata_mapping: 1\ntype: stops\nfields:\n  stop_date: { column: stop_date, format: "DD/MM/YYYY" }\n';
    expect(await check(['03/04/2019', '05/06/2019'], mapping)).toBeUndefined();
    // Nor a format the mapping gives every date.
    const every = 'policedata_mapping: 1\ntype: stops\ndate_format: "DD/MM/YYYY"\nfields:\n  stop_date: stop_date\n';
    expect(await check(['03/04/2019', '05/06/2019'], every)).toBeUndefined();
  });

  it('names every form when dates are written in several, since a mapping gives one format per column', async () => {
    const found = await check(['03/04/2019', '05/06/2019 10:30', '04/03/2019']);
    expect(found?.samples[0]?.params?.dayFirst).toMatch(/, /);
    expect(found?.samples[0]?.message).toMatch(/several forms .* publish them in one form\.$/);
  });

  it('covers dashed dates written month first too (03-04-2019)', async () => {
    expect(await check(['03-04-2019', '05-06-2019'])).toMatchObject({ count: 1 });
  });
});
