// The standard's own rules (docs/authoring-schemas.md), checked on every schema file.
import { describe, expect, it } from 'vitest';
import {
  createAjv,
  createRegistry,
  DATASET_TYPES,
  FIELD_LEVELS,
  registry,
  type SchemaDocument,
  schemaDocuments,
} from '../src/index.js';

const STANDARD_TYPES = [
  'stops',
  'use-of-force',
  'officer-involved-shootings',
  'complaints',
  'calls-for-service',
  'arrests',
  'citations',
  'crime-incidents',
  'assaults-on-officers',
  'vehicle-pursuits',
  'employees',
];

const ajv = createAjv();
const documents = Object.entries(schemaDocuments);
const datasetTypes = registry.listDatasetTypes();

/** Every `$ref` in a document, with the `$id` it is relative to. */
function collectRefs(node: unknown, refs: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, refs);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') refs.push(value);
      else if (!key.startsWith('x-policedata-')) collectRefs(value, refs);
    }
  }
  return refs;
}

/** Property names a cross-field rule mentions in `required` or `properties`, at any depth. */
function namesInRule(node: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) namesInRule(item, names);
  else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.required)) for (const name of record.required) names.add(String(name));
    if (typeof record.properties === 'object' && record.properties !== null) {
      for (const name of Object.keys(record.properties)) names.add(name);
    }
    for (const [key, value] of Object.entries(record)) if (key !== 'x-policedata-rule') namesInRule(value, names);
  }
  return names;
}

describe('the standard v1', () => {
  it('defines every dataset type of the Police Data Initiative scope', () => {
    expect([...DATASET_TYPES].sort()).toEqual([...STANDARD_TYPES].sort());
  });

  it.each(documents)('%s has an $id matching its path and compiles in strict mode', (path, document) => {
    expect(document.$id).toBe(`https://schemas.policedata.dev/${path}`);
    expect(document.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => ajv.compile({ $ref: document.$id })).not.toThrow();
  });

  it.each(documents)('every $ref in %s resolves', (_path, document) => {
    for (const ref of collectRefs(document)) {
      expect(registry.resolveRef(ref, document.$id), `${ref} from ${document.$id}`).toBeDefined();
    }
  });

  it('rejects an annotation with a typo (the vocabulary has meta-schemas)', () => {
    const broken: SchemaDocument = {
      $id: 'https://schemas.policedata.dev/test/broken.schema.json',
      type: 'object',
      properties: { a: { type: 'string', 'x-policedata-level': 'recomended' } },
    };
    expect(() => createAjv().compile(broken)).toThrow(/x-policedata-level/);
    const unknown: SchemaDocument = { $id: 'https://schemas.policedata.dev/test/unknown.schema.json', 'x-police': 1 };
    expect(() => createAjv().compile(unknown)).toThrow(/unknown keyword/);
  });
});

describe.each(datasetTypes.map((info) => [info.type, info] as const))('dataset type %s', (type, info) => {
  const schema = registry.getSchema(type) as SchemaDocument;
  const fields = registry.listFields(type);
  const names = new Set(fields.map((field) => field.name));

  it('is named after its file and declares grain and keys that are fields', () => {
    expect(schema.$id).toBe(`https://schemas.policedata.dev/v1/${type}.schema.json`);
    expect(info.grain.description.length).toBeGreaterThan(10);
    for (const key of info.keys) expect(names, `key ${key}`).toContain(key);
  });

  it('annotates every field with description, level, PII flag, aliases and an example', () => {
    for (const field of fields) {
      expect(field.name, 'snake_case').toMatch(/^[a-z][a-z0-9_]*$/);
      expect(field.description.length, `${field.name} description`).toBeGreaterThan(10);
      expect(FIELD_LEVELS, `${field.name} level`).toContain(field.level);
      const property = (schema.properties as Record<string, Record<string, unknown>>)[field.name] ?? {};
      expect(typeof property['x-policedata-pii'], `${field.name} pii`).toBe('boolean');
      expect(Array.isArray(property['x-policedata-aliases']), `${field.name} aliases`).toBe(true);
      expect(field.examples.length, `${field.name} examples`).toBeGreaterThan(0);
    }
  });

  it('has examples that are valid values of their own fields', () => {
    for (const field of fields) {
      const validate = ajv.compile({ $ref: `${schema.$id}#/properties/${field.name}` });
      for (const example of field.examples) {
        expect(validate(example), `${field.name} example ${JSON.stringify(example)}`).toBe(true);
      }
    }
  });

  it('requires exactly the fields whose level is required', () => {
    const required = fields.filter((field) => field.level === 'required').map((field) => field.name);
    expect([...((schema.required as string[]) ?? [])].sort()).toEqual(required.sort());
    expect(required.length).toBeGreaterThan(0);
  });

  it('names only its own fields in cross-field rules, each with an id and description', () => {
    const rules = (schema.allOf ?? []) as Array<Record<string, unknown>>;
    for (const rule of rules) {
      expect(rule['x-policedata-rule']).toBeDefined();
      expect(rule.if).toBeDefined();
      expect(rule.then).toBeDefined();
      for (const name of namesInRule([rule.if, rule.then])) expect(names, `rule names ${name}`).toContain(name);
    }
    const ids = registry.listRules(type).map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps source columns under raw_ and rejects any other unknown field', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys((schema.patternProperties as object) ?? {})).toEqual(['^raw_[a-z0-9_]+$']);
  });

  it('marks personal data fields', () => {
    const pii = fields.filter((field) => field.pii).map((field) => field.name);
    const personal =
      /^(subject|officer|complainant|witness|victim|arrestee|suspect|employee|driver|person)_((first|last|middle|full)_)?name$|(date_of_birth|license_plate|drivers_license|badge_number)$/;
    for (const name of [...names].filter((n) => personal.test(n))) {
      expect(pii, `${name} should be PII`).toContain(name);
    }
  });
});

describe('code lists', () => {
  it.each(registry.listCodeLists().map((list) => [list.id, list] as const))('%s documents every code', (_id, list) => {
    expect(Object.keys(list.codes).sort()).toEqual([...list.values].sort());
    for (const system of ['opp', 'nibrs', 'opd'] as const) expect(list.notes[system]?.length).toBeGreaterThan(5);
    for (const value of list.values) expect(value).toMatch(/^[a-z0-9][a-z0-9_]*$/);
  });

  it('keeps the source race value beside a multi-valued normalised race', () => {
    const fields = registry.listFields('stops');
    const race = fields.find((field) => field.name === 'subject_race');
    expect(race?.type).toBe('array');
    expect(race?.codeList?.id).toBe('race');
    expect(fields.find((field) => field.name === 'subject_race_raw')?.type).toBe('string');
  });
});

describe('createRegistry', () => {
  it('works on any set of documents', () => {
    const local = createRegistry(Object.values(schemaDocuments));
    expect(local.listDatasetTypes().length).toBe(datasetTypes.length);
    expect(local.getSchema('stops', '1.0.0')?.$id).toBe(registry.getSchema('stops')?.$id);
    expect(local.getSchema('stops', '2')).toBeUndefined();
    expect(local.getSchema('no-such-type')).toBeUndefined();
  });
});
