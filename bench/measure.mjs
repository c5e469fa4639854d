// One measurement in its own process, so peak RSS belongs to it alone:
//   node bench/measure.mjs parse|validate|validate-single <file>
// Prints one JSON line: { mode, rows, seconds, maxRssMb }. Uses the built package (npm run build).
// Plain JavaScript on purpose: a TypeScript loader (tsx) runs in a thread of its own and would add
// about 30 MB to every figure.
//   parse            the CSV reader alone (decode, dialect, header, tokenizer, data-row checks), one thread
//   validate         full validation as validateFile does it by default (workers for large files)
//   validate-single  full validation in one thread
import { DEFAULT_LIMITS } from '@policedata/core';
import { fileByteSource, validateFile } from '@policedata/core/node';
import { readCsv } from '../packages/core/dist/read/csv-reader.js';
import { openText } from '../packages/core/dist/read/decode.js';

const MODES = ['parse', 'validate', 'validate-single'];
const [mode = '', file] = process.argv.slice(2);
if (!file || !MODES.includes(mode)) throw new Error(`usage: measure.mjs ${MODES.join('|')} <file>`);
const started = performance.now();
let rows = 0;
if (mode === 'parse') {
  const source = fileByteSource(file);
  const sink = { report() {} };
  const table = await readCsv(await openText(source, sink, DEFAULT_LIMITS), source, sink, DEFAULT_LIMITS);
  for await (const batch of table.batches) rows += batch.length;
} else {
  // A fixed as-of date, so that the same file always gives the same findings.
  const options = { type: 'stops', asOf: '2025-01-01', ...(mode === 'validate-single' ? { workers: 0 } : {}) };
  const report = await validateFile(file, options);
  rows = report.rows;
}
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
// CPU time of every thread of the process: on a busy machine it moves less than the wall time.
const cpuSeconds = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1e4) / 100;
console.log(JSON.stringify({ mode, rows, seconds, cpuSeconds, maxRssMb: Math.round(usage.maxRSS / 1024) }));
