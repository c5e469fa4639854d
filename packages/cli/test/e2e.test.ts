// The built CLI run as a user runs it: a spawned `node dist/bin.js` on real published files
// (../shared/data) and on examples/, asserting exit codes, output and the files it writes.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, repoRoot, sharedData } from './helpers.js';

const bin = join(repoRoot, 'packages/cli/dist/bin.js');
if (!existsSync(bin)) throw new Error('Build the CLI first: npx turbo run build --filter=@policedata/cli');

const dallas = '../shared/data/use-of-force/dallas-2019.csv';
const passing = 'examples/calls-for-service/valid.csv';

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the built CLI; tests run concurrently, each in its own process. */
function policedata(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR']) if (!options.env?.[name]) delete env[name];
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd: options.cwd ?? repoRoot, env }, (_, out, err) =>
      resolve({ code: child.exitCode, out, err }),
    );
  });
}

/** Runs the built CLI with `input` piped to its standard input. */
function piped(args: string[], input: Buffer): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
      (_, out, err) => resolve({ code: child.exitCode, out, err }),
    );
    child.stdin?.end(input);
  });
}

const oneLine = (text: string) => {
  expect(text.trimEnd().split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/\n\s+at /);
};

describe.concurrent('policedata validate on real files', () => {
  it('reads a file with a delimiter detection does not try, given --delimiter, and map writes it down', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-caret-'));
    const file = join(dir, 'caret.csv');
    const text = readFileSync(join(repoRoot, 'examples/stops/valid.csv'), 'utf8');
    writeFileSync(file, text.replaceAll(',', '^'));
    const guessed = await policedata(['validate', file, '--type', 'stops', '--format', 'json']);
    expect(JSON.parse(guessed.out).findings.map((group: { code: string }) => group.code)).toContain('single_column');
    const given = await policedata(['validate', file, '--delimiter', '^', '--format', 'json']);
    expect(JSON.parse(given.out)).toMatchObject({ dataset: { type: 'stops' }, file: { dialect: { delimiter: '^' } } });
    const mapped = await policedata(['map', file, '--delimiter', '^', '-q']);
    expect(mapped.out).toMatch(/^delimiter: "\^"$/m);
  });

  it('reads standard input (`-`, a pipe read once) as it reads the file itself', async () => {
    const direct = await policedata(['validate', dallas, '--format', 'json']);
    const fromPipe = await piped(['validate', '-', '--format', 'json'], readFileSync(join(repoRoot, dallas)));
    expect(fromPipe.code).toBe(direct.code);
    const [a, b] = [JSON.parse(direct.out), JSON.parse(fromPipe.out)];
    expect(b.file.name).toBe('stdin');
    expect(b.rows).toBe(2944);
    expect(b.findings).toEqual(
      a.findings.map((group: { samples: object[] }) => ({
        ...group,
        samples: group.samples.map((sample) => ({ ...sample, file: 'stdin' })),
      })),
    );
  });

  it('reports a file: summary, fields, findings with samples and fixes; exit 1 when it has errors', async () => {
    const { code, out, err } = await policedata(['validate', dallas]);
    expect(code).toBe(1);
    expect(out.split('\n').slice(0, 7)).toEqual([
      dallas,
      '  Dataset   use-of-force (detected, 81% confidence)',
      '  File      csv, utf-8',
      '  Rows      2,944 (2,943 with errors)',
      '  Coverage  2019-01-01 to 2019-12-31 (incident_date)',
      expect.stringMatching(/^ {2}Level {5}NONE {3}Score \d+\.\d \/ 100$/),
      expect.stringMatching(/^ {2}Findings {2}[\d,]+ errors?, [\d,]+ warnings?, [\d,]+ info$/),
    ]);
    expect(out).toMatch(/\nERROR unmapped_code {2}A value that is not in the code list \([\d,]+\)\n/);
    expect(out).toContain('  line 850, column "Cycles_Num" = "1, 1": Expected a whole number.');
    expect(out).toMatch(/\n {2}Fix: Publish plain numbers\./);
    expect(out).not.toContain('\u001b['); // piped: no colour
    expect(err).toMatch(
      /^✗ \.\.\/shared\/data\/use-of-force\/dallas-2019\.csv is not conformant: [\d,]+ errors \(fail-on error\)\.\n$/,
    );
  });

  it('passes with --fail-on none, and fails a level bar with --min-level', async () => {
    expect((await policedata(['validate', dallas, '--fail-on', 'none', '-q'])).code).toBe(0);
    const { code, err } = await policedata(['validate', dallas, '--fail-on', 'none', '--min-level', 'basic']);
    expect(code).toBe(1);
    expect(err).toContain('level none is below basic (min-level basic)');
  });

  it('uses a mapping file, named in the report', async () => {
    const mapping = join(fixtures, 'dallas-2019.mapping.yaml');
    const { code, out } = await policedata(['validate', dallas, '--mapping', mapping, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.dataset).toMatchObject({ type: 'use-of-force', type_source: 'mapping', mapping });
    expect(report.rows).toBe(2944);
  });

  it('writes each --format to its --output, nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-e2e-'));
    const json = join(dir, 'out/report.json');
    const markdown = join(dir, 'report.md');
    const { code, out } = await policedata([
      'validate',
      dallas,
      '-f',
      'json',
      '-o',
      json,
      '-f',
      'markdown',
      '-o',
      markdown,
    ]);
    expect(code).toBe(1);
    expect(out).toBe('');
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.$schema).toBe('https://schemas.policedata.dev/v1/report.schema.json');
    expect(report.findings.find((group: { code: string }) => group.code === 'invalid_number')?.count).toBe(4);
    const text = readFileSync(markdown, 'utf8');
    expect(text).toMatch(/^## \.\.\/shared\/data\/use-of-force\/dallas-2019\.csv\n/);
    expect(text).toContain('| use-of-force | 2,944 | **none** |');
  });

  it('expands a glob: one summary line per file, then the details; exit 1 when any fails', async () => {
    const { code, out } = await policedata(['validate', '../shared/data/use-of-force/*.csv']);
    expect(code).toBe(1);
    const names = ['austin-2016', 'dallas-2013', 'dallas-2019', 'lincoln-2014-2016'];
    expect(out.split('\n').slice(0, 4)).toEqual(
      names.map((name) =>
        expect.stringMatching(
          new RegExp(`^\\.\\./shared/data/use-of-force/${name}\\.csv {2}use-of-force {2}[\\d,]+ rows {2}level `),
        ),
      ),
    );
    expect(out).toContain('\n../shared/data/use-of-force/lincoln-2014-2016.csv\n  Dataset   use-of-force');
  });

  it('reads Excel workbooks, .xlsx and .xls', async () => {
    const { out } = await policedata(
      ['validate', '-q', 'use-of-force/bloomington-2019-q1.xlsx', 'use-of-force/norwich-2019.xls'],
      {
        cwd: sharedData,
      },
    );
    expect(out).toMatch(/^use-of-force\/bloomington-2019-q1\.xlsx {2}use-of-force {2}[\d,]+ rows/);
    expect(out).toMatch(/\nuse-of-force\/norwich-2019\.xls {2}/);
  });
});

describe.concurrent('policedata validate on examples', () => {
  it('exits 0 for a conformant file and says so', async () => {
    const { code, out, err } = await policedata(['validate', passing]);
    expect(code).toBe(0);
    expect(out).toContain('  Level     GOOD');
    expect(err).toBe(`✓ ${passing} is conformant at the requested bar (fail-on error, min-level none).\n`);
    expect((await policedata(['validate', passing, '--min-level', 'complete', '-q'])).code).toBe(1);
  });

  it('validates every dataset of a project config when given no files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-e2e-'));
    const config = `datasets:\n  - files: ${join(repoRoot, passing)}\n  - files: ${join(sharedData, 'use-of-force/dallas-2019.csv')}\n    fail_on: none\n`;
    writeFileSync(join(dir, 'policedata.config.yaml'), config);
    const { code, out, err } = await policedata(['validate', '-f', 'text'], { cwd: dir });
    expect(code).toBe(0);
    expect(out.split('\n')[1]).toMatch(/dallas-2019\.csv {2}use-of-force/);
    expect(err).toContain('✓ all 2 files are conformant');
  });
});

describe.concurrent('colour', () => {
  it('follows FORCE_COLOR, NO_COLOR and --no-color', async () => {
    expect((await policedata(['validate', passing], { env: { FORCE_COLOR: '1' } })).out).toContain('\u001b[');
    expect((await policedata(['validate', passing, '--no-color'], { env: { FORCE_COLOR: '1' } })).out).not.toContain(
      '\u001b[',
    );
    expect((await policedata(['validate', passing], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).out).not.toContain(
      '\u001b[',
    );
  });
});

describe.concurrent('input errors: one line naming the problem and the fix, exit 2', () => {
  it('a missing file', async () => {
    const { code, out, err } = await policedata(['validate', '../shared/data/stops/nope.csv']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^policedata: no such file: \.\.\/shared\/data\/stops\/nope\.csv\. Check the path/);
    oneLine(err);
  });

  it('a mapping file with typos: one line per problem, at its line and column', async () => {
    const typo = join(fixtures, 'dallas-2019.typo.yaml');
    const { code, err } = await policedata(['validate', dallas, '--mapping', typo]);
    expect(code).toBe(2);
    expect(err.trimEnd().split('\n')).toEqual([
      `policedata: ${typo}: 2 problems in the mapping file:`,
      `  ${typo}:4:1: unknown key "date_fromat". Did you mean "date_format"?`,
      `  ${typo}:7:3: "force_typ" is not a field of use-of-force. Did you mean "force_type"?`,
    ]);
  });

  it('an unknown --type', async () => {
    const { code, err } = await policedata(['validate', dallas, '--type', 'use-of-forse']);
    expect(code).toBe(2);
    expect(err).toBe(
      'policedata: unknown dataset type "use-of-forse". Did you mean "use-of-force"? Run `policedata schemas` to list the types.\n',
    );
  });

  it('an unknown finding code', async () => {
    const explain = await policedata(['explain', 'exact_adress']);
    expect(explain.code).toBe(2);
    expect(explain.err).toBe(
      'policedata: unknown finding code "exact_adress". Did you mean "exact_address"? Run `policedata explain` to list the codes.\n',
    );
    const ignore = await policedata(['validate', dallas, '--ignore', 'exact_adress']);
    expect(ignore.code).toBe(2);
    oneLine(ignore.err);
  });

  it('a stack trace only with --debug', async () => {
    expect((await policedata(['validate', 'nope.csv', '--debug'])).err).toMatch(/\n\s+at /);
  });
});

describe.concurrent('help', () => {
  it.each([[[]], [['validate']], [['schemas']], [['explain']]])(
    '%j --help shows examples and exit codes',
    async (command) => {
      const { code, out } = await policedata([...command, '--help']);
      expect(code).toBe(0);
      expect(out).toContain('Examples:');
      expect(out).toMatch(/Exit codes|exit codes/i);
    },
  );

  it('validate --help documents every flag', async () => {
    const { out } = await policedata(['validate', '--help']);
    for (const flag of [
      '--type',
      '--mapping',
      '--config',
      '--format',
      '--output',
      '--max-samples',
      '--fail-on',
      '--min-level',
      '--severity',
      '--ignore',
      '--quiet',
      '--color',
      '--debug',
    ]) {
      expect(out).toContain(flag);
    }
  });

  it('prints the version', async () => {
    const version = JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')).version;
    expect((await policedata(['--version'])).out.trim()).toBe(version);
  });
});

describe('the README', () => {
  it('shows output the CLI really prints for its first example', async () => {
    const readme = readFileSync(join(repoRoot, 'packages/cli/README.md'), 'utf8');
    const sample = /```sh\nnpx policedata validate examples\/stops\/invalid\.csv\n```\n\n```text\n([\s\S]*?)```/.exec(
      readme,
    )?.[1];
    expect(sample).toBeDefined();
    const run = await policedata(['validate', 'examples/stops/invalid.csv'], { env: { NO_COLOR: '1' } });
    const printed = `${run.out}${run.err}`.split('\n');
    // Every line of the sample but the elisions (…) is a line the CLI prints.
    for (const line of (sample ?? '').split('\n').filter((text) => text.trim() !== '' && text.trim() !== '…')) {
      expect(printed).toContain(line);
    }
  });
});

describe('output paths', () => {
  it('says in words why a report or a normalized file cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-out-'));
    writeFileSync(join(dir, 'taken'), 'a file, not a folder');
    const report = await policedata(['validate', passing, '-o', join(dir, 'taken/report.html')]);
    expect(report.code).toBe(2);
    expect(report.err).toMatch(
      /cannot write .*taken\/report\.html: a file stands where a folder of the path should be\. Check the --output path\./,
    );
    const normalized = await policedata([
      'normalize',
      passing,
      '--type',
      'calls-for-service',
      '--out',
      join(dir, 'taken/x.csv'),
    ]);
    expect(normalized.code).toBe(2);
    expect(normalized.err).toMatch(/a file stands where a folder of the path should be\. Check the --out path\./);
  });
});
