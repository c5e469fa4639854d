// `npm run generate`: regenerates every derived file from schemas/ (bundle, types, docs) and the
// example scorecard from the real data.
// `npm run generate -- --check`: exits 1 and lists the files that are stale, writing nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collectDataGeneratedFiles, collectSourceGeneratedFiles } from './generators/all.js';
import { repoRoot } from './generators/load-schemas.js';
import type { GeneratedFile } from './generators/types.js';

const check = process.argv.includes('--check');
const stale: string[] = [];
let total = 0;

function update(files: readonly GeneratedFile[]): void {
  total += files.length;
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
}

// Written first, so that a schema change reaches the bundle even if the data generators fail.
update(await collectSourceGeneratedFiles());
try {
  update(await collectDataGeneratedFiles());
} catch (error) {
  console.error(
    `The example scorecard was not regenerated: ${(error as Error).message}\nIf you changed a schema, run \`npm run build\` and then \`npm run generate\` again.`,
  );
  process.exit(1);
}
if (check && stale.length > 0) {
  console.error(`Stale generated files (run \`npm run generate\`):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(check ? 'Generated files are up to date.' : `Wrote ${stale.length} of ${total} generated files.`);
