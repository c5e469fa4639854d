// `npm run generate`: regenerates every derived file from schemas/ (bundle, types, docs).
// `npm run generate -- --check`: exits 1 and lists the files that are stale, writing nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collectGeneratedFiles } from './generators/all.js';
import { repoRoot } from './generators/load-schemas.js';

const check = process.argv.includes('--check');
const files = await collectGeneratedFiles();
const stale: string[] = [];
for (const file of files) {
  const target = join(repoRoot, file.path);
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === file.content) continue;
  stale.push(file.path);
  if (!check) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}
if (check && stale.length > 0) {
  console.error(`Stale generated files (run \`npm run generate\`):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(check ? 'Generated files are up to date.' : `Wrote ${stale.length} of ${files.length} generated files.`);
