// Developer script until the CLI lands: validate one file and print the text report.
// npx tsx scripts/dev/validate.ts <file> [--mapping m.yaml] [--type t] [--json] [--samples N]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseMapping } from '../../packages/core/src/mapping/mapping-file.js';
import { validateFile } from '../../packages/core/src/node.js';
import { renderText } from '../../packages/core/src/report/render-text.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mapping: { type: 'string' },
    type: { type: 'string' },
    json: { type: 'boolean' },
    samples: { type: 'string' },
  },
});
const file = positionals[0];
if (!file) throw new Error('usage: validate.ts <file> [--mapping m.yaml] [--type t] [--json]');
const mapping = values.mapping ? parseMapping(readFileSync(values.mapping, 'utf8'), values.mapping) : undefined;
const started = performance.now();
const report = await validateFile(file, {
  ...(mapping ? { mapping, mappingName: values.mapping } : {}),
  ...(values.type ? { type: values.type } : {}),
});
if (values.json) console.log(JSON.stringify(report, null, 2));
else console.log(renderText(report, { samples: Number(values.samples ?? 5) }));
console.error(`${Math.round(performance.now() - started)} ms`);
