// A normalized file is in the standard's shape: validated again (as CSV, NDJSON or a JSON array),
// it must give the errors, level and score of the published file with its mapping, and read every
// list field back as a list, not as text that fails the code list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blobByteSource, normalizeSource, parseMapping, type Report, validateSource } from '@policedata/core';
import { fileByteSource, validateFile } from '@policedata/core/node';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const SOURCES = [
  ['stops/seattle-terry-stops.csv', 'seattle-stops-2015-2017.yaml'],
  ['complaints/indianapolis-2019-12.csv', 'indianapolis-complaints-2019-12.yaml'],
  ['use-of-force/dallas-2019.csv', 'dallas-use-of-force-2019.yaml'],
  // force_type is empty in every row: written as null, it stays a column of the file.
  ['use-of-force/lincoln-2014-2016.csv', 'lincoln-use-of-force-2014-2016.yaml'],
] as const;

const verdict = (report: Report) => ({
  rows: report.rows,
  level: report.conformance.level,
  score: report.conformance.score,
  errors: report.summary.error,
});

async function normalized(file: string, mappingPath: string, format: 'csv' | 'ndjson') {
  const mapping = parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath);
  const parts: string[] = [];
  const { report } = await normalizeSource(fileByteSource(file), {
    mapping,
    format,
    write: (text) => parts.push(text),
  });
  return { report, text: parts.join('') };
}

describe.each(SOURCES)('%s normalized and validated again', (name, mappingName) => {
  const file = join(root, '../shared/data', name);
  const mappingPath = join(root, 'examples/mappings', mappingName);

  it.each(['csv', 'ndjson', 'json'] as const)('as %s: same errors, level and score', async (as) => {
    const { report, text } = await normalized(file, mappingPath, as === 'csv' ? 'csv' : 'ndjson');
    const body = as === 'json' ? `[${text.trimEnd().split('\n').join(',\n')}]` : text;
    const type = report.dataset.type ?? '';
    const again = await validateSource(blobByteSource(new Blob([body]), `normalized.${as}`), { type });
    // Cells that could not be read are written empty (their text kept in raw_ columns), so their
    // errors do not come back; every other finding does.
    const unreadable = new Set([
      'invalid_number',
      'invalid_date',
      'invalid_time',
      'invalid_datetime',
      'invalid_boolean',
      'invalid_age_range',
      'unmapped_code',
    ]);
    // A required field whose cell could not be read is empty once normalized: required_value_missing
    // then counts it, where the source counted the unreadable cell.
    const count = (r: Report, codes: (code: string) => boolean) =>
      r.findings.filter((g) => g.severity === 'error' && codes(g.code)).reduce((sum, g) => sum + g.count, 0);
    const errorsBut = (r: Report) =>
      r.findings
        .filter((g) => g.severity === 'error' && !unreadable.has(g.code) && g.code !== 'required_value_missing')
        .map((g) => [g.code, g.count]);
    expect(errorsBut(again)).toEqual(errorsBut(report));
    const missing = (code: string) => code === 'required_value_missing';
    expect(count(again, missing)).toBeGreaterThanOrEqual(count(report, missing));
    expect(count(again, missing)).toBeLessThanOrEqual(count(report, (code) => missing(code) || unreadable.has(code)));
    expect(again.rows).toBe(report.rows);
    expect(again.conformance.level).toBe(report.conformance.level);
    const codes = again.findings.map((group) => group.code);
    expect(codes).not.toContain('nested_value');
    expect(codes).not.toContain('unmapped_code');
    expect(verdict(report)).toEqual(
      verdict(await validateFile(file, { mapping: parseMapping(readFileSync(mappingPath, 'utf8'), mappingPath) })),
    );
  });
});
