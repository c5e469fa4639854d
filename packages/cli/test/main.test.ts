// The CLI run in-process: every usage or input error is one line on stderr with exit code 2, and the
// schemas and explain commands print what the registry and the catalogue hold.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { memoryIo } from './helpers.js';

async function run(argv: string[], cwd?: string) {
  const io = memoryIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('usage and input errors', () => {
  it.each([
    [['validate', 'missing.csv'], /^policedata: no such file: missing\.csv\. Check the path/],
    [['validate', 'data/*.nothing'], /^policedata: no files match "data\/\*\.nothing"/],
    [['validate', 'packages'], /^policedata: packages is a directory: give the files in it/],
    [['validate', 'a.csv', '--type', 'stop'], /unknown dataset type "stop"\. Did you mean "stops"\?/],
    [['validate', 'a.csv', '--ignore', 'unmaped_code'], /unknown finding code "unmaped_code" in --ignore/],
    [['validate', 'a.csv', '--severity', 'exact_address'], /--severity takes code=level/],
    [['validate', 'a.csv', '--fail-on', 'warnings'], /--fail-on takes error, warning, none, not "warnings"/],
    [['validate', 'a.csv', '--format', 'xml'], /--format takes text, json, markdown, html, sarif, junit, not "xml"/],
    [['validate', 'a.csv', '--fial-on', 'error'], /unknown option --fial-on\. Did you mean "--fail-on"\?/],
    [['validate', 'a.csv', '--type'], /--type needs a value/],
    [['validate', 'a.csv', '-f', 'text', '-f', 'json'], /text and json would both go to standard output/],
    [['valdate'], /unknown command "valdate"\. Did you mean "validate"\?/],
    [[], /give a command: validate, map, normalize, compare, diff, schemas or explain/],
    [['schemas', 'use_of_force'], /unknown dataset type "use_of_force"\. Did you mean "use-of-force"\?/],
    [['explain', 'unmaped_code'], /unknown finding code "unmaped_code"\. Did you mean "unmapped_code"\?/],
    [
      ['explain', 'unmapped_code', 'exact_address'],
      /unexpected argument "exact_address": explain takes one finding code\./,
    ],
    [['validate', 'a.csv', '--type', '-'], /unknown dataset type "-"/],
    // After `--` everything is a file, even a name that starts with a dash.
    [['validate', '--', '-data.csv'], /no such file: \.\/-data\.csv/],
    [['validate', 'a.csv', '--delimiter', 'ab'], /--delimiter: the delimiter must be one character \(or tab\)/],
    [
      ['normalize', 'a.csv', '--type', 'stops', '--out', '-'],
      /--out - would be standard output, where the report goes/,
    ],
  ])('%j is one line, exit 2', async (argv, message) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('shows the stack trace only with --debug', async () => {
    const { err } = await run(['validate', 'missing.csv', '--debug']);
    expect(err).toMatch(/^policedata: no such file/);
    expect(err).toMatch(/\n\s+at /);
  });

  it('lists every problem of a mapping file at its line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-main-'));
    writeFileSync(join(dir, 'a.csv'), 'x\n1\n');
    writeFileSync(join(dir, 'map.yaml'), 'policedata_mapping: 1\ntype: stops\nfeilds: {}\n');
    const { code, err } = await run(['validate', 'a.csv', '--mapping', 'map.yaml'], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/^policedata: map\.yaml: \d+ problems? in the mapping file:\n/);
    expect(err).toMatch(/map\.yaml:3:1: unknown key "feilds"\. Did you mean "fields"\?/);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('schemas and explain', () => {
  it('lists the dataset types with their field counts', async () => {
    const { code, out } = await run(['schemas']);
    expect(code).toBe(0);
    expect(out).toMatch(/^TYPE +TITLE +FIELDS +ONE ROW PER\n/);
    expect(out).toMatch(/\nuse-of-force +Use of force +\d+ \(\d+ req, \d+ rec, \d+ opt\)/);
  });

  it("shows one type's fields with level, type, PII and allowed values", async () => {
    const { out } = await run(['schemas', 'stops']);
    expect(out).toMatch(/^Stops \(stops\)\n/);
    expect(out).toMatch(/\nstop_id +required +string\n/);
    expect(out).toMatch(/\nsubject_race +required +string\[\] +white, black, hispanic_latino/);
    expect(out).toMatch(/\nsubject_name +optional +string +yes/);
  });

  it('explains a finding code and lists them all', async () => {
    const one = await run(['explain', 'unmapped_code']);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/^unmapped_code {2}error · value\n {2}A value that is not in the code list\n/);
    expect(one.out).toContain('How to fix\n  Add the value to the field');
    const all = await run(['explain']);
    expect(all.out).toMatch(/^CODE +SEVERITY +CATEGORY +TITLE\n/);
    expect(all.out).toMatch(/\nexact_address +warning +privacy +An exact house-number address\n/);
  });
});
