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
  });
});
