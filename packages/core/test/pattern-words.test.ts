// Every pattern a row's field can fail is described in words in findings (value_format_mismatch):
// the people reading them are not expected to read regular expressions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from '@policedata/schemas';
import { describe, expect, it } from 'vitest';
import { describePattern } from '../src/validate/schema-errors.js';

const dir = join(import.meta.dirname, '../../../schemas/v1');
const rowSchemas = [
  ...registry.listDatasetTypes().map((info) => join(dir, `${info.type}.schema.json`)),
  ...readdirSync(join(dir, 'defs')).map((name) => join(dir, 'defs', name)),
];

function patterns(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) patterns(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') found.add(value);
      else patterns(value, found);
    }
  }
  return found;
}

describe('patterns in words', () => {
  const all = new Set<string>();
  for (const file of rowSchemas) patterns(JSON.parse(readFileSync(file, 'utf8')), all);

  it.each([...all])('%s', (pattern) => {
    expect(describePattern(pattern)).not.toMatch(/^text of the form/);
  });
});
