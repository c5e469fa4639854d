// Tells whether a row is valid with the same answer as the whole dataset schema, faster. A dataset
// schema's top level is `type: object`, `required`, `properties`, `patternProperties`,
// `additionalProperties: false` and `allOf` (the cross-field rules), so a row is valid exactly when
// its required fields are set, each set field is valid against its own property schema and each
// rule holds. A field's verdict depends on its value alone, so it is remembered per value for
// fields whose values repeat (codes, dates, ages). Rows that fail are then validated again with
// every error collected, to report them. Schemas of another shape get no checker (undefined) and
// are validated whole.
import type { RowValue, SchemaDocument } from '@policedata/schemas';
import type { ValidateFunction } from 'ajv';
import { fieldValidator, validatorFor } from './ajv.js';
import type { RowBuilder, RowObject } from './row-object.js';

export type RowCheck = (values: readonly (RowValue | undefined)[], row: RowObject) => boolean;

const TOP_LEVEL = new Set([
  '$schema',
  '$id',
  '$defs',
  '$comment',
  'title',
  'description',
  'type',
  'required',
  'properties',
  'patternProperties',
  'additionalProperties',
  'allOf',
]);

/**
 * What decides a row's validity, field by field: each field's own check, the required fields (their
 * slots) and the cross-field rules. `names[i]` is the field whose value is `values[i]`. Undefined
 * when the schema has another shape.
 */
export interface RowCheckParts {
  fields: FieldCheck[];
  /** Slots of the required fields the file has. */
  required: number[];
  /** Some required field is not in the file at all: no row is valid (it is reported once, not per row). */
  requiredMissing: boolean;
  rules: Rule[];
}

export function rowCheckParts(schema: SchemaDocument, names: readonly string[]): RowCheckParts | undefined {
  const top = schema as unknown as Record<string, unknown>;
  if (Object.keys(top).some((key) => !TOP_LEVEL.has(key) && !key.startsWith('x-'))) return undefined;
  if (top.type !== 'object' || (top.additionalProperties !== false && top.additionalProperties !== undefined)) {
    return undefined;
  }
  const properties = (top.properties ?? {}) as Record<string, unknown>;
  const patterns = Object.keys((top.patternProperties ?? {}) as object).map((pattern) => new RegExp(pattern, 'u'));
  // Every field must be a plain property: a field a pattern also governs would need both schemas.
  if (names.some((name) => !Object.hasOwn(properties, name) || patterns.some((pattern) => pattern.test(name)))) {
    return undefined;
  }
  const id = schema.$id;
  const fields = names.map((name) => new FieldCheck(fieldValidator(id, name)));
  const required = ((top.required ?? []) as string[]).map((name) => names.indexOf(name));
  const rules = ((top.allOf ?? []) as unknown[]).flatMap((rule, index) => {
    const applies = ruleCondition(rule, names);
    if (applies === false) return []; // its condition names a field the file does not have: it always holds
    return [{ applies, validate: validatorFor(`${id}#/allOf/${index}`, 'part') }];
  });
  return { fields, required: required.filter((slot) => slot !== -1), requiredMissing: required.includes(-1), rules };
}

/** `names[i]` is the field whose value is `values[i]`. */
export function rowCheck(schema: SchemaDocument, names: readonly string[]): RowCheck | undefined {
  const parts = rowCheckParts(schema, names);
  return parts && rowCheckFrom(parts);
}

/** The row check made of its parts (see rowCheckParts). */
export function rowCheckFrom(parts: RowCheckParts): RowCheck {
  if (parts.requiredMissing) return () => false; // a required field the file does not have
  const { fields, required, rules } = parts;
  return (values, row) => {
    for (let i = 0; i < required.length; i++) if (values[required[i] as number] === undefined) return false;
    for (let slot = 0; slot < fields.length; slot++) {
      const value = values[slot];
      if (value !== undefined && !(fields[slot] as FieldCheck).valid(value)) return false;
    }
    return rulesHold(rules, values, row);
  };
}

/**
 * Every cross-field rule holds for the row: `row` is its object, or a builder that makes it from
 * `values` only if some rule's condition can hold.
 */
export function rulesHold(rules: readonly Rule[], values: Values, row: RowObject | RowBuilder): boolean {
  let built = typeof row === 'function' ? undefined : row;
  for (let i = 0; i < rules.length; i++) {
    const { applies, validate } = rules[i] as Rule;
    if (applies && !applies(values)) continue;
    built ??= (row as RowBuilder)(values);
    if (!validate(built)) return false;
  }
  return true;
}

type Values = readonly (RowValue | undefined)[];

export interface Rule {
  /** False when the rule's condition cannot hold for these values (then the rule holds); absent: run it. */
  applies: ((values: Values) => boolean) | undefined;
  validate: ValidateFunction;
}

/** What an `if` (or one `anyOf` branch of it) needs: fields set, some of them to given values. */
interface Condition {
  slots: number[];
  values: Array<[slot: number, allowed: readonly unknown[]]>;
}

type Primitive = string | number | boolean | null;
const isPrimitive = (value: unknown): value is Primitive => value === null || typeof value !== 'object';

/**
 * A cross-field rule `{ if, then }` (no `else`) holds whenever its `if` fails, and most rows fail
 * it at once: a field the condition requires is unset, or holds another value than the `const` or
 * `enum` it asks for. Checking that first spares running the rule. Returns a test of whether the
 * condition can hold, false when it never can (it requires a field the file does not have), or
 * undefined for rules of other shapes (always run).
 */
function ruleCondition(rule: unknown, names: readonly string[]): ((values: Values) => boolean) | false | undefined {
  if (typeof rule !== 'object' || rule === null) return undefined;
  const keys = Object.keys(rule).filter((key) => !key.startsWith('x-') && key !== 'description' && key !== '$comment');
  if (keys.some((key) => key !== 'if' && key !== 'then')) return undefined;
  const condition = (rule as { if?: unknown }).if as { required?: unknown; anyOf?: unknown } | undefined;
  const branches = Array.isArray(condition?.required) ? [condition] : condition?.anyOf;
  if (!Array.isArray(branches)) return undefined;
  const conditions: Condition[] = [];
  for (const branch of branches) {
    const found = branchCondition(branch, names);
    if (found === undefined) return undefined;
    if (found) conditions.push(found);
  }
  if (conditions.length === 0) return false;
  return (values) =>
    conditions.some(
      ({ slots, values: wanted }) =>
        slots.every((slot) => values[slot] !== undefined) &&
        wanted.every(([slot, allowed]) => allowed.includes(values[slot])),
    );
}

/** The condition of one schema with `required`; false if it names a field not in the file. */
function branchCondition(schema: unknown, names: readonly string[]): Condition | false | undefined {
  const { required, properties = {} } = (schema ?? {}) as { required?: unknown; properties?: Record<string, unknown> };
  if (!Array.isArray(required)) return undefined;
  const slots = required.map((name) => names.indexOf(String(name)));
  if (slots.includes(-1)) return false;
  const values: Condition['values'] = [];
  for (const [name, property] of Object.entries(properties)) {
    const slot = names.indexOf(name);
    if (!required.includes(name) || slot === -1 || typeof property !== 'object' || property === null) continue;
    const keys = Object.keys(property);
    const { const: only, enum: allowed } = property as { const?: unknown; enum?: unknown };
    // Only a bare `const` or `enum` of plain values, whose test is the same as the validator's.
    if (keys.length === 1 && keys[0] === 'const' && isPrimitive(only)) values.push([slot, [only]]);
    else if (keys.length === 1 && keys[0] === 'enum' && Array.isArray(allowed) && allowed.every(isPrimitive)) {
      values.push([slot, allowed]);
    }
  }
  return { slots, values };
}

const MEMO_LIMIT = 4096;
const MEMO_TRIAL = 8192;

/** One field's schema, with verdicts remembered per value while values repeat enough to pay. */
export class FieldCheck {
  private memo: Map<RowValue, boolean> | undefined = new Map();
  private lookups = 0;
  private hits = 0;

  constructor(private readonly validate: ValidateFunction) {}

  valid(value: RowValue): boolean {
    const { memo } = this;
    if (memo === undefined) return this.validate(value) as boolean;
    let verdict = memo.get(value);
    if (verdict === undefined) {
      verdict = this.validate(value) as boolean;
      // A copy of text: values can be slices of a large piece of the file, which a kept key would pin.
      if (memo.size < MEMO_LIMIT) memo.set(typeof value === 'string' ? ` ${value}`.slice(1) : value, verdict);
    } else this.hits += 1;
    this.lookups += 1;
    if (this.lookups === MEMO_TRIAL && this.hits < MEMO_TRIAL / 2) this.memo = undefined;
    return verdict;
  }
}
