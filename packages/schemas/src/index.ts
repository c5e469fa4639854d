// @policedata/schemas: the standard's JSON Schemas and a typed registry over them.
import { DATASET_TYPES, schemaDocuments } from './generated/schemas.js';
import { createRegistry } from './registry.js';

export { createAjv } from './create-ajv.js';
export { DATASET_TYPES, schemaDocuments } from './generated/schemas.js';
export {
  type CodeListInfo,
  createRegistry,
  type DatasetTypeInfo,
  type FieldInfo,
  type JsonType,
  type Registry,
} from './registry.js';
export type { SchemaDocument } from './schema-document.js';
export {
  type CodeEntry,
  CROSSWALK_SYSTEMS,
  type CrosswalkSystem,
  type DatasetAnnotation,
  FIELD_LEVELS,
  type FieldLevel,
  type RuleAnnotation,
  vocabulary,
} from './vocabulary.js';

/** A dataset type of the standard, such as `stops` or `use-of-force`. */
export type DatasetType = (typeof DATASET_TYPES)[number];

/** The registry over the schemas shipped in this package. */
export const registry = createRegistry(Object.values(schemaDocuments));

/** Whether `value` names a dataset type of the standard. */
export function isDatasetType(value: string): value is DatasetType {
  return (DATASET_TYPES as readonly string[]).includes(value);
}
export {
  decodeStandardRecord,
  encodeStandardRecord,
  LIST_SEPARATOR,
  type RowValue,
  type StandardRow,
} from './csv-form.js';
