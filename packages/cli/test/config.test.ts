// The project config: found in the current folder, checked against its schema and the standard with
// every problem at its line and column, and turned into jobs whose paths are relative to the config.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planJobs } from '../src/commands/validate/plan.js';
import { ConfigError } from '../src/config/config.js';
import { findConfig, loadConfig } from '../src/config/load-config.js';
import { fixtures } from './helpers.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'policedata-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const noFlags = { files: [], severity: [], ignore: [] };

describe('the project config', () => {
  it('is found in the current folder, as JSON or YAML, but not both', () => {
    expect(findConfig(project({}))).toBeUndefined();
    const yaml = project({ 'policedata.config.yaml': 'datasets: []' });
    expect(findConfig(yaml)).toBe(join(yaml, 'policedata.config.yaml'));
    const both = project({ 'policedata.config.yaml': '', 'policedata.config.json': '' });
    expect(() => findConfig(both)).toThrow(/keep one config file/);
  });

  it('reports every typo at its line and column, with a did-you-mean, in file order', () => {
    const dir = project({
      'policedata.config.yaml': [
        'datasets:',
        '  - files: data/*.csv',
        '    typ: stops',
        '    fail_on: warnings',
        '    severity: { exact_adress: info }',
        '  - file: x.csv',
        '    type: stop',
      ].join('\n'),
    });
    let message = '';
    try {
      loadConfig(join(dir, 'policedata.config.yaml'), dir);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'policedata.config.yaml: 5 problems in the config file:',
      '  policedata.config.yaml:3:5: unknown key "typ". Did you mean "type"?',
      '  policedata.config.yaml:4:14: fail_on must be one of error, warning, none, not "warnings". Did you mean "warning"?',
      '  policedata.config.yaml:5:17: unknown finding code "exact_adress". Did you mean "exact_address"? Run `policedata explain` to list the codes.',
      '  policedata.config.yaml:6:5: unknown key "file". Did you mean "files"?',
      '  policedata.config.yaml:7:11: unknown dataset type "stop". Did you mean "stops"? Run `policedata schemas` to list the types.',
    ]);
  });

  it('reports a file that is not YAML or JSON at its line', () => {
    const dir = project({ 'policedata.config.json': '{"datasets": [' });
    expect(() => loadConfig(join(dir, 'policedata.config.json'), dir)).toThrow(/policedata\.config\.json:1:\d+: /);
  });

  it('becomes jobs with paths relative to the config, flags overriding the config', async () => {
    const dir = project({
      'sub/policedata.config.json': JSON.stringify({
        datasets: [
          {
            files: ['data/*.csv'],
            type: 'stops',
            mapping: 'map.yaml',
            severity: { exact_address: 'info' },
            fail_on: 'warning',
            min_level: 'basic',
            max_samples: 3,
          },
        ],
      }),
      'sub/data/a.csv': 'stop_id\n1\n',
      'sub/data/b.csv': 'stop_id\n2\n',
      'sub/map.yaml': 'policedata_mapping: 1\ntype: stops\nfields:\n  stop_id: stop_id\n',
    });
    const [job, ...rest] = await planJobs(
      { ...noFlags, config: 'sub/policedata.config.json', failOn: 'error', ignore: ['unmapped_column'] },
      dir,
    );
    expect(rest).toEqual([]);
    expect(job?.files.map((file) => file.name)).toEqual(['sub/data/a.csv', 'sub/data/b.csv']);
    expect(job?.options).toMatchObject({
      type: 'stops',
      mappingName: 'sub/map.yaml',
      severity: { exact_address: 'info' },
      ignore: ['unmapped_column'],
      maxSamples: 3,
    });
    expect(job?.gate).toEqual({ failOn: 'error', minLevel: 'basic' });
  });

  it("takes a dataset's limits, with --limit over them, and checks their names", async () => {
    const dir = project({
      'policedata.config.yaml': [
        'datasets:',
        '  - files: a.csv',
        '    limits: { max_cell_chars: 5000000, max_tracked_keys: 3000000 }',
        '',
      ].join('\n'),
      'a.csv': 'stop_id\n1\n',
    });
    const [job] = await planJobs({ ...noFlags, limit: ['max-tracked-keys=4000000', 'max-columns=50'] }, dir);
    expect(job?.options.limits).toEqual({ maxCellChars: 5_000_000, maxColumns: 50 });
    expect(job?.options.maxTrackedKeys).toBe(4_000_000);
    const typo = project({
      'policedata.config.yaml': 'datasets:\n  - files: a.csv\n    limits: { max_cell_char: 10 }\n',
    });
    expect(() => loadConfig(join(typo, 'policedata.config.yaml'), typo)).toThrow(
      /policedata\.config\.yaml:3:15: unknown key "max_cell_char"\. Did you mean "max_cell_chars"\?/,
    );
  });

  it('does not mix with --type, --mapping or file arguments', async () => {
    const dir = project({ 'policedata.config.json': JSON.stringify({ datasets: [{ files: 'a.csv' }] }) });
    await expect(planJobs({ ...noFlags, type: 'stops' }, dir)).rejects.toThrow(/set "type" per dataset/);
    await expect(planJobs({ ...noFlags, files: ['a.csv'], config: 'policedata.config.json' }, dir)).rejects.toThrow(
      /either files or --config/,
    );
    await expect(planJobs(noFlags, project({}))).rejects.toThrow(/no files to validate/);
  });

  it('loads a mapping given with --mapping, and reports a missing one in one line', async () => {
    const dir = project({ 'a.csv': 'x\n1\n' });
    const [job] = await planJobs(
      { ...noFlags, files: ['a.csv'], mapping: join(fixtures, 'dallas-2019.mapping.yaml') },
      dir,
    );
    expect(job?.options.mapping?.type).toBe('use-of-force');
    await expect(planJobs({ ...noFlags, files: ['a.csv'], mapping: 'nope.yaml' }, dir)).rejects.toThrow(
      /^no such mapping file: nope\.yaml\./,
    );
  });

  it('refuses a --type (or a config type) that contradicts the mapping', async () => {
    const mapping = join(fixtures, 'dallas-2019.mapping.yaml');
    const dir = project({
      'a.csv': 'x\n1\n',
      'policedata.config.yaml': `datasets:\n  - files: a.csv\n    type: arrests\n    mapping: ${mapping}\n`,
    });
    await expect(planJobs({ ...noFlags, files: ['a.csv'], type: 'arrests', mapping }, dir)).rejects.toThrow(
      /^--type says arrests but the mapping .*dallas-2019\.mapping\.yaml is for use-of-force: drop one/,
    );
    await expect(planJobs(noFlags, dir)).rejects.toThrow(
      /^the "type" of policedata\.config\.yaml says arrests but the mapping .* is for use-of-force/,
    );
    const [job] = await planJobs({ ...noFlags, files: ['a.csv'], type: 'use-of-force', mapping }, dir);
    expect(job?.options.type).toBe('use-of-force');
  });
});
