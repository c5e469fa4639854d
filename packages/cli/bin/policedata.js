#!/usr/bin/env node
// A committed launcher, so npm links the `policedata` command at install time, before the first build.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bin.js', import.meta.url);
if (existsSync(entry)) {
  await import(entry.href);
} else {
  process.stderr.write('policedata: the CLI is not built yet. Run `npm run build` in the repository first.\n');
  process.exitCode = 2;
}
