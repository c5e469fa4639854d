// ajv's messages in plain words for people editing a mapping, manifest or config file by hand:
// "must have at least 1 character" rather than "must NOT have fewer than 1 characters".
import type { ErrorObject } from 'ajv';
import { plural } from './report/format.js';

const TYPES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a map of keys and values',
  array: 'a list',
  null: 'empty',
};

/** The message for one ajv error, without the name of what it is about ("must be a list"). */
export function plainMessage(error: Pick<ErrorObject, 'keyword' | 'params' | 'message'>): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const types = String(params.type ?? '').split(',');
      return `must be ${types.map((type) => TYPES[type] ?? type).join(' or ')}`;
    }
    case 'minLength':
      return Number(params.limit) === 1
        ? 'must not be empty'
        : `must have at least ${plural(Number(params.limit), 'character')}`;
    case 'maxLength':
      return `must have at most ${plural(Number(params.limit), 'character')}`;
    case 'minItems':
      return Number(params.limit) === 1 ? 'must not be empty' : `must list at least ${Number(params.limit)} items`;
    case 'maxItems':
      return `must list at most ${Number(params.limit)} items`;
    case 'minProperties':
      return Number(params.limit) === 1 ? 'must not be empty' : `must have at least ${Number(params.limit)} keys`;
    case 'minimum':
      return `must be ${String(params.limit)} or more`;
    case 'maximum':
      return `must be ${String(params.limit)} or less`;
    case 'exclusiveMinimum':
      return `must be more than ${String(params.limit)}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'enum':
      return `must be one of ${((params.allowedValues as unknown[]) ?? []).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'uniqueItems':
      return 'must not list the same item twice';
    case 'pattern':
      return 'is not written in the expected form';
    default:
      return error.message ?? 'is not valid';
  }
}
