import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_DIR, tempDir } from './run-action.js';

// Compared with the dist/index.js committed in git, not the one on disk: `turbo run build` rewrites
// the file on disk before the tests run, so only git still holds what the Action will really run.
it('the committed dist/index.js is up to date (run npm run build in packages/action and commit dist/)', () => {
  const fresh = join(tempDir(), 'index.js');
  execFileSync(process.execPath, [join(PACKAGE_DIR, 'scripts/build.mjs'), fresh], { cwd: PACKAGE_DIR });
  const committed = execFileSync('git', ['show', 'HEAD:packages/action/dist/index.js'], {
    cwd: PACKAGE_DIR,
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(readFileSync(fresh).equals(committed)).toBe(true);
});
