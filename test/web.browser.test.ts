// The web page (packages/web) in headless Chromium, on the real files in ../shared/data: the same
// findings, level and score as the CLI's engine, the report shown and downloadable, and no network
// request after the page has loaded, whether it is served or opened from disk.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, requireChromium } from './support/chromium.js';
import { type StaticServer, serveFolder } from './support/static-server.js';
import {
  checkFile,
  download,
  finished,
  forgetRun,
  pageReport,
  requireWebBuild,
  WEB_DIST,
  WEB_PAGE,
  type WebSession,
  webSession,
} from './support/web-page.js';

const root = join(import.meta.dirname, '..');
const data = join(root, '../shared/data');
const mappings = join(root, 'examples/mappings');

/** Every real file in ../shared/data with the mapping written for it (examples/dataset/*.json). */
const REAL_FILES: [file: string, mapping: string][] = [
  ['use-of-force/austin-2016.csv', 'austin-use-of-force-2016.yaml'],
  ['use-of-force/bloomington-2019-q1.xlsx', 'bloomington-use-of-force-2019-q1.yaml'],
  ['use-of-force/dallas-2013.csv', 'dallas-use-of-force-2013.yaml'],
  ['use-of-force/dallas-2019.csv', 'dallas-use-of-force-2019.yaml'],
  ['use-of-force/lincoln-2014-2016.csv', 'lincoln-use-of-force-2014-2016.yaml'],
  ['use-of-force/norwich-2019.xls', 'norwich-use-of-force-2019.yaml'],
  ['complaints/indianapolis-2019-12.csv', 'indianapolis-complaints-2019-12.yaml'],
  ['crime-incidents/indianapolis-ucr-current-year.csv', 'indianapolis-crime-incidents-2019.yaml'],
  ['officer-involved-shootings/indianapolis-2019-10-31.csv', 'indianapolis-officer-involved-shootings-2019-10-31.yaml'],
  ['stops/seattle-terry-stops.csv', 'seattle-stops-2015-2017.yaml'],
  ['deaths-national/washington-post-2015.csv', 'washington-post-officer-involved-shootings-2015.yaml'],
];

/** What must be the same on the page and in the CLI: the type, rows, each code with its count, level and score. */
function verdictOf(report: Report) {
  return {
    type: report.dataset.type,
    typeSource: report.dataset.type_source,
    rows: report.rows,
    findings: report.findings.map((group) => `${group.code}: ${group.count}`).sort(),
    level: report.conformance.level,
    score: report.conformance.score,
  };
}

async function cliReport(file: string, mapping?: string): Promise<Report> {
  return validateFile(file, {
    fileName: basename(file),
    ...(mapping
      ? { mapping: parseMapping(readFileSync(mapping, 'utf8'), mapping), mappingName: basename(mapping) }
      : {}),
  });
}

/** Checks a file on a fresh page and compares it with the CLI's engine; returns the page's report. */
async function compareWithCli(session: WebSession, url: string, file: string, mapping?: string): Promise<Page> {
  const page = await session.open(url);
  expect(await checkFile(page, file, mapping), (await page.locator('#error').textContent()) ?? '').toBe('done');
  const shown = await pageReport(page);
  const cli = await cliReport(file, mapping);
  expect(verdictOf(shown)).toEqual(verdictOf(cli));
  // The page shows core's HTML report of the same run: its level and every finding code.
  const frame = page.frameLocator('#report');
  const text = (await frame.locator('body').textContent()) ?? '';
  expect(text).toContain(shown.conformance.level === 'none' ? 'None' : shown.conformance.level.slice(1));
  for (const group of shown.findings) expect(text).toContain(group.code);
  return page;
}

describe.runIf(requireChromium())('the web page in headless Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let session: WebSession;
  let scratch: string;

  beforeAll(async () => {
    requireWebBuild();
    browser = await launchChromium();
    server = await serveFolder(WEB_DIST);
    session = await webSession(browser);
    scratch = mkdtempSync(join(tmpdir(), 'policedata-web-'));
  });
  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('is one self-contained file: the server is asked for the page and nothing else', async () => {
    const page = await session.open(server.url);
    expect(server.requests).toEqual(['/']);
    await expect(page.locator('#privacy-note').textContent()).resolves.toMatch(/Your file is not uploaded/);
    await page.close();
  });

  it.each(REAL_FILES)('%s gives the findings, level and score the CLI gives (mapping %s)', async (file, mapping) => {
    const page = await compareWithCli(session, server.url, join(data, file), join(mappings, mapping));
    await page.close();
  });

  it('checks a file without a mapping, its type detected, as the CLI does', async () => {
    const page = await compareWithCli(session, server.url, join(data, 'use-of-force/dallas-2019.csv'));
    expect(await page.locator('#dataset-type').inputValue()).toBe('use-of-force');
    expect(await page.locator('#dataset-type-hint').textContent()).toMatch(
      /Detected from the columns \(\d+% confidence\)/,
    );
    await page.close();
  });

  it('refits the report when a finding is opened or closed, so nothing below it is cut off', async () => {
    const page = await compareWithCli(session, server.url, join(data, 'use-of-force/dallas-2019.csv'));
    const frame = page.locator('#report');
    const height = async () => (await frame.boundingBox())?.height ?? 0;
    const inner = () =>
      frame.evaluate((element: HTMLIFrameElement) => element.contentDocument?.documentElement.scrollHeight ?? 0);
    const before = await height();
    const findings = page.frameLocator('#report').locator('details');
    for (const index of [0, 1, 2, 3]) await findings.nth(index).locator('summary').click();
    await expect.poll(height).not.toBe(before);
    // The frame is as tall as its content (the page scrolls as one; no part hidden in the frame).
    await expect.poll(async () => Math.abs((await height()) - (await inner()))).toBeLessThanOrEqual(6);
    await page.close();
  });

  it('checks NDJSON and JSON made from a real CSV as the CLI does', async () => {
    const csv = readFileSync(join(data, 'officer-involved-shootings/indianapolis-2019-10-31.csv'), 'utf8');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(100);
    const ndjson = join(scratch, 'indianapolis-ois.ndjson');
    const json = join(scratch, 'indianapolis-ois.json');
    writeFileSync(ndjson, rows.map((row) => JSON.stringify(row)).join('\n'));
    writeFileSync(json, JSON.stringify(rows, null, 1));
    const mapping = join(mappings, 'indianapolis-officer-involved-shootings-2019-10-31.yaml');
    for (const file of [ndjson, json]) {
      const page = await compareWithCli(session, server.url, file, mapping);
      await page.close();
    }
  });

  it('takes a file dropped on the drop zone', async () => {
    const page = await session.open(server.url);
    const path = join(data, 'officer-involved-shootings/indianapolis-2019-10-31.csv');
    const transfer = await page.evaluateHandle(
      ({ name, text }) => {
        const dataTransfer = new DataTransfer();
        dataTransfer.items.add(new File([text], name, { type: 'text/csv' }));
        return dataTransfer;
      },
      { name: basename(path), text: readFileSync(path, 'utf8') },
    );
    await forgetRun(page);
    await page.dispatchEvent('#drop-zone', 'dragenter', { dataTransfer: transfer });
    expect(await page.locator('#drop-zone').getAttribute('class')).toContain('dragging');
    await page.dispatchEvent('#drop-zone', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: transfer });
    expect(await finished(page)).toBe('done');
    expect(await page.locator('#drop-zone').getAttribute('class')).not.toContain('dragging');
    const shown = await pageReport(page);
    expect(verdictOf(shown)).toEqual(verdictOf(await cliReport(path)));
    await page.close();
  });

  it('works opened from disk (file://): the single file runs its worker from a blob: URL', async () => {
    const page = await compareWithCli(
      session,
      `file://${WEB_PAGE}`,
      join(data, 'use-of-force/lincoln-2014-2016.csv'),
      join(mappings, 'lincoln-use-of-force-2014-2016.yaml'),
    );
    await page.close();
  });

  it('downloads the report in HTML, JSON and Markdown, the suggested mapping and the normalized file', async () => {
    const page = await session.open(server.url);
    const file = join(data, 'officer-involved-shootings/indianapolis-2019-10-31.csv');
    expect(await checkFile(page, file, join(mappings, 'indianapolis-officer-involved-shootings-2019-10-31.yaml'))).toBe(
      'done',
    );
    const html = await download(page, 'html');
    expect(html.name).toBe('indianapolis-2019-10-31.policedata-report.html');
    expect(html.text).toMatch(/^<!doctype html>/);
    expect(html.text).toContain('exact_address');
    const markdown = await download(page, 'markdown');
    expect(markdown.name).toBe('indianapolis-2019-10-31.policedata-report.md');
    expect(markdown.text).toContain('officer-involved-shootings');

    const mapping = await download(page, 'mapping');
    expect(mapping.name).toBe('indianapolis-2019-10-31.mapping.yaml');
    expect(parseMapping(mapping.text, mapping.name).type).toBe('officer-involved-shootings');
    expect(await finished(page)).toBe('done');

    const normalized = await download(page, 'csv');
    expect(normalized.name).toBe('indianapolis-2019-10-31.normalized.csv');
    const lines = Papa.parse<string[]>(normalized.text.trim()).data;
    expect(lines[0]?.[0]).toBe('incident_id');
    expect(lines.length).toBe(119);
    const ndjson = await download(page, 'ndjson');
    expect(ndjson.text.trim().split('\n')).toHaveLength(118);
    await page.close();
  });

  it('normalizes a file without a mapping as the type it detected; offers no file downloads for an empty file', async () => {
    const page = await session.open(server.url);
    expect(await checkFile(page, join(data, 'use-of-force/dallas-2019.csv'))).toBe('done');
    expect(await page.locator('#dataset-type').inputValue()).toBe('use-of-force');
    const normalized = await download(page, 'csv');
    expect(normalized.name).toBe('dallas-2019.normalized.csv');
    expect(Papa.parse<string[]>(normalized.text.trim()).data).toHaveLength(2945);
    expect(await finished(page)).toBe('done');
    const empty = join(scratch, 'empty-2.csv');
    writeFileSync(empty, '');
    expect(await checkFile(page, empty)).toBe('done');
    expect(await page.locator('#status').textContent()).toMatch(/No rows could be read from it/);
    expect(await page.locator('#file-downloads').isVisible()).toBe(false);
    expect(await page.locator('button[data-download="html"]').isVisible()).toBe(true);
    await page.close();
  });

  it('keeps a type chosen before the first file, and shows no stale type while the next file is checked', async () => {
    const page = await session.open(server.url);
    await page.selectOption('#dataset-type', 'arrests');
    const file = join(data, 'use-of-force/dallas-2019.csv');
    expect(await checkFile(page, file)).toBe('done');
    expect((await pageReport(page)).dataset).toMatchObject({ type: 'arrests', type_source: 'option' });
    // The next file is detected afresh: while it is checked the selector does not show the old type.
    await page.locator('#dataset-type').selectOption('');
    expect(await finished(page)).toBe('done');
    await forgetRun(page);
    await page.setInputFiles('#data-file', join(data, 'officer-involved-shootings/indianapolis-2019-10-31.csv'));
    expect(await page.locator('#dataset-type').inputValue()).not.toBe('use-of-force');
    expect(await finished(page)).toBe('done');
    expect(await page.locator('#dataset-type').inputValue()).toBe('officer-involved-shootings');
    await page.close();
  });

  it('cancels a long check with Escape, and puts the focus on the status', async () => {
    const page = await session.open(server.url);
    const dallas = readFileSync(join(data, 'use-of-force/dallas-2019.csv'), 'utf8');
    const [header, ...rows] = dallas.trimEnd().split('\n');
    const big = join(scratch, 'big.csv');
    writeFileSync(big, `${header}\n${Array.from({ length: 20 }, () => rows.join('\n')).join('\n')}\n`);
    await forgetRun(page);
    await page.setInputFiles('#data-file', big);
    await page.waitForSelector('#progress-row:not([hidden])');
    await page.keyboard.press('Escape');
    expect(await finished(page)).toBe('cancelled');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('status');
    await page.close();
  });

  it('re-checks the file as another type when the type is changed, as the CLI with --type', async () => {
    const page = await session.open(server.url);
    const file = join(data, 'use-of-force/dallas-2019.csv');
    expect(await checkFile(page, file)).toBe('done');
    await forgetRun(page);
    await page.selectOption('#dataset-type', 'arrests');
    expect(await finished(page)).toBe('done');
    const shown = await pageReport(page);
    const cli = await validateFile(file, { fileName: basename(file), type: 'arrests' });
    expect(verdictOf(shown)).toEqual(verdictOf(cli));
    expect(shown.dataset.type_source).toBe('option');
    await page.close();
  });

  it('shows a mapping file with mistakes as an error naming the line, and keeps working', async () => {
    const page = await session.open(server.url);
    const bad = join(scratch, 'bad-mapping.yaml');
    writeFileSync(bad, 'policedata_mapping: 1\ntype: use-of-force\nfields:\n  incident_dat: Date\n');
    expect(await checkFile(page, join(data, 'use-of-force/lincoln-2014-2016.csv'), bad)).toBe('error');
    const error = await page.locator('#error').textContent();
    expect(error).toMatch(/bad-mapping\.yaml:4:\d+/);
    expect(error).toMatch(/incident_dat/);
    await forgetRun(page);
    await page.click('#mapping-clear');
    expect(await finished(page)).toBe('done');
    expect(await page.locator('#error').isVisible()).toBe(false);
    await page.close();
  });

  it("does not keep the previous file's type after a failed check, and says why an empty file has none", async () => {
    const page = await session.open(server.url);
    expect(await checkFile(page, join(data, 'use-of-force/dallas-2019.csv'))).toBe('done');
    expect(await page.locator('#dataset-type').inputValue()).toBe('use-of-force');
    const bad = join(scratch, 'bad-mapping-2.yaml');
    writeFileSync(bad, 'policedata_mapping: 1\ntype: use-of-force\nfields:\n  incident_dat: Date\n');
    await forgetRun(page);
    await page.setInputFiles('#mapping-file', bad);
    expect(await finished(page)).toBe('error');
    expect(await page.locator('#dataset-type').inputValue()).toBe('');
    expect(await page.locator('#dataset-type-hint').textContent()).toMatch(/^Detected from the file's column names/);
    await forgetRun(page);
    await page.click('#mapping-clear');
    expect(await finished(page)).toBe('done');
    const empty = join(scratch, 'empty.csv');
    writeFileSync(empty, '');
    expect(await checkFile(page, empty)).toBe('done');
    expect(await page.locator('#dataset-type-hint').textContent()).toMatch(/^No rows could be read from the file/);
    // The reason is said at once, not only at the foot of the report; and what to do before publishing.
    expect(await page.locator('#status').textContent()).toContain('No rows could be read from it: The file is empty.');
    expect(await page.locator('.verdict').textContent()).toContain('Before publishing');
    await page.close();
  });

  it("follows the mapping's type, and refuses a type the mapping is not written for", async () => {
    const page = await session.open(server.url);
    expect(await checkFile(page, join(data, 'use-of-force/dallas-2019.csv'))).toBe('done');
    await forgetRun(page);
    await page.selectOption('#dataset-type', 'arrests');
    expect(await finished(page)).toBe('done');
    await forgetRun(page);
    await page.setInputFiles('#mapping-file', join(mappings, 'dallas-use-of-force-2019.yaml'));
    expect(await finished(page)).toBe('done');
    expect(await page.locator('#dataset-type').inputValue()).toBe('use-of-force');
    expect(await page.locator('#dataset-type-hint').textContent()).toMatch(/^Given by the mapping file/);
    await forgetRun(page);
    await page.selectOption('#dataset-type', 'complaints');
    expect(await finished(page)).toBe('error');
    expect(await page.locator('#error').textContent()).toMatch(
      /dallas-use-of-force-2019\.yaml is written for use-of-force, not complaints: remove the mapping/,
    );
    await page.close();
  });

  it("cannot reach the network: the page's Content-Security-Policy blocks fetches and images", async () => {
    const page = await session.open(server.url);
    const before = server.requests.length;
    const probe = `${server.url}probe.png`;
    const outcome = await page.evaluate(async (url) => {
      const image = await new Promise<string>((resolve) => {
        const img = new Image();
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('blocked');
        img.src = url;
      });
      try {
        await fetch(url);
        return `${image}, fetched`;
      } catch (error) {
        return `${image}, ${String(error)}`;
      }
    }, probe);
    expect(outcome).toMatch(/^blocked, TypeError: Failed to fetch/);
    expect(server.requests.length).toBe(before);
    // The recorder saw the attempt (so it would see any other); it never reached the server.
    expect(session.requests).toContain(probe);
    session.requests.splice(0, session.requests.length, ...session.requests.filter((url) => url !== probe));
    await page.close();
  });

  it('made no network request after any page loaded, and raised no error', () => {
    expect(session.requests).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
