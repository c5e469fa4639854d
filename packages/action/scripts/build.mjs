// Bundles the action with its dependencies (committed, as GitHub runs it as is): dist/index.js, and
// dist/worker.node.js, the engine's worker thread, which the engine starts beside the file that
// loads it (new URL('./worker.node.js', import.meta.url)) to validate large CSV files on every core.
// Usage: node scripts/build.mjs <outdir>. Deterministic: the same sources give the same bytes.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist';
const core = dirname(fileURLToPath(import.meta.resolve('@policedata/core/package.json')));
await build({
  entryPoints: {
    index: fileURLToPath(new URL('../src/index.ts', import.meta.url)),
    'worker.node': join(core, 'dist/parallel/worker.node.js'),
  },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies bundled into ESM call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
});
