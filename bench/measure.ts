// One measurement in its own process, so peak RSS belongs to it alone:
//   tsx bench/measure.ts parse|validate <file>
// Prints one JSON line: { mode, rows, seconds, maxRssMb }.

import { DEFAULT_LIMITS } from '@policedata/core';
import { fileByteSource, validateFile } from '@policedata/core/node';
import { readCsv } from '../packages/core/src/read/csv-reader.js';
import { openText } from '../packages/core/src/read/decode.js';

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'parse' && mode !== 'validate')) throw new Error('usage: measure.ts parse|validate <file>');
const started = performance.now();
let rows = 0;
if (mode === 'parse') {
  // Parse only: the same reader and tokenizer the validator uses, with nothing after it.
  const source = fileByteSource(file);
  const sink = { report() {} };
  const table = await readCsv(await openText(source, sink, DEFAULT_LIMITS), source, sink, DEFAULT_LIMITS);
  for await (const batch of table.batches) rows += batch.length;
} else {
  const report = await validateFile(file, { type: 'stops' });
  rows = report.rows;
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ mode, rows, seconds, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
