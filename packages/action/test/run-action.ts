// Runs the bundled action (dist/index.js) the way the runner does: inputs as INPUT_* variables,
// the summary and outputs as files named by GITHUB_STEP_SUMMARY and GITHUB_OUTPUT.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PACKAGE_DIR = resolve(import.meta.dirname, '..');
export const REPO_ROOT = resolve(PACKAGE_DIR, '../..');
export const DATA = '../shared/data';
export const BUNDLE = join(PACKAGE_DIR, 'dist/index.js');
export const hasData = existsSync(resolve(REPO_ROOT, DATA));

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  dir: string;
}

/** Parses the `name<<delimiter` blocks of a GITHUB_OUTPUT file. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name as string] = value.join('\n');
  }
  return outputs;
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'policedata-action-'));

export function runAction(inputs: Record<string, string>, dir = tempDir()): ActionRun {
  const summaryPath = join(dir, 'summary.md');
  const outputPath = join(dir, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: REPO_ROOT,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [BUNDLE], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    dir,
  };
}
