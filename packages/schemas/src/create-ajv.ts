// One configured ajv instance: draft 2020-12, strict mode, formats, the standard's vocabulary and every
// schema of the standard registered, so `$ref`s between files resolve without any network access.

import type { Options } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { schemaDocuments } from './generated/schemas.js';
import { vocabulary } from './vocabulary.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module namespace.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export function createAjv(options: Options = {}): Ajv2020 {
  // strictRequired is off because cross-field rules name root properties inside `if`/`then`, where ajv
  // cannot see them; the schema tests check instead that every `required` name is a real field.
  // allowUnionTypes lets a value be `["string", "null"]` (a crosswalk entry mapped to "not recorded").
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true, ...options });
  addFormats(ajv, ['date', 'date-time', 'time', 'uri', 'email']);
  for (const keyword of vocabulary) ajv.addKeyword(keyword);
  for (const document of Object.values(schemaDocuments)) ajv.addSchema(document);
  return ajv;
}
