import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_DIR, tempDir } from './run-action.js';

// Compared with the dist/index.js committed in git, not the one on disk: `turbo run build` rewrites
// the file on disk before the tests run, so only git still holds what the Action will really run.
it('the committed dist/ is up to date (run npm run build in packages/action and commit dist/)', () => {
  const fresh = tempDir();
  execFileSync(process.execPath, [join(PACKAGE_DIR, 'scripts/build.mjs'), fresh], { cwd: PACKAGE_DIR });
  for (const name of ['index.js', 'worker.node.js']) {
    const committed = execFileSync('git', ['show', `HEAD:packages/action/dist/${name}`], {
      cwd: PACKAGE_DIR,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(readFileSync(join(fresh, name)).equals(committed), name).toBe(true);
  }
});
