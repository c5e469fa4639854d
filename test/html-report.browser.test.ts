// The HTML report, rendered by a real browser: readable layout, no scripts, no network requests.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, renderHtml } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, requireChromium } from './support/chromium.js';

const root = join(import.meta.dirname, '..');
const file = join(root, 'examples/data/indianapolis-officer-involved-shootings-2019-10-31.csv');
const mapping = join(root, 'examples/mappings/indianapolis-officer-involved-shootings-2019-10-31.yaml');

describe.runIf(requireChromium())('the HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the summary, coverage and findings of a real file without any request', async () => {
    const report = await validateFile(file, { mapping: parseMapping(readFileSync(mapping, 'utf8'), mapping) });
    const html = renderHtml(report);
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    expect(await page.title()).toContain('indianapolis-officer-involved-shootings');
    const text = await page.locator('body').textContent();
    expect(text).toMatch(/basic/i);
    expect(text).toContain('118');
    expect(await page.locator('table').count()).toBeGreaterThan(1);
    expect(await page.locator('script').count()).toBe(0);
    expect(requests).toEqual([]);
    await page.close();
  });
});
