// A typed view of the standard: dataset types, their fields with annotations, code lists and rules.
// Works on any set of schema documents, so generators can read schemas/ from disk and the package can
// use its embedded copy.
import type { SchemaDocument } from './schema-document.js';
import type { CodeEntry, CrosswalkSystem, DatasetAnnotation, FieldLevel, RuleAnnotation } from './vocabulary.js';

type JsonSchema = Record<string, unknown>;

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

export interface CodeListInfo {
  /** `race` for shared lists in defs/codes, `<type>.<name>` for lists defined by one dataset type. */
  id: string;
  title: string;
  description: string;
  /** `$id` of the schema and JSON pointer of the list: where to `$ref` it. */
  ref: string;
  values: string[];
  codes: Record<string, CodeEntry>;
  notes: Record<CrosswalkSystem, string>;
}

export interface FieldInfo {
  name: string;
  title?: string;
  description: string;
  level: FieldLevel;
  pii: boolean;
  aliases: string[];
  examples: unknown[];
  type: JsonType;
  /** For `array` fields: the type of each item. */
  itemType?: JsonType;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  /** Allowed values when the field (or each item) is a code. */
  codeList?: CodeListInfo;
  /** Allowed values of a field (or of each item) restricted by a plain `enum` without code annotations. */
  enum?: unknown[];
  /** The shared definition the field uses, `defs/person.schema.json#/$defs/race`. */
  definition?: string;
}

export interface DatasetTypeInfo extends DatasetAnnotation {
  title: string;
  description: string;
  schemaId: string;
}

export interface Registry {
  /** Every schema document, keyed by `$id`. */
  readonly documents: ReadonlyMap<string, SchemaDocument>;
  listDatasetTypes(): DatasetTypeInfo[];
  getDatasetType(type: string, version?: string): DatasetTypeInfo | undefined;
  getSchema(type: string, version?: string): SchemaDocument | undefined;
  listFields(type: string, version?: string): FieldInfo[];
  listRules(type: string, version?: string): RuleAnnotation[];
  /**
   * Fields of any object schema by `$id` (such as the dataset descriptor, which is not a dataset type),
   * optionally of the object at a JSON pointer in it; follows `$ref`s and array `items` to the object.
   */
  listSchemaFields(schemaId: string, pointer?: string): FieldInfo[];
  /** Cross-field rules (`allOf` entries with `x-policedata-rule`) of any schema by `$id`. */
  listSchemaRules(schemaId: string): RuleAnnotation[];
  listCodeLists(): CodeListInfo[];
  /** Follows a `$ref` from a document; undefined when it does not resolve. */
  resolveRef(ref: string, baseId: string): { schema: JsonSchema; id: string; pointer: string } | undefined;
}

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function decodePointer(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `1` or `1.0.0` both select major version 1. */
function majorOf(version: string): string {
  return version.split('.')[0] ?? version;
}

export function createRegistry(documents: Iterable<SchemaDocument>): Registry {
  const byId = new Map<string, SchemaDocument>();
  for (const document of documents) byId.set(document.$id, document);

  const resolveRef: Registry['resolveRef'] = (ref, baseId) => {
    const [path = '', pointer = ''] = ref.split('#');
    const id = path === '' ? baseId : new URL(path, baseId).href;
    let node: unknown = byId.get(id);
    for (const part of decodePointer(pointer)) node = isObject(node) ? node[part] : undefined;
    return isObject(node) ? { schema: node, id, pointer } : undefined;
  };

  const codeListOf = (schema: JsonSchema, id: string, pointer: string): CodeListInfo | undefined => {
    const codes = schema['x-policedata-codes'] as Record<string, CodeEntry> | undefined;
    if (!codes) return undefined;
    const name = pointer.split('/').pop() ?? '';
    const owner = (byId.get(id)?.['x-policedata-dataset'] as DatasetAnnotation | undefined)?.type;
    return {
      id: owner ? `${owner}.${name}` : name,
      title: String(schema.title ?? name),
      description: String(schema.description ?? ''),
      ref: `${id}#${pointer}`,
      values: (schema.enum as string[] | undefined) ?? Object.keys(codes),
      codes,
      notes: schema['x-policedata-crosswalk-notes'] as Record<CrosswalkSystem, string>,
    };
  };

  /** Merges a schema with the chain of definitions it `$ref`s; the nearer keyword wins. */
  const flatten = (
    schema: JsonSchema,
    baseId: string,
  ): { merged: JsonSchema; codeList?: CodeListInfo; definition?: string } => {
    const layers: JsonSchema[] = [schema];
    let codeList: CodeListInfo | undefined;
    let definition: string | undefined;
    let current = schema;
    let currentId = baseId;
    for (let depth = 0; typeof current.$ref === 'string' && depth < 10; depth++) {
      const target = resolveRef(current.$ref, currentId);
      if (!target) break;
      definition ??= `${target.id}#${target.pointer}`;
      codeList ??= codeListOf(target.schema, target.id, target.pointer);
      layers.push(target.schema);
      current = target.schema;
      currentId = target.id;
    }
    const merged: JsonSchema = {};
    for (const layer of layers.reverse()) Object.assign(merged, layer);
    delete merged.$ref;
    return { merged, codeList, definition };
  };

  const datasetSchemas = (): SchemaDocument[] =>
    [...byId.values()].filter((document) => isObject(document['x-policedata-dataset']));

  const getSchema: Registry['getSchema'] = (type, version = '1') =>
    datasetSchemas().find((document) => {
      const annotation = document['x-policedata-dataset'] as DatasetAnnotation;
      return annotation.type === type && majorOf(annotation.version) === majorOf(version);
    });

  const describe = (document: SchemaDocument): DatasetTypeInfo => ({
    ...(document['x-policedata-dataset'] as DatasetAnnotation),
    title: String(document.title ?? ''),
    description: String(document.description ?? ''),
    schemaId: document.$id,
  });

  /** The object schema at `pointer` in a document, and the `$id` its `properties` are relative to. */
  const objectAt = (schemaId: string, pointer: string): { schema: JsonSchema; id: string } | undefined => {
    const target = resolveRef(`#${pointer}`, schemaId);
    if (!target) return undefined;
    let current: JsonSchema = target.schema;
    let currentId = target.id;
    // Follow `$ref`s (and array items) until the node that declares the properties.
    for (let depth = 0; depth < 10 && !isObject(current.properties); depth++) {
      const next =
        typeof current.$ref === 'string'
          ? resolveRef(current.$ref, currentId)
          : isObject(current.items)
            ? { schema: current.items, id: currentId }
            : undefined;
      if (!next) return undefined;
      current = next.schema;
      currentId = next.id;
    }
    return isObject(current.properties) ? { schema: current, id: currentId } : undefined;
  };

  const listSchemaFields: Registry['listSchemaFields'] = (schemaId, pointer = '') => {
    const target = objectAt(schemaId, pointer);
    if (!target) return [];
    const properties = target.schema.properties as Record<string, JsonSchema>;
    return Object.entries(properties).map(([name, property]) => {
      const { merged, codeList: ownList, definition } = flatten(property, target.id);
      let codeList = ownList;
      let itemType: JsonType | undefined;
      let enumValues: unknown[] | undefined;
      if (merged.type === 'array' && isObject(merged.items)) {
        const items = flatten(merged.items, definition?.split('#')[0] ?? target.id);
        itemType = items.merged.type as JsonType;
        codeList ??= items.codeList;
        if (!codeList && Array.isArray(items.merged.enum)) enumValues = items.merged.enum;
      }
      if (!codeList && Array.isArray(merged.enum)) enumValues = merged.enum;
      const optionalNumber = (key: string) => (typeof merged[key] === 'number' ? (merged[key] as number) : undefined);
      const field: FieldInfo = {
        name,
        description: String(merged.description ?? ''),
        level: merged['x-policedata-level'] as FieldLevel,
        pii: merged['x-policedata-pii'] === true,
        aliases: (merged['x-policedata-aliases'] as string[] | undefined) ?? [],
        examples: (merged.examples as unknown[] | undefined) ?? [],
        type: merged.type as JsonType,
      };
      if (typeof merged.title === 'string') field.title = merged.title;
      if (itemType) field.itemType = itemType;
      if (typeof merged.format === 'string') field.format = merged.format;
      if (typeof merged.pattern === 'string') field.pattern = merged.pattern;
      const bounds = { minimum: optionalNumber('minimum'), maximum: optionalNumber('maximum') };
      if (bounds.minimum !== undefined) field.minimum = bounds.minimum;
      if (bounds.maximum !== undefined) field.maximum = bounds.maximum;
      const minLength = optionalNumber('minLength');
      const maxLength = optionalNumber('maxLength');
      if (minLength !== undefined) field.minLength = minLength;
      if (maxLength !== undefined) field.maxLength = maxLength;
      if (codeList) field.codeList = codeList;
      if (enumValues) field.enum = enumValues;
      if (definition) field.definition = definition;
      return field;
    });
  };

  const listFields: Registry['listFields'] = (type, version) => {
    const document = getSchema(type, version);
    return document ? listSchemaFields(document.$id) : [];
  };

  const listSchemaRules: Registry['listSchemaRules'] = (schemaId) => {
    const rules = (byId.get(schemaId)?.allOf ?? []) as JsonSchema[];
    return rules.map((rule) => rule['x-policedata-rule'] as RuleAnnotation).filter(Boolean);
  };

  const listCodeLists: Registry['listCodeLists'] = () => {
    const lists: CodeListInfo[] = [];
    for (const document of byId.values()) {
      const defs = (document.$defs ?? {}) as Record<string, JsonSchema>;
      for (const [name, schema] of Object.entries(defs)) {
        const list = codeListOf(schema, document.$id, `/$defs/${name}`);
        if (list) lists.push(list);
      }
    }
    return lists;
  };

  return {
    documents: byId,
    listDatasetTypes: () => datasetSchemas().map(describe),
    getDatasetType: (type, version) => {
      const document = getSchema(type, version);
      return document ? describe(document) : undefined;
    },
    getSchema,
    listFields,
    listRules: (type, version) => {
      const document = getSchema(type, version);
      return document ? listSchemaRules(document.$id) : [];
    },
    listSchemaFields,
    listSchemaRules,
    listCodeLists,
    resolveRef,
  };
}
