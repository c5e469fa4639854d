// `policedata map` and `policedata normalize` run as a user runs them: a spawned `node dist/bin.js`
// on real published files (../shared/data) and examples/, asserting exit codes, what is printed and
// the files written. The mapping `map` writes must work with `validate --mapping`, and what
// `normalize` writes must validate again without a mapping.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMapping } from '@policedata/core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const bin = join(repoRoot, 'packages/cli/dist/bin.js');
if (!existsSync(bin)) throw new Error('Build the CLI first: npx turbo run build --filter=@policedata/cli');

const shootings = '../shared/data/officer-involved-shootings/indianapolis-2019-10-31.csv';
const shootingsMapping = 'examples/mappings/indianapolis-officer-involved-shootings-2019-10-31.yaml';
const seattle = '../shared/data/stops/seattle-terry-stops.csv';

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function policedata(args: string[], cwd = repoRoot): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR']) delete env[name];
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (_, out, err) =>
      resolve({ code: child.exitCode, out, err }),
    );
  });
}

const temporary = () => mkdtempSync(join(tmpdir(), 'policedata-map-'));

const oneLine = (text: string) => {
  expect(text.trimEnd().split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/\n\s+at /);
};

const COERCION_CODES = ['unmapped_code', 'invalid_date', 'invalid_time', 'invalid_number', 'invalid_boolean'];

describe.concurrent('policedata map', () => {
  it('prints a starting mapping that parses, with reasons, counts and unknowns', async () => {
    const { code, out, err } = await policedata(['map', seattle]);
    expect(code).toBe(0);
    const mapping = parseMapping(out, 'stdout.yaml');
    expect(mapping).toMatchObject({ type: 'stops', missing: ['NULL', '-'], fields: { stop_id: 'TERRY_STOP_ID' } });
    expect(out).toMatch(/^type: stops +# detected from the column names: \d+% confidence; runner-up: /m);
    // Unknown values are commented out (so they stay reported), with the closest code as the guess.
    expect(out).toMatch(
      /^ {6}# American Indian \/ Alaskan Native: american_indian_alaska_native +# unknown: map me \(299 rows; closest code: /m,
    );
    expect(out).toMatch(/^# {3}- FinalCallType +# "--/m);
    expect(err).toMatch(
      /^type stops \(detected, \d+% confidence\), \d+ fields matched, 5 values to map, 2 columns unmatched\.\n/,
    );
    expect(err).toContain(`Next: check it, then run policedata validate ${seattle} --mapping <mapping file>`);
  });

  it('writes --output, refuses to replace it without --force, and validate uses it', async () => {
    const dir = temporary();
    const output = join(dir, 'mappings/shootings.yaml');
    const first = await policedata(['map', shootings, '--output', output, '--sample-rows', '50']);
    expect(first.code).toBe(0);
    expect(first.out).toBe('');
    expect(first.err).toMatch(/^Wrote .*shootings\.yaml: type officer-involved-shootings \(detected, /);
    const text = readFileSync(output, 'utf8');
    expect(text).toContain('from its column names and its first 50 rows.');
    expect(parseMapping(text, output).type).toBe('officer-involved-shootings');

    const again = await policedata(['map', shootings, '-o', output]);
    expect(again.code).toBe(2);
    oneLine(again.err);
    expect(again.err).toContain('exists: give --force to replace it, or another --output.');
    const forced = await policedata(['map', shootings, '-o', output, '--force', '--quiet']);
    expect(forced).toMatchObject({ code: 0, err: '' });
    expect(readFileSync(output, 'utf8')).toContain('and all 118 rows.');

    const validated = await policedata(['validate', shootings, '--mapping', output, '--format', 'json']);
    expect(validated.code).not.toBe(2);
    const report = JSON.parse(validated.out);
    expect(report.dataset).toMatchObject({ type: 'officer-involved-shootings', type_source: 'mapping' });
    expect(report.findings.map((finding: { code: string }) => finding.code)).not.toContain('mapping_column_not_found');
  });

  it('writes JSON to an --output named .json, and validate reads it', async () => {
    const output = join(temporary(), 'shootings.json');
    const run = await policedata(['map', shootings, '-o', output]);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(
      /^Wrote .*shootings\.json \(as JSON, which has no comments: name it \.yaml to keep the notes/,
    );
    const mapping = JSON.parse(readFileSync(output, 'utf8'));
    expect(mapping).toMatchObject({ policedata_mapping: 1, type: 'officer-involved-shootings' });
    const validated = await policedata(['validate', shootings, '--mapping', output, '--format', 'json']);
    expect(validated.code).not.toBe(2);
    expect(JSON.parse(validated.out).dataset).toMatchObject({ type_source: 'mapping' });
  });

  it('maps every real file to a mapping validate accepts', async () => {
    const data = join(repoRoot, '../shared/data');
    const files = readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(csv|xlsx?)$/.test(name),
    );
    expect(files.length).toBeGreaterThanOrEqual(11);
    const runs = await Promise.all(files.map((name) => policedata(['map', join(data, name), '-q'])));
    runs.forEach((run, i) => {
      expect(run.code, files[i]).toBe(0);
      expect(() => parseMapping(run.out, files[i])).not.toThrow();
    });
  });

  it('takes --type, and says how to fix what it cannot do, in one line (exit 2)', async () => {
    const dir = temporary();
    writeFileSync(join(dir, 'abc.csv'), 'a,b,c\n1,2,3\n');
    writeFileSync(
      join(dir, 'image.png'),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const given = await policedata(['map', 'abc.csv', '--type', 'arrests'], dir);
    expect(given.code).toBe(0);
    expect(given.out).toMatch(/^type: arrests +# given with --type$/m);
    const cases: Array<[string[], string]> = [
      [['map', 'abc.csv'], 'cannot tell the dataset type of abc.csv from its column names: give --type'],
      [['map', 'abc.csv', '--type', 'arrest'], 'unknown dataset type "arrest". Did you mean "arrests"?'],
      [['map', 'abc.csv', '--sample-rows', '0'], '--sample-rows takes a whole number of 1 or more'],
      [['map', 'missing.csv'], 'no such file: missing.csv.'],
      [['map'], 'give the file to read.'],
      [['map', 'abc.csv', 'mapping.yaml'], 'unexpected argument "mapping.yaml": map takes one file.'],
      [['map', '.'], '. is a folder: map one file in it (policedata map ./<file>).'],
      [
        ['map', 'image.png', '--type', 'stops'],
        'cannot propose a mapping for image.png: it could not be read as a table (The file is not text (PNG image)).',
      ],
    ];
    for (const [args, message] of cases) {
      const run = await policedata(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      oneLine(run.err);
      expect(run.err).toContain(message);
    }
  });
});

describe.concurrent('policedata normalize', () => {
  it("writes a real file in the standard's shape; validate reads it back without a mapping", async () => {
    const dir = temporary();
    const out = join(dir, 'out/shootings.csv');
    const { code, out: stdout, err } = await policedata(['normalize', shootings, '-m', shootingsMapping, '--out', out]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(shootings);
    expect(stdout).toContain('  Rows      118');
    expect(err).toMatch(/^Wrote .*shootings\.csv: 118 rows, \d+ fields and \d+ raw_ columns \(csv\)\.\n✓ /);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(119);
    expect(lines[0]).toMatch(/^incident_id,shooting_id,agency_name,agency_ori,incident_date,incident_time,/);
    expect(readdirSync(join(dir, 'out'))).toEqual(['shootings.csv']);

    const again = await policedata(['validate', out, '--type', 'officer-involved-shootings', '--format', 'json']);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.out);
    expect(report.rows).toBe(118);
    const codes = report.findings.map((finding: { code: string }) => finding.code);
    for (const coercion of COERCION_CODES) expect(codes).not.toContain(coercion);
  });

  it('writes NDJSON (one typed object per line) and the report where asked', async () => {
    const dir = temporary();
    const out = join(dir, 'dallas.ndjson');
    const report = join(dir, 'report.json');
    const run = await policedata([
      'normalize',
      '../shared/data/use-of-force/dallas-2019.csv',
      '--mapping',
      'packages/cli/test/fixtures/dallas-2019.mapping.yaml',
      '--out',
      out,
      '-f',
      'json',
      '-o',
      report,
      '--fail-on',
      'none',
      '-q',
    ]);
    expect(run).toMatchObject({ code: 0, out: '', err: '' });
    const records = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(2944);
    expect(records[0]).toMatchObject({ incident_id: 'UF2019-1702', incident_date: '2019-12-01' });
    expect(typeof records[0].subject_injured).toBe('boolean');
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ rows: 2944 });
  });

  it('defends the CSV against formula injection and keeps every value', async () => {
    const dir = temporary();
    const payloads = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1)', '\t=1', '\r=1'];
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    const rows = payloads.map((payload, i) =>
      [String(i + 1), '2019-06-14', payload, '-86.15', payload].map(quote).join(','),
    );
    writeFileSync(join(dir, 'stops.csv'), ['stop_id,stop_date,reason_for_stop,latitude,Notes', ...rows].join('\n'));
    const run = await policedata(
      ['normalize', 'stops.csv', '--type', 'stops', '--out', 'normalized.csv', '-q', '--fail-on', 'none'],
      dir,
    );
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, 'normalized.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe('stop_id,stop_date,reason_for_stop,latitude,raw_stop_date,raw_latitude,raw_notes');
    expect(text).toContain(`1,2019-06-14,"'=cmd|' /C calc'!A0",-86.15,,,"'=cmd|' /C calc'!A0"`);
    expect(text).toContain(`2,2019-06-14,"'+1+1",-86.15,,,"'+1+1"`);
    expect(text).toContain(`5,2019-06-14,"'=1",-86.15,,,"'\t=1"`);
    expect(text).toContain(`6,2019-06-14,"'=1",-86.15,,,"'\r=1"`);
    // Read back by the engine, the raw values are the published ones with one ' in front.
    const again = await policedata(['validate', join(dir, 'normalized.csv'), '--type', 'stops', '-f', 'json']);
    const report = JSON.parse(again.out);
    expect(report.dataset.type).toBe('stops');
    expect(report.rows).toBe(6);
  });

  it('says what is wrong in one line (exit 2) and leaves no file behind', async () => {
    const dir = temporary();
    writeFileSync(join(dir, 'a.csv'), 'stop_id,stop_date\n1,2019-06-14\n');
    writeFileSync(join(dir, 'empty.csv'), '');
    const cases: Array<[string[], string]> = [
      [['normalize', 'a.csv', '--type', 'stops'], '--out is required.'],
      [
        ['normalize', 'empty.csv', '--type', 'stops', '--out', 'b.csv'],
        'cannot normalize empty.csv: it could not be read as a table (The file is empty).',
      ],
      [
        ['normalize', 'a.csv', '--out', 'b.csv'],
        'normalize needs --mapping <file> (write one with `policedata map <file>`)',
      ],
      [
        ['normalize', 'a.csv', '--type', 'stops', '--out', 'b.txt'],
        'cannot tell the format of --out b.txt: name it .csv or .ndjson',
      ],
      [
        ['normalize', 'a.csv', '--type', 'stops', '--out', 'a.csv'],
        '--out a.csv is the input file: give another path.',
      ],
      [['normalize', 'a.csv', '-m', 'none.yaml', '--out', 'b.csv'], 'no such mapping file: none.yaml.'],
      [['normalize', 'nofile.csv', '--type', 'stops', '--out', 'b.csv'], 'no such file: nofile.csv.'],
      [['normalize', 'a.csv', '--type', 'stops', '--out', 'b.csv', '-f', 'json', '-o', 'b.csv'], 'is also an --output'],
    ];
    for (const [args, message] of cases) {
      const run = await policedata(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      oneLine(run.err);
      expect(run.err).toContain(message);
    }
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'empty.csv']);
  });
});

describe.concurrent('help', () => {
  it('map --help: flags, examples, what it writes, exit codes', async () => {
    const { code, out } = await policedata(['map', '--help']);
    expect(code).toBe(0);
    for (const flag of ['--type', '--output', '--sample-rows', '--force', '--quiet']) expect(out).toContain(flag);
    expect(out).toContain('policedata map data/stops.csv');
    expect(out).toContain('unknown: map me');
    expect(out).toMatch(/Exit codes:\n {2}0 {2}the mapping was written\n {2}2 {2}usage or input error/);
  });

  it('normalize --help: flags, examples, the output and its formula defence, exit codes', async () => {
    const { code, out } = await policedata(['normalize', '--help']);
    expect(code).toBe(0);
    for (const flag of ['--mapping', '--type', '--out', '--out-format', '--all-fields', '--format', '--fail-on']) {
      expect(out).toContain(flag);
    }
    expect(out).toContain('policedata normalize data/uof.csv --mapping mappings/uof.yaml --out out/uof.csv');
    expect(out).toContain("starting with =, +, -, @, a tab or a carriage return gets a leading '");
    expect(out).toContain('Numbers (-86.15) and text that is a plain number are left as is.');
    expect(out).toMatch(/Exit codes:\n {2}0 {2}conformant/);
  });

  it('the command list names both', async () => {
    const { out } = await policedata(['--help']);
    expect(out).toMatch(/policedata map <file> +Write a starting mapping file/);
    expect(out).toMatch(/policedata normalize <file> +Write a file in the standard's own shape/);
  });
});
