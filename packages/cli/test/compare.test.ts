// `policedata compare` and `policedata diff` run in-process: a manifest or a folder of descriptors
// in, a scorecard out; two reports or two data files in, their differences out; every mistake one
// line (or one line per problem, at its place) with exit code 2.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { memoryIo, repoRoot } from './helpers.js';

async function run(argv: string[], cwd?: string) {
  const io = memoryIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const shootings = join(repoRoot, 'examples/data/indianapolis-officer-involved-shootings-2019-10-31.csv');
const shootingsMapping = join(repoRoot, 'examples/mappings/indianapolis-officer-involved-shootings-2019-10-31.yaml');

/** A folder with a dataset descriptor naming the example file (`data`) and its mapping. */
function descriptorFolder(extra: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'policedata-descriptors-'));
  const descriptor = JSON.parse(
    readFileSync(join(repoRoot, 'examples/dataset/indianapolis-officer-involved-shootings-2019-10-31.json'), 'utf8'),
  );
  writeFileSync(
    join(dir, 'impd-ois.json'),
    JSON.stringify({ ...descriptor, data: shootings, mapping: shootingsMapping, ...extra }),
  );
  return dir;
}

describe('policedata compare', () => {
  it('reads a folder of descriptors through their data field and prints the scorecard', async () => {
    const { code, out, err } = await run(['compare', descriptorFolder(), '--quiet']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^# Police open data scorecard\n/);
    expect(out).toContain(
      '| Indianapolis Metropolitan Police Department (Indianapolis, IN) | **basic** 85.6 · 118 rows',
    );
  });

  it('writes HTML, CSV or JSON by the output file name', async () => {
    const dir = descriptorFolder();
    for (const [name, start] of [
      ['card.html', '<!doctype html>'],
      ['card.csv', 'source_id,label,agency'],
      ['card.json', '{\n  "$schema": "https://schemas.policedata.dev/v1/scorecard.schema.json"'],
    ]) {
      const { code } = await run(['compare', dir, '-o', join(dir, 'out', name as string), '-q']);
      expect(code).toBe(0);
      expect(readFileSync(join(dir, 'out', name as string), 'utf8').startsWith(start as string)).toBe(true);
    }
    const unknown = await run(['compare', dir, '-o', join(dir, 'card.txt')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/cannot tell the format of .*card\.txt from its extension: give --format/);
  });

  it('says which descriptor does not name its data file', async () => {
    const dir = descriptorFolder({ data: undefined });
    const { code, err } = await run(['compare', dir]);
    expect(code).toBe(2);
    expect(err).toMatch(/impd-ois\.json: this descriptor does not name its data file: add "data"/);
  });

  it('lists every mistake of a manifest at its line, and a missing data file at its source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-manifest-'));
    writeFileSync(
      join(dir, 'manifest.yaml'),
      'policedata_compare: 1\nsources:\n  - agency: { name: IMPD }\n    dataset_type: officer-involved-shooting\n    files: a.csv\n    maping: m.yaml\n',
    );
    const typos = await run(['compare', 'manifest.yaml'], dir);
    expect(typos.code).toBe(2);
    expect(typos.err).toContain('manifest.yaml: 2 problems in the comparison manifest:');
    expect(typos.err).toContain('manifest.yaml:4:19: dataset_type must be one of');
    expect(typos.err).toContain('Did you mean "officer-involved-shootings"?');
    expect(typos.err).toContain('manifest.yaml:6:5: unknown key "maping". Did you mean "mapping"?');

    writeFileSync(
      join(dir, 'manifest.yaml'),
      [
        'policedata_compare: 1',
        'sources:',
        '  - agency: { name: IMPD }',
        '    dataset_type: stops',
        '    files: missing.csv',
        '  - agency: { name: Dallas PD }',
        '    descriptor: missing.json',
        '',
      ].join('\n'),
    );
    // Every missing file at once, each at its source.
    const missing = await run(['compare', 'manifest.yaml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('manifest.yaml: 2 problems in the comparison manifest:');
    expect(missing.err).toMatch(/manifest\.yaml:3:5: no such file: missing\.csv/);
    expect(missing.err).toMatch(/manifest\.yaml:6:5: descriptor missing\.json: no such file/);
  });

  it('expands globs relative to the manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-manifest-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data/q1.csv'), readFileSync(shootings));
    writeFileSync(join(dir, 'data/q2.csv'), readFileSync(shootings));
    writeFileSync(
      join(dir, 'manifest.yaml'),
      `policedata_compare: 1\ntitle: Quarters\nsources:\n  - agency: { name: IMPD }\n    files: data/q*.csv\n    mapping: ${shootingsMapping}\n`,
    );
    const { code, out } = await run(['compare', 'manifest.yaml', '-f', 'json', '-q'], dir);
    expect(code).toBe(0);
    const card = JSON.parse(out);
    expect(card.sources[0]).toMatchObject({
      files: ['data/q1.csv', 'data/q2.csv'],
      rows: 236,
      dataset_type: 'officer-involved-shootings',
    });
  });
});

describe('policedata diff', () => {
  it('compares two JSON reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-diff-'));
    const old = join(dir, 'old.json');
    const next = join(dir, 'new.json');
    expect((await run(['validate', shootings, '-m', shootingsMapping, '-o', old, '-q'])).code).toBe(0);
    expect((await run(['validate', shootings, '-o', next, '-q'])).code).toBe(1);
    const { code, out, err } = await run(['diff', old, next]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('## Schema drift');
    expect(out).toMatch(/\| Level \| \*\*basic\*\* \| \*\*\w+\*\* \|/);
    const json = await run(['diff', old, next, '-f', 'json']);
    expect(JSON.parse(json.out).$schema).toBe('https://schemas.policedata.dev/v1/report-diff.schema.json');
  });

  it('validates data files with their mappings', async () => {
    const { code, out } = await run(['diff', shootings, shootings, '-m', shootingsMapping, '-q']);
    expect(code).toBe(0);
    expect(out).toContain('No columns renamed, dropped or added, and no date format changed.');
    expect(out).toContain('The same findings, in the same numbers.');
  });

  it('rejects a JSON report that is not valid, and a mapping for a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-diff-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ $schema: 'https://schemas.policedata.dev/v1/report.schema.json', rows: -1 }));
    const invalid = await run(['diff', bad, bad]);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/bad\.json is not a valid policedata report/);
    const many = join(dir, 'many.json');
    const report = { $schema: 'https://schemas.policedata.dev/v1/report.schema.json' };
    writeFileSync(many, JSON.stringify([report, report]));
    const array = await run(['diff', many, bad]);
    expect(array.code).toBe(2);
    expect(array.err).toMatch(/many\.json holds 2 reports: diff compares one with one/);
    const notData = await run(['diff', join(repoRoot, 'package.json'), join(repoRoot, 'package.json')]);
    expect(notData.code).toBe(2);
    expect(notData.err).toMatch(/package\.json is not a report, and not a dataset whose type could be told/);
    const card = join(dir, 'card.json');
    writeFileSync(card, JSON.stringify({ $schema: 'https://schemas.policedata.dev/v1/scorecard.schema.json' }));
    const scorecard = await run(['diff', card, bad]);
    expect(scorecard.code).toBe(2);
    expect(scorecard.err).toMatch(/card\.json is a policedata scorecard, not a report/);
    const both = await run(['diff', shootings, shootings, '-m', shootingsMapping, '--old-mapping', shootingsMapping]);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/give --mapping \(for both files\) or --old-mapping and --new-mapping, not both/);
  });
});
