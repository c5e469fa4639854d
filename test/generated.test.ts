// Generated files (schema bundle, types, reference docs) must match what `npm run generate` writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectGeneratedFiles } from '../scripts/generators/all.js';
import { GENERATED_HEADER } from '../scripts/generators/types.js';

const root = join(import.meta.dirname, '..');
const files = await collectGeneratedFiles();

describe('generated files', () => {
  it.each(files.map((file) => [file.path, file] as const))(
    '%s is up to date (run `npm run generate`)',
    (path, file) => {
      let current = '';
      try {
        current = readFileSync(join(root, path), 'utf8');
      } catch {
        current = '(missing)';
      }
      expect(current === file.content, `${path} is stale: run \`npm run generate\` and commit the result`).toBe(true);
    },
  );

  it.each(files.map((file) => [file.path, file] as const))(
    '%s says it is generated in its first line',
    (_path, file) => {
      expect(file.content.split('\n')[0]).toContain(GENERATED_HEADER);
    },
  );
});
