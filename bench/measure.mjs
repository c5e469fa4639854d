// One measurement in its own process, so peak RSS belongs to it alone:
//   node bench/measure.mjs parse|validate|validate-single|parts <file>
// Prints one JSON line: { mode, rows, seconds, maxRssMb }. Uses the built package (npm run build).
// Plain JavaScript on purpose: a TypeScript loader (tsx) runs in a thread of its own and would add
// about 30 MB to every figure.
//   parse            the CSV reader alone (decode, dialect, header, tokenizer, data-row checks), one thread
//   validate         full validation as validateFile does it by default (workers for large files)
//   validate-single  full validation in one thread
//   parts            the workers' share alone: the file's text read into memory first (not timed),
//                    cut into 512 KB parts of 32 KB pieces as the chunker cuts them, and validated
//                    part by part by one ChunkValidator in this thread. Steadier than the others
//                    (no file reading, decoding, threads or merging), for comparing two versions
//                    of the row path back to back.

import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS } from '@policedata/core';
import { fileByteSource, validateFile } from '@policedata/core/node';
import { ChunkValidator } from '../packages/core/dist/parallel/chunk-validator.js';
import { readCsv } from '../packages/core/dist/read/csv-reader.js';
import { openText } from '../packages/core/dist/read/decode.js';

const MODES = ['parse', 'validate', 'validate-single', 'parts'];
const [mode = '', file] = process.argv.slice(2);
if (!file || !MODES.includes(mode)) throw new Error(`usage: measure.mjs ${MODES.join('|')} <file>`);
let parts;
let setup;
if (mode === 'parts') {
  const text = readFileSync(file, 'utf8');
  const headerEnd = text.indexOf('\n') + 1;
  const header = text.slice(0, headerEnd).trim().split(',');
  setup = {
    fileName: file,
    sourceName: file,
    header,
    names: header,
    delimiter: ',',
    quote: '"',
    limits: DEFAULT_LIMITS,
    type: 'stops',
    asOf: '2025-01-01',
    severity: {},
    ignore: [],
    maxSamples: 5,
  };
  parts = [];
  for (let at = headerEnd; at < text.length; ) {
    const cut = text.indexOf('\n', at + 512 * 1024);
    const end = cut === -1 ? text.length : cut + 1;
    const pieces = [];
    for (let piece = at; piece < end; piece += 32 * 1024)
      pieces.push(text.slice(piece, Math.min(end, piece + 32 * 1024)));
    parts.push(pieces);
    at = end;
  }
}
const started = performance.now();
let rows = 0;
if (mode === 'parts') {
  // The synthetic file has no line breaks in cells: a part's first line follows from its rows.
  const validator = new ChunkValidator(setup);
  let line = 2;
  parts.forEach((texts, id) => {
    const result = validator.run({ id, texts, line, final: id === parts.length - 1 });
    rows += result.rows;
    line += result.dataRows;
  });
} else if (mode === 'parse') {
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
