import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BUNDLE, PACKAGE_DIR, tempDir } from './run-action.js';

it('the committed dist/index.js is up to date (run npm run build in packages/action)', () => {
  const fresh = join(tempDir(), 'index.js');
  execFileSync(process.execPath, [join(PACKAGE_DIR, 'scripts/build.mjs'), fresh], { cwd: PACKAGE_DIR });
  expect(readFileSync(fresh).equals(readFileSync(BUNDLE))).toBe(true);
});
