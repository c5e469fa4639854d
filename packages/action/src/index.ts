// Entry point of the bundled action (dist/index.js), as the runner starts it.
import { run } from './main.js';

process.exitCode = await run({
  env: process.env,
  cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
  write: (line) => process.stdout.write(`${line}\n`),
});
