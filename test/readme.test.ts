// The README's first command must work as written: it is what a new user runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => (match[1] ?? '').trim());

describe('README', () => {
  it('gives the two commands: install and run on an example, and run every test', () => {
    expect(blocks[0]).toMatch(/^npm ci && npm run build && npx policedata validate /);
    expect(blocks[1]).toBe('npm test');
  });

  it("runs the main command's validation and prints a report", () => {
    const args = (blocks[0] ?? '').split('npx policedata ')[1]?.split(/\s+/) ?? [];
    const run = spawnSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Dataset   officer-involved-shootings');
    expect(run.stdout).toMatch(/Level {5}BASIC/);
    expect(run.stdout).toContain('Rows      118');
  });

  it('names the CI script that runs the same test command', () => {
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toContain('npm test');
    expect(execFileSync('git', ['ls-files', '.ci/run'], { cwd: root, encoding: 'utf8' }).trim()).toBe('.ci/run');
  });
});
