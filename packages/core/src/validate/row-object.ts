// Builds the object a row is validated as, from its fields' values in plan order. It is made for
// millions of rows, so every row object gets the same shape: all mapped fields, in order, unset
// ones `undefined` (which the schema validator treats as absent). An object literal compiled for
// the plan's fields does that fastest; where code cannot be compiled (a strict Content Security
// Policy), a template object is copied and filled in instead.
import type { RowValue } from '@policedata/schemas';

export type RowObject = Record<string, RowValue>;
/** Makes the row object from `values[i]`, the value of field `names[i]` (undefined when unset). */
export type RowBuilder = (values: readonly (RowValue | undefined)[]) => RowObject;

/** Keywords that would see a field left `undefined` as present: rows then get only their set fields. */
const COUNTS_PROPERTIES = /"(?:minProperties|maxProperties|propertyNames|unevaluatedProperties|dependentSchemas)"/;

export function rowBuilder(names: readonly string[], schema: object): RowBuilder {
  if (COUNTS_PROPERTIES.test(JSON.stringify(schema)) || !plainProperties(names, schema)) return setFieldsOnly(names);
  try {
    const fields = names.map((name, index) => `${JSON.stringify(name)}: v[${index}]`).join(', ');
    return new Function('v', `return { ${fields} };`) as RowBuilder;
  } catch {
    return fromTemplate(names);
  }
}

/**
 * Every field is a declared property that no `patternProperties` pattern matches: a key left
 * `undefined` is then ignored by the validator (an undeclared one would be an additional property,
 * and a pattern's schema would be applied to `undefined`).
 */
function plainProperties(names: readonly string[], schema: object): boolean {
  const { properties = {}, patternProperties = {} } = schema as { properties?: object; patternProperties?: object };
  const patterns = Object.keys(patternProperties).map((pattern) => new RegExp(pattern, 'u'));
  return names.every((name) => Object.hasOwn(properties, name) && !patterns.some((pattern) => pattern.test(name)));
}

function fromTemplate(names: readonly string[]): RowBuilder {
  const template: Record<string, undefined> = Object.fromEntries(names.map((name) => [name, undefined]));
  return (values) => {
    const row = { ...template } as unknown as RowObject;
    for (let i = 0; i < names.length; i++) if (values[i] !== undefined) row[names[i] as string] = values[i] as RowValue;
    return row;
  };
}

function setFieldsOnly(names: readonly string[]): RowBuilder {
  return (values) => {
    const row: RowObject = {};
    for (let i = 0; i < names.length; i++) if (values[i] !== undefined) row[names[i] as string] = values[i] as RowValue;
    return row;
  };
}
