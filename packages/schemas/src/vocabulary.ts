// The standard's annotation vocabulary. Every `x-policedata-*` keyword is registered with ajv so that
// strict mode stays on, and each carries a meta-schema so a typo in an annotation fails compilation.
import type { KeywordDefinition } from 'ajv';

/** Conformance level of a field: what a publisher must, should or may provide. */
export type FieldLevel = 'required' | 'recommended' | 'optional';

export const FIELD_LEVELS: readonly FieldLevel[] = ['required', 'recommended', 'optional'];

/** The systems each code list is crosswalked to. */
export const CROSSWALK_SYSTEMS = ['opp', 'nibrs', 'opd'] as const;
export type CrosswalkSystem = (typeof CROSSWALK_SYSTEMS)[number];

export interface CodeEntry {
  label: string;
  description: string;
  /** Common spellings in published files; hints for a mapping, never applied silently. */
  aliases: string[];
  crosswalk: Partial<Record<CrosswalkSystem, string>>;
}

export interface DatasetAnnotation {
  type: string;
  version: string;
  grain: { id: string; description: string };
  keys: string[];
  /** Names publishers give this dataset type ("Response to Resistance"). */
  aliases: string[];
  crosswalk: Partial<Record<CrosswalkSystem | 'pdi', string>>;
}

export interface RuleAnnotation {
  id: string;
  description: string;
}

const snakeCase = { type: 'string', pattern: '^[a-z][a-z0-9_]*$' } as const;
const nonEmpty = { type: 'string', minLength: 1 } as const;
const crosswalkProps = { opp: nonEmpty, nibrs: nonEmpty, opd: nonEmpty } as const;

export const vocabulary: KeywordDefinition[] = [
  {
    keyword: 'x-policedata-level',
    metaSchema: { enum: FIELD_LEVELS },
  },
  {
    keyword: 'x-policedata-pii',
    metaSchema: { type: 'boolean' },
  },
  {
    keyword: 'x-policedata-aliases',
    metaSchema: { type: 'array', items: nonEmpty, uniqueItems: true },
  },
  {
    keyword: 'x-policedata-rule',
    metaSchema: {
      type: 'object',
      required: ['id', 'description'],
      additionalProperties: false,
      properties: { id: snakeCase, description: nonEmpty },
    },
  },
  {
    keyword: 'x-policedata-codes',
    metaSchema: {
      type: 'object',
      minProperties: 1,
      propertyNames: snakeCase,
      additionalProperties: {
        type: 'object',
        required: ['label', 'description', 'aliases', 'crosswalk'],
        additionalProperties: false,
        properties: {
          label: nonEmpty,
          description: nonEmpty,
          aliases: { type: 'array', items: nonEmpty },
          crosswalk: { type: 'object', additionalProperties: false, properties: crosswalkProps },
        },
      },
    },
  },
  {
    keyword: 'x-policedata-crosswalk-notes',
    metaSchema: {
      type: 'object',
      required: [...CROSSWALK_SYSTEMS],
      additionalProperties: false,
      properties: crosswalkProps,
    },
  },
  {
    keyword: 'x-policedata-dataset',
    metaSchema: {
      type: 'object',
      required: ['type', 'version', 'grain', 'keys', 'aliases', 'crosswalk'],
      additionalProperties: false,
      properties: {
        type: { type: 'string', pattern: '^[a-z][a-z-]*$' },
        version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' },
        grain: {
          type: 'object',
          required: ['id', 'description'],
          additionalProperties: false,
          properties: { id: snakeCase, description: nonEmpty },
        },
        keys: { type: 'array', items: snakeCase, minItems: 1, uniqueItems: true },
        aliases: { type: 'array', items: nonEmpty },
        crosswalk: {
          type: 'object',
          additionalProperties: false,
          properties: { ...crosswalkProps, pdi: nonEmpty },
        },
      },
    },
  },
];
