// Bundles the action with its dependencies into one ESM file (committed, as GitHub runs it as is).
// Usage: node scripts/build.mjs <outfile>. Deterministic: the same sources give the same bytes.
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist/index.js';
await build({
  entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
  outfile,
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
