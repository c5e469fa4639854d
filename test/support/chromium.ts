/**
 * Headless Chromium for the browser tests (the HTML report, the compare scorecard, the web page).
 *
 * Uses Debian's `chromium` (installed by `.ci/run`), driven by playwright-core: playwright's own
 * browser download is not available on these machines. The flags keep Chromium from reaching for
 * the network on its own (background updates, sync, QUIC), so a test that counts requests only sees
 * the page's own.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.POLICEDATA_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** True when the browser binary exists (CI installs it; a developer may not have it). */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * In CI the browser must be there (`.ci/run` installs it), so a browser test never passes by being
 * skipped; on a developer's machine without Chromium the browser tests are skipped with a reason.
 */
export function requireChromium(): boolean {
  if (chromiumAvailable()) return true;
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: .ci/run installs Debian's chromium.`);
  console.warn(`Skipping browser tests: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`);
  return false;
}
