/**
 * Drives the web page (packages/web/dist/index.html) as a person would: open it, choose a mapping
 * and a data file, wait for the report, and take the JSON report through the page's own download.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '@policedata/core';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';

export const WEB_DIST = join(import.meta.dirname, '../../packages/web/dist');
export const WEB_PAGE = join(WEB_DIST, 'index.html');

export function requireWebBuild(): void {
  if (!existsSync(WEB_PAGE)) {
    throw new Error(`${WEB_PAGE} is missing: build it first (turbo runs @policedata/web#build before test:e2e).`);
  }
}

export interface WebSession {
  context: BrowserContext;
  /** Every request any page of the context made after it loaded, except its own blob: URLs. */
  requests: string[];
  /** Uncaught errors of the pages (none expected). */
  errors: string[];
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A browser context whose pages are opened and loaded, after which every request is recorded:
 * blob: URLs are the page's own (its worker, its downloads) and are not network requests.
 */
export async function webSession(browser: Browser): Promise<WebSession> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  let loading = 0;
  context.on('request', (request) => {
    if (loading === 0 && !request.url().startsWith('blob:')) requests.push(request.url());
  });
  return {
    context,
    requests,
    errors,
    async open(url) {
      loading++;
      try {
        const page = await context.newPage();
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(url, { waitUntil: 'load' });
        // The worker has started and sent the dataset types.
        await page.waitForFunction(() => !(document.getElementById('dataset-type') as HTMLSelectElement).disabled);
        return page;
      } finally {
        loading--;
      }
    },
    close: () => context.close(),
  };
}

/** Waits for the latest run to finish, and returns its state. */
export async function finished(page: Page, timeout = 60_000): Promise<string> {
  const run = page.locator('#run');
  await page.waitForSelector('#run[data-state]:not([data-state="running"])', { timeout });
  return (await run.getAttribute('data-state')) ?? '';
}

/** Forgets the last run's state, so that `finished` waits for the next run. */
export async function forgetRun(page: Page): Promise<void> {
  await page.evaluate(() => {
    delete document.getElementById('run')?.dataset.state;
  });
}

/** Chooses the mapping (if any) and then the data file, and waits for the run. */
export async function checkFile(page: Page, file: string, mapping?: string): Promise<string> {
  if (mapping) {
    const hadFile = await page.locator('#data-file-name').isVisible();
    await forgetRun(page);
    await page.setInputFiles('#mapping-file', mapping);
    if (hadFile) await finished(page);
  }
  await forgetRun(page);
  await page.setInputFiles('#data-file', file);
  return finished(page);
}

export async function downloadText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Clicks a download button and returns the saved file's name and text. */
export async function download(page: Page, kind: string): Promise<{ name: string; text: string }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-download="${kind}"]`)]);
  return { name: saved.suggestedFilename(), text: await downloadText(saved) };
}

export async function pageReport(page: Page): Promise<Report> {
  return JSON.parse((await download(page, 'json')).text) as Report;
}
