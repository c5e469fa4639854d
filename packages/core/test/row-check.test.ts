// The quick row check (row-check.ts) must say "valid" exactly when the whole dataset schema does,
// for every dataset type: it decides which rows skip full validation.
import { registry, type SchemaDocument } from '@policedata/schemas';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../src/validate/ajv.js';
import { rowCheck } from '../src/validate/row-check.js';
import { rowBuilder } from '../src/validate/row-object.js';
import { random } from './random.js';

const ANY = [
  true,
  false,
  0,
  1,
  -5,
  2.5,
  140,
  '',
  ' x',
  'x',
  'W',
  '2019-05-26',
  '2019-02-30',
  '12:30',
  '25:00',
  '18-24',
  [],
];

/** Values a field might hold once coerced: its codes and examples, plausible scalars and junk. */
function candidates(field: ReturnType<typeof registry.listFields>[number]): unknown[] {
  const codes = [...(field.codeList?.values ?? []), ...((field.enum as unknown[] | undefined) ?? [])];
  const own = [...codes, ...field.examples];
  if (field.type === 'array') return [...codes.map((code) => [code]), codes.slice(0, 2), ...ANY];
  return own.length > 0 ? [...own, ...own, ...ANY] : ANY;
}

describe('rowCheck', () => {
  for (const { type } of registry.listDatasetTypes()) {
    it(`agrees with the whole ${type} schema on 20,000 random rows`, () => {
      const schema = registry.getSchema(type) as SchemaDocument;
      const fields = registry.listFields(type);
      const names = fields.map((field) => field.name);
      const check = rowCheck(schema, names);
      expect(check).toBeDefined();
      const build = rowBuilder(names, schema);
      const whole = validatorFor(schema.$id, 'first');
      // Each field's candidates split by its own schema, so that many rows are valid but for a rule.
      const pools = fields.map((field) => {
        const own = validatorFor(`${schema.$id}#/properties/${field.name}`, 'part');
        const all = candidates(field);
        return { good: all.filter((value) => own(value)), bad: all.filter((value) => !own(value)) };
      });
      const required = new Set((schema.required as string[] | undefined) ?? []);
      const rand = random(type.length);
      const pick = (list: unknown[]) => list[Math.floor(rand() * list.length)];
      let valid = 0;
      let invalid = 0;
      let byRule = 0;
      for (let i = 0; i < 20_000; i++) {
        // Most fields unset, as in real files; few bad values, so that rules decide many rows.
        const values = fields.map((field, index) => {
          const { good, bad } = pools[index] as { good: unknown[]; bad: unknown[] };
          if (!required.has(field.name) && rand() < 0.6) return undefined;
          return rand() < 0.97 && good.length > 0 ? pick(good) : pick(bad);
        }) as never[];
        const row = build(values);
        const expected = whole(row);
        expect(check?.(values, row)).toBe(expected);
        if (expected) valid += 1;
        else invalid += 1;
        const fieldsFine = values.every((value, index) => value === undefined || pools[index]?.good.includes(value));
        if (!expected && fieldsFine) byRule += 1;
      }
      if (Array.isArray(schema.allOf) && schema.allOf.length > 0) expect(byRule).toBeGreaterThan(20);
      expect(invalid).toBeGreaterThan(1000);
      expect(valid).toBeGreaterThan(1000);
    });
  }
});
