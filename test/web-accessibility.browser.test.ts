// The web page for people who use a keyboard or a screen reader: axe-core (WCAG 2.1 A and AA rules,
// contrast included) finds nothing on the page or in the report it shows, and a file can be chosen,
// re-checked as another type and its report downloaded with the keyboard alone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, requireChromium } from './support/chromium.js';
import {
  checkFile,
  downloadText,
  finished,
  forgetRun,
  requireWebBuild,
  WEB_PAGE,
  type WebSession,
  webSession,
} from './support/web-page.js';

const root = join(import.meta.dirname, '..');
const data = join(root, '../shared/data');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.1 A and AA violations in a page or frame, as `rule: targets` lines. */
async function axeViolations(target: Page): Promise<string[]> {
  await target.evaluate(axeSource);
  const violations = await target.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      iframes: false,
    });
    return result.violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector` (at most 40 times). */
async function tabTo(page: Page, selector: string, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe.runIf(requireChromium())('the web page, accessibly', () => {
  let browser: Browser;
  let session: WebSession;

  beforeAll(async () => {
    requireWebBuild();
    browser = await launchChromium();
    session = await webSession(browser);
  });
  afterAll(async () => {
    await session?.close();
    await browser?.close();
  });

  it('has no axe-core violations before a file is chosen (and axe does see a control without a label)', async () => {
    const page = await session.open(`file://${WEB_PAGE}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('select')));
    expect((await axeViolations(page)).join('\n')).toMatch(/^select-name/m);
    await page.close();
  });

  it('has no axe-core violations with a report shown, personal-data warning included, nor in the report', async () => {
    const page = await session.open(`file://${WEB_PAGE}`);
    const file = join(data, 'officer-involved-shootings/indianapolis-2019-10-31.csv');
    const mapping = join(root, 'examples/mappings/indianapolis-officer-involved-shootings-2019-10-31.yaml');
    expect(await checkFile(page, file, mapping)).toBe('done');
    expect(await page.locator('#pii').isVisible()).toBe(true);
    // The status (role=status) announces it too.
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/Personal data found/);
    expect(await axeViolations(page)).toEqual([]);
    // The frame runs no scripts (axe's timers would never fire there), so the report it shows is
    // checked as a page of its own: the HTML download is the frame's srcdoc.
    const srcdoc = await page.locator('#report').getAttribute('srcdoc');
    const report = await session.context.newPage();
    await report.setContent(srcdoc ?? '', { waitUntil: 'load' });
    expect(await axeViolations(report)).toEqual([]);
    await report.close();
    await page.close();
  });

  it('is operated with the keyboard alone: choose a file, change the type, download the report', async () => {
    const page = await session.open(`file://${WEB_PAGE}`);
    await tabTo(page, '#data-file');
    // Each focused (visually hidden) file input shows its focus ring on its button-like label.
    const ring = (id: string) =>
      page.evaluate((id) => getComputedStyle(document.querySelector(`label[for="${id}"]`) as Element).outlineStyle, id);
    expect(await ring('data-file')).toBe('solid');
    await tabTo(page, '#mapping-file');
    expect(await ring('mapping-file')).toBe('solid');
    expect(await ring('data-file')).toBe('none');
    await tabTo(page, '#data-file', 'Shift+Tab');
    await forgetRun(page);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(join(data, 'use-of-force/dallas-2019.csv'));
    expect(await finished(page)).toBe('done');
    expect(await page.locator('#dataset-type').inputValue()).toBe('use-of-force');

    await tabTo(page, '#dataset-type');
    await forgetRun(page);
    await page.keyboard.press('ArrowDown');
    expect(await finished(page)).toBe('done');
    const type = await page.locator('#dataset-type').inputValue();
    expect(type).not.toBe('use-of-force');
    await expect(page.locator('#verdict').textContent()).resolves.toContain(`${type} (as chosen)`);

    await tabTo(page, 'button[data-download="json"]');
    const [saved] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const report = JSON.parse(await downloadText(saved)) as { dataset: { type: string } };
    expect(report.dataset.type).toBe(type);
    expect(session.requests).toEqual([]);
    await page.close();
  });
});
