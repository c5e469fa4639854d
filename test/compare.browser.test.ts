// The scorecard page of the example manifest (the eleven real files), opened from disk in headless
// Chromium: the matrix, the score chart and the heat map are there, and nothing is requested.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderScorecardHtml } from '@policedata/core';
import { compareSources, planComparison } from '@policedata/core/node';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, requireChromium } from './support/chromium.js';

const root = join(import.meta.dirname, '..');

describe.runIf(requireChromium())('the scorecard page in headless Chromium', () => {
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    const plan = await planComparison(join(root, 'examples/compare/manifest.yaml'), { shownFrom: root });
    const card = await compareSources(plan, { workers: 0 });
    const file = join(mkdtempSync(join(tmpdir(), 'policedata-scorecard-')), 'scorecard.html');
    writeFileSync(file, renderScorecardHtml(card));
    url = pathToFileURL(file).href;
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the matrix, the charts and every dataset, loaded from disk without any request', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== url && !request.url().startsWith('data:')) requests.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    expect(await page.title()).toBe('policedata scorecard: Eleven published police datasets');
    const matrix = page.locator('table.matrix');
    expect(await matrix.locator('tbody tr').count()).toBe(8);
    expect(await matrix.locator('thead th').allTextContents()).toEqual([
      'Agency',
      'Use of force',
      'Complaints',
      'Officer-involved shootings',
      'Crime incidents',
      'Stops',
    ]);
    expect(await page.locator('svg.score-chart rect.score-bar').count()).toBe(11);
    expect(await page.locator('svg.heat-map g.cell').count()).toBe(11 * 8);
    expect(await page.locator('svg[role=img][aria-label]').count()).toBe(2);
    // The bars are drawn: the longest is Indianapolis complaints' (91.2).
    const widths = await page
      .locator('svg.score-chart rect.score-bar')
      .evaluateAll((bars) => bars.map((bar) => (bar as SVGGraphicsElement).getBBox().width));
    expect(Math.max(...widths)).toBeGreaterThan(300);
    expect(await page.locator('table.coverage').count()).toBe(5);
    expect(await page.locator('section[aria-labelledby=changes]').textContent()).toContain('Dallas 2013 → Dallas 2019');
    expect(await page.locator('script').count()).toBe(0);
    expect(requests).toEqual([]);
    await page.close();
  });
});
