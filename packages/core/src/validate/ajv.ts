// Shared ajv instances for the engine; each schema is compiled once per mode and reused for every
// row. `first` stops at the first error (the fast path for valid rows); `all` collects every error;
// `part` compiles a part of a schema on its own (a field's schema, one cross-field rule), where
// strict type checks cannot see the enclosing `type: object`.
import { createAjv } from '@policedata/schemas';
import type { ValidateFunction } from 'ajv';

type Mode = 'all' | 'first' | 'part';

const instances: Partial<Record<Mode, ReturnType<typeof createAjv>>> = {};
const cache = new Map<string, ValidateFunction>();

/** The compiled validator for a schema `$id` (or `$id#/pointer`), compiled on first use. */
export function validatorFor(id: string, mode: Mode = 'all'): ValidateFunction {
  const key = `${mode} ${id}`;
  let validate = cache.get(key);
  if (!validate) {
    const ajv =
      instances[mode] ?? createAjv({ allErrors: mode === 'all', ...(mode === 'part' ? { strictTypes: false } : {}) });
    instances[mode] = ajv;
    validate = ajv.getSchema(id) ?? ajv.compile({ $ref: id });
    cache.set(key, validate);
  }
  return validate;
}

/** A JSON pointer token for a property name (`~` and `/` escaped, then URI-encoded). */
const pointer = (name: string) => encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1'));

/** The validator of one field's own schema (`properties/<field>` of its dataset schema), on its own. */
export function fieldValidator(schemaId: string, field: string): ValidateFunction {
  return validatorFor(`${schemaId}#/properties/${pointer(field)}`, 'part');
}
