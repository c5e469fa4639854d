// The html, sarif and junit report formats: chosen by --format or by the --output extension, and
// written by the built CLI (a spawned process) for real published files.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatOfPath, pairDestinations } from '../src/commands/validate/args.js';
import { repoRoot, sharedData } from './helpers.js';

const bin = join(repoRoot, 'packages/cli/dist/bin.js');
if (!existsSync(bin)) throw new Error('Build the CLI first: npx turbo run build --filter=@policedata/cli');

const dallas2013 = '../shared/data/use-of-force/dallas-2013.csv';
const mapping2013 = 'examples/mappings/dallas-use-of-force-2013.yaml';

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function policedata(args: string[], cwd = repoRoot): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (_, out, err) =>
      resolve({ code: child.exitCode, out, err }),
    );
  });
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'policedata-formats-'));

describe('choosing a report format', () => {
  it.each([
    ['report.html', 'html'],
    ['report.HTM', 'html'],
    ['policedata.sarif', 'sarif'],
    ['out/policedata.sarif.json', 'sarif'],
    ['report.json', 'json'],
    ['junit.xml', 'junit'],
    ['report.md', 'markdown'],
    ['report.txt', 'text'],
  ])('%s is written as %s', (path, format) => {
    expect(formatOfPath(path)).toBe(format);
  });

  it('pairs the new formats with outputs like the others', () => {
    expect(pairDestinations(['html', 'sarif', 'junit'], ['r.html', '-', 'j.xml'])).toEqual([
      { format: 'html', path: 'r.html' },
      { format: 'sarif' },
      { format: 'junit', path: 'j.xml' },
    ]);
  });
});

describe.concurrent('policedata validate writes html, sarif and junit', () => {
  it('writes all three for Dallas 2013 with its mapping, chosen by extension', async () => {
    const dir = tempDir();
    const [html, sarif, junit] = ['report.html', 'nested/policedata.sarif', 'junit.xml'].map((name) => join(dir, name));
    const { code, out, err } = await policedata([
      'validate',
      dallas2013,
      '--mapping',
      mapping2013,
      '-o',
      html as string,
      '-o',
      sarif as string,
      '-o',
      junit as string,
    ]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('is not conformant');

    const page = readFileSync(html as string, 'utf8');
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).toContain(`<h1>${dallas2013}</h1>`);
    expect(page).toMatch(/<p class="big">Basic<\/p>/);
    expect(page).toContain('Personal data: check before publishing');
    expect(page).toContain('<code class="value">FD-Officer&#39;s Gun</code>');
    expect(page).not.toMatch(/<script|<link|<img|src=|https?:\/\/(?!policedata)/i);

    const log = JSON.parse(readFileSync(sarif as string, 'utf8'));
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('policedata');
    expect(run.artifacts[0].location.uri).toBe(dallas2013);
    const weapon = run.results.find((r: { message: { text: string } }) => r.message.text.includes('FD-Officer'));
    expect(weapon).toMatchObject({
      ruleId: 'unmapped_code',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: dallas2013 }, region: { startLine: 3355 } } }],
      properties: { count: 3 },
    });

    const xml = readFileSync(junit as string, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const suite = parsed.testsuites.testsuite;
    expect(suite['@_name']).toBe(dallas2013);
    expect(suite['@_failures']).toBe('3'); // rule_violation, required_value_missing, unmapped_code
    expect(xml).toContain(
      'line 3355 (row 1150 in a spreadsheet), column &quot;CIT_INFL_A&quot; = "FD-Officer&apos;s Gun": Not in the code list &quot;Weapon&quot;.',
    );
  });

  it('prints SARIF with file URIs relative to the working directory', async () => {
    const absolute = join(sharedData, 'use-of-force/dallas-2019.csv');
    const { code, out } = await policedata(['validate', absolute, '-f', 'sarif'], sharedData);
    expect(code).toBe(1);
    const run = JSON.parse(out).runs[0];
    expect(run.artifacts[0].location.uri).toBe('use-of-force/dallas-2019.csv');
    const invalid = run.results.find(
      (r: { ruleId: string; message: { text: string } }) =>
        r.ruleId === 'invalid_number' && r.message.text.includes('"1, 1"'),
    );
    expect(invalid?.locations[0].physicalLocation.region).toEqual({ startLine: 850 });
    // At a bar it passes (fail-on none), its errors are warnings, as in the GitHub Action's SARIF.
    const passing = await policedata(['validate', absolute, '-f', 'sarif', '--fail-on', 'none'], sharedData);
    expect(passing.code).toBe(0);
    const levels = JSON.parse(passing.out).runs[0].results.map((r: { level: string }) => r.level);
    expect(levels).not.toContain('error');
  });

  it('puts several files in one HTML page and one JUnit document', async () => {
    const dir = tempDir();
    const junit = join(dir, 'junit.sarif.xml');
    const { code, out } = await policedata([
      'validate',
      '../shared/data/use-of-force/*.csv',
      '-f',
      'html',
      '-f',
      'junit',
      '--output=-', // `-o -` is refused by yargs' parser (a lone dash reads as a flag)
      '-o',
      junit,
      '--max-samples',
      '3',
    ]);
    expect(code).toBe(1);
    expect(out).toContain('<h1>4 files</h1>');
    expect(out.match(/<article class="report"/g)).toHaveLength(4);
    expect(out).toContain('<a href="#r4">../shared/data/use-of-force/lincoln-2014-2016.csv</a>');
    const xml = readFileSync(junit, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.match(/<testsuite /g)).toHaveLength(4);
  });

  it('writes .sarif.json as SARIF', async () => {
    const dir = tempDir();
    const path = join(dir, 'out.sarif.json');
    const { code } = await policedata(['validate', 'examples/calls-for-service/valid.csv', '-o', path]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(path, 'utf8')).$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
  });
});
