import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeProperty } from '../src/commands.js';
import { DATA, hasData, PACKAGE_DIR, REPO_ROOT, runAction, tempDir } from './run-action.js';

const IMPD = `${DATA}/officer-involved-shootings/indianapolis-2019-10-31.csv`;
const IMPD_MAPPING = 'examples/mappings/indianapolis-officer-involved-shootings-2019-10-31.yaml';
const DALLAS = `${DATA}/use-of-force/dallas-2019.csv`;

const commands = (stdout: string, kind: string) => stdout.split('\n').filter((line) => line.startsWith(`::${kind} `));

describe.skipIf(!hasData)('the bundled action on real files', () => {
  it('passes the IMPD shootings with their mapping at fail-on error', () => {
    const run = runAction({ files: IMPD, mapping: IMPD_MAPPING, 'fail-on': 'error' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual({ conformant: 'true', score: expect.stringMatching(/^\d+\.\d$/), 'report-path': '' });
    expect(run.summary).toContain('1 of 1 dataset passes the bar set for it.');
    expect(run.summary).toContain('| | File | Type | Rows | Level | Score | Errors | Warnings | Bar |');
    expect(run.summary).toMatch(
      /\| ✅ \| \.\.\/shared\/data\/officer-involved-shootings\/indianapolis-2019-10-31\.csv \| officer-involved-shootings \| 118 \| \*\*basic\*\* \| [\d.]+ \| 0 \| \d+ \| fail-on error \|/,
    );
    expect(run.summary).toMatch(/<details>\n<summary>✅ .+: passes<\/summary>/);
    expect(run.summary).toContain('Fix: ');
    expect(commands(run.stdout, 'error')).toEqual([]);
    const warnings = commands(run.stdout, 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.length).toBeLessThanOrEqual(10);
    expect(warnings[0]).toMatch(
      /^::warning file=\.\.\/shared\/data\/officer-involved-shootings\/indianapolis-2019-10-31\.csv,line=\d+,title=policedata [a-z_]+%3A [^:]+::.+%0AFix: /,
    );
  });

  it('fails Dallas 2019 without a mapping: exit 1, ::error, SARIF and the JSON report', () => {
    const dir = tempDir();
    const sarif = join(dir, 'out', 'policedata.sarif');
    const report = join(dir, 'report.json');
    const run = runAction({ files: DALLAS, sarif, report, annotations: 'true', summary: 'true' }, dir);
    expect(run.status).toBe(1);
    expect(run.outputs.conformant).toBe('false');
    expect(run.outputs['report-path']).toBe(report);
    const errors = commands(run.stdout, 'error');
    expect(errors).toHaveLength(10);
    expect(errors[0]).toMatch(/^::error title=policedata%3A not conformant::1 of 1 dataset not conformant: /);
    expect(errors[1]).toMatch(/^::error file=\.\.\/shared\/data\/use-of-force\/dallas-2019\.csv,line=\d+,title=/);
    // The column and the value as published, as in the text report and SARIF.
    expect(errors[1]).toMatch(/::column "[^"]+" = "[^"]+": /);
    expect(commands(run.stdout, 'warning')).toHaveLength(10);
    expect(commands(run.stdout, 'notice').at(-1)).toMatch(
      /^::notice title=policedata%3A more findings::[\d,]+ more errors and [\d,]+ more warnings not annotated/,
    );
    expect(run.summary).toMatch(
      /\| ❌ \| \.\.\/shared\/data\/use-of-force\/dallas-2019\.csv \| use-of-force \| 2,944 \|/,
    );
    const log = JSON.parse(readFileSync(sarif, 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(log.runs[0].artifacts[0].location.uri).toBe('../shared/data/use-of-force/dallas-2019.csv');
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json.rows).toBe(2944);
    expect(json.summary.error).toBeGreaterThan(0);
  });

  it('checks a config file with a conformant and a non-conformant dataset in one step', () => {
    const dir = tempDir();
    const config = join(dir, 'policedata.config.yaml');
    writeFileSync(
      config,
      [
        'datasets:',
        `  - files: ${resolve(REPO_ROOT, IMPD)}`,
        `    mapping: ${resolve(REPO_ROOT, IMPD_MAPPING)}`,
        `  - files: ${resolve(REPO_ROOT, DALLAS)}`,
        '    type: use-of-force',
        '',
      ].join('\n'),
    );
    const run = runAction({ config, annotations: 'false' }, dir);
    expect(run.status).toBe(1);
    expect(run.outputs.conformant).toBe('false');
    expect(run.summary).toContain('1 of 2 datasets passes the bar set for each.');
    expect(run.summary).toMatch(/\| ✅ \| [^|]+indianapolis-2019-10-31\.csv \|/);
    expect(run.summary).toMatch(/\| ❌ \| [^|]+dallas-2019\.csv \|/);
    expect(commands(run.stdout, 'warning')).toEqual([]);
    expect(commands(run.stdout, 'error')).toHaveLength(1);
  });

  it("applies a config dataset's fail_on unless the fail-on input is given", () => {
    const dir = tempDir();
    const config = join(dir, 'policedata.config.yaml');
    writeFileSync(config, `datasets:\n  - files: ${resolve(REPO_ROOT, DALLAS)}\n    fail_on: none\n`);
    expect(runAction({ config, annotations: 'false' }, dir).status).toBe(0);
    expect(runAction({ config, annotations: 'false', 'fail-on': 'error' }, dir).status).toBe(1);
  });

  it('checks the config file as the CLI does: every mistake with its line and column', () => {
    const dir = tempDir();
    const config = join(dir, 'policedata.config.yaml');
    writeFileSync(
      config,
      `datasets:\n  - files: ${resolve(REPO_ROOT, DALLAS)}\n    fail_onn: none\n    type: use-of-forse\n`,
    );
    const run = runAction({ config }, dir);
    expect(run.status).toBe(1);
    const error = commands(run.stdout, 'error').join('\n');
    expect(error).toContain('2 problems in the config file');
    // Put on the config file at its first problem, so it shows there in a pull request.
    expect(error).toMatch(/^::error file=[^,]*policedata\.config\.yaml,line=3,title=/);
    expect(error).toMatch(/policedata\.config\.yaml:3:5: [^%]*fail_onn[^%]*fail_on/);
    expect(error).toMatch(/policedata\.config\.yaml:4:11: [^%]*use-of-forse[^%]*use-of-force/);
  });

  it("shows a passing dataset's errors as warnings in SARIF too, as in its annotations", () => {
    const dir = tempDir();
    const sarif = join(dir, 'results.sarif');
    expect(runAction({ files: DALLAS, 'fail-on': 'none', sarif }, dir).status).toBe(0);
    const levels = JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results.map(
      (result: { level: string }) => result.level,
    );
    expect(levels).toContain('warning');
    expect(levels).not.toContain('error');
    const failing = join(dir, 'failing.sarif');
    runAction({ files: DALLAS, sarif: failing }, dir);
    expect(readFileSync(failing, 'utf8')).toContain('"level": "error"');
  });

  it('shows errors as warnings for a dataset at fail-on none that fails only on its level', () => {
    const dir = tempDir();
    const sarif = join(dir, 'levels.sarif');
    const run = runAction({ files: DALLAS, 'fail-on': 'none', 'min-level': 'basic', sarif }, dir);
    expect(run.status).toBe(1); // level none is below basic
    expect(commands(run.stdout, 'error').filter((line) => !line.includes('not conformant'))).toEqual([]);
    const levels = JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results.map(
      (result: { level: string }) => result.level,
    );
    expect(levels).not.toContain('error');
  });

  it('names a file given by an absolute path inside the workspace relative to it, so annotations attach', () => {
    const file = resolve(REPO_ROOT, 'examples/stops/invalid.csv');
    const run = runAction({ files: file, type: 'stops' });
    expect(run.stdout).toContain('::error file=examples/stops/invalid.csv,');
    expect(run.stdout).not.toContain(`file=${escapeProperty(file)}`);
  });

  it('passes Dallas at fail-on none, and fails IMPD at min-level complete', () => {
    expect(runAction({ files: DALLAS, 'fail-on': 'none', annotations: 'false' }).status).toBe(0);
    // Passing at fail-on none, its errors are shown as warnings: no red marks on a passing dataset.
    const passing = runAction({ files: DALLAS, 'fail-on': 'none' });
    expect(commands(passing.stdout, 'error')).toEqual([]);
    expect(commands(passing.stdout, 'warning')[0]).toMatch(
      /title=policedata [a-z_]+ \(an error that does not fail this run\)%3A /,
    );
    const run = runAction({ files: IMPD, mapping: IMPD_MAPPING, 'min-level': 'complete', annotations: 'false' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('level basic is below complete (min-level complete)');
  });
});

describe('usage errors', () => {
  it('reports a bad input as an ::error and exits 1', () => {
    const run = runAction({ files: 'nothing/*.csv', 'fail-on': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error title=policedata%3A the check could not run::input fail-on must be one of error, warning, none',
    );
    // Outputs and summary still say the check failed, and why.
    expect(run.outputs.conformant).toBe('false');
    expect(run.summary).toContain('❌ The check could not run:');
    expect(run.summary).toContain('input fail-on must be one of error, warning, none');
  });

  it('says what to set when there is neither a files input nor a config', () => {
    const run = runAction({}, tempDir());
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('no files to validate: set the files input');
  });

  it("speaks of the action's inputs, not the CLI's flags", () => {
    const missing = runAction({ files: 'nope.csv' });
    expect(missing.stdout).toContain('no such file: nope.csv. Check the path.');
    expect(missing.stdout).not.toContain('quote a glob');
    const mismatch = runAction({ files: IMPD, mapping: IMPD_MAPPING, type: 'stops' });
    expect(mismatch.stdout).toContain('the type input says stops but the mapping');
  });

  it('reports a glob that matches nothing', () => {
    const run = runAction({ files: 'nothing/*.csv' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('no files match "nothing/*.csv"');
  });
});

describe.skipIf(!hasData)('large files', () => {
  it('the bundled worker thread starts (the engine validates large CSV files on every core)', async () => {
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(join(PACKAGE_DIR, 'dist/worker.node.js'));
    const first = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(first).toEqual({ kind: 'ready' });
  });

  it('reports a 20 MB file (validated in parallel) as one pass does', async () => {
    const { validateFile } = await import('@policedata/core/node');
    const dir = tempDir();
    const seattle = readFileSync(resolve(REPO_ROOT, DATA, 'stops/seattle-terry-stops.csv'), 'utf8');
    const [header, ...rows] = seattle.trimEnd().split('\n');
    const big = join(dir, 'seattle-x6.csv');
    writeFileSync(big, `${[header, ...Array.from({ length: 6 }, () => rows.join('\n'))].join('\n')}\n`);
    const mapping = resolve(REPO_ROOT, 'examples/mappings/seattle-stops-2015-2017.yaml');
    const report = join(dir, 'report.json');
    const run = runAction({ files: big, mapping, report, summary: 'false', annotations: 'false' }, dir);
    expect(run.stderr).toBe('');
    const { parseMapping } = await import('@policedata/core');
    const single = await validateFile(big, {
      mapping: parseMapping(readFileSync(mapping, 'utf8'), mapping),
      mappingName: mapping,
      fileName: JSON.parse(readFileSync(report, 'utf8')).file.name,
      workers: 0,
    });
    const strip = (value: { validated_at?: string }) => ({ ...value, validated_at: '' });
    const fromAction = JSON.parse(readFileSync(report, 'utf8'));
    expect(fromAction.rows).toBe(6 * 19_753);
    expect(strip(fromAction)).toEqual(strip(JSON.parse(JSON.stringify(single))));
  });
});
