// The benchmark: `npm run bench` (builds first). For a 1,000,000-row and a 5,000,000-row stops file
// (generated once with a fixed seed, cached in the OS temp directory), times a parse-only pass and
// full validation, each in its own process, and prints rows/s, MB/s, the full/parse ratio, peak RSS
// and whether the targets of docs/performance.md are met.
//   npm run bench -- --rows 200000   one size only, quicker
//   npm run bench -- --runs 5        runs per measurement (default 3; the median is shown)
//   npm run bench -- --single        also time validation in one thread
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStops } from './generate-stops.js';

interface Measurement {
  mode: string;
  rows: number;
  seconds: number;
  maxRssMb: number;
}

const TARGET_RATIO = 1.5;
const TARGET_RSS_MB = 256;
const TARGET_GROWTH = 0.2;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const sizes = option('--rows') ? [Number(option('--rows'))] : [1_000_000, 5_000_000];
const runs = Number(option('--runs') ?? 3);
const modes = ['parse', 'validate', ...(process.argv.includes('--single') ? ['validate-single'] : [])];
const measureScript = fileURLToPath(new URL('./measure.mjs', import.meta.url));

async function stopsFile(rows: number): Promise<string> {
  const path = join(tmpdir(), `policedata-bench-stops-${rows}.csv`);
  if (!existsSync(path)) {
    process.stdout.write(`generating ${rows.toLocaleString('en-US')} rows in ${path} ... `);
    await generateStops(`${path}.part`, rows);
    renameSync(`${path}.part`, path); // only a complete file is ever reused
    console.log('done');
  }
  return path;
}

function measure(mode: string, file: string): Measurement {
  const child = spawnSync(process.execPath, [measureScript, mode, file], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`measure.mjs ${mode} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as Measurement;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const fixed = (value: number, digits = 2) => value.toFixed(digits);
const millions = (value: number) => `${fixed(value / 1e6)} M`;

console.log(
  `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(`median of ${runs} runs; each run in its own process\n`);
const results: Array<{ rows: number; megabytes: number; byMode: Record<string, { seconds: number; rss: number }> }> =
  [];
for (const rows of sizes) {
  const file = await stopsFile(rows);
  const megabytes = statSync(file).size / 1e6;
  const byMode: Record<string, { seconds: number; rss: number }> = {};
  for (const mode of modes) {
    const all: Measurement[] = [];
    for (let run = 0; run < runs; run++) all.push(measure(mode, file));
    if (all.some((m) => m.rows !== rows)) throw new Error(`${mode} read ${all[0]?.rows} rows, expected ${rows}`);
    byMode[mode] = { seconds: median(all.map((m) => m.seconds)), rss: Math.max(...all.map((m) => m.maxRssMb)) };
    const { seconds, rss } = byMode[mode];
    console.log(
      `${rows.toLocaleString('en-US').padStart(9)} rows  ${mode.padEnd(15)} ${fixed(seconds).padStart(6)} s  ` +
        `${millions(rows / seconds).padStart(8)} rows/s  ${fixed(megabytes / seconds, 0).padStart(4)} MB/s  ` +
        `peak RSS ${String(rss).padStart(4)} MB  (runs: ${all.map((m) => fixed(m.seconds)).join(', ')} s)`,
    );
  }
  results.push({ rows, megabytes, byMode });
}

console.log('');
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
for (const { rows, byMode } of results) {
  const parse = byMode.parse as { seconds: number };
  const full = byMode.validate as { seconds: number; rss: number };
  const ratio = full.seconds / parse.seconds;
  const label = rows.toLocaleString('en-US');
  console.log(
    `${label} rows: full / parse-only = ${fixed(ratio)} (target ≤ ${TARGET_RATIO}): ${verdict(ratio <= TARGET_RATIO)}`,
  );
  console.log(
    `${label} rows: peak RSS ${full.rss} MB (target < ${TARGET_RSS_MB} MB): ${verdict(full.rss < TARGET_RSS_MB)}`,
  );
}
const small = results.find((r) => r.rows === 1_000_000)?.byMode.validate;
const large = results.find((r) => r.rows === 5_000_000)?.byMode.validate;
if (small && large) {
  const growth = large.rss / small.rss - 1;
  console.log(
    `5M / 1M peak RSS = ${fixed(large.rss / small.rss)} (target within ${TARGET_GROWTH * 100} %): ${verdict(growth <= TARGET_GROWTH)}`,
  );
}
