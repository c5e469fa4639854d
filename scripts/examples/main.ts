// `npm run examples`: prints, for every example file, how it fares against its schema.
import { join } from 'node:path';
import { checkExamples } from './check-examples.js';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../examples');
const results = checkExamples(dir);
let failed = false;
for (const result of results) {
  const planted = result.file.endsWith('invalid.csv');
  const ok = result.missed.length === 0 && result.unexpected.length === 0;
  failed ||= !ok;
  const verdict = planted
    ? `${result.errors.length} errors found, as planted`
    : result.errors.length === 0
      ? 'valid'
      : `${result.errors.length} errors`;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${result.file} (${result.type}, ${result.rows} rows): ${verdict}`);
  const shown = planted ? result.errors : result.unexpected;
  for (const error of shown.slice(0, 20)) {
    console.log(`       line ${error.line}${error.rule ? ` [${error.rule}]` : ''}: ${error.message}`);
  }
  for (const miss of result.missed) {
    console.log(`       MISSED line ${miss.line} ${miss.field ?? miss.rule ?? ''} ${miss.note ?? ''}`);
  }
  for (const error of planted ? result.unexpected : []) {
    console.log(`       UNEXPECTED line ${error.line}: ${error.message}`);
  }
}
console.log(
  `\n${results.length} example files checked${failed ? ', some did not behave as expected' : ', all as expected'}.`,
);
process.exit(failed ? 1 : 0);
