// Reads a mapping file (YAML or JSON), checks it against its JSON Schema and against the standard
// (field names, codes, date formats), and reports every problem with its line and a suggestion.
import { type FieldInfo, registry } from '@policedata/schemas';
import type { ErrorObject } from 'ajv';
import { compileDateFormat, DateFormatError } from '../coerce/date-format.js';
import { MappingError, PolicedataError, type Problem } from '../errors.js';
import { plainMessage } from '../plain-errors.js';
import { delimiterOf } from '../read/delimiter.js';
import { validatorFor } from '../validate/ajv.js';
import { readYaml } from '../yaml-source.js';
import { didYouMean } from './suggest.js';

export interface ValueOptions {
  format?: string;
  values?: Record<string, string | string[] | null>;
  pattern?: string;
  separator?: string;
  missing?: string[];
  true_values?: string[];
  false_values?: string[];
  part?: 'date' | 'time';
}
export interface ColumnSource extends ValueOptions {
  column: string;
}
export interface ColumnsSource extends ValueOptions {
  columns: string[];
  join?: string;
}
export interface ConstantSource {
  value: string | number | boolean;
}
export interface PartsSource {
  parts: { year: string; month: string; day: string };
}
export interface FlagsSource {
  flags: Record<string, string>;
  true_values?: string[];
}
export type FieldSource = string | ColumnSource | ColumnsSource | ConstantSource | PartsSource | FlagsSource;

export interface MappingFile {
  policedata_mapping: 1;
  type: string;
  source?: string;
  missing?: string[];
  date_format?: string;
  sheet?: string;
  /** For CSV: the delimiter, one character or `tab` (see delimiterOf). */
  delimiter?: string;
  fields: Record<string, FieldSource>;
  ignore?: string[];
  row_id_columns?: string[];
}

export const MAPPING_SCHEMA_ID = 'https://schemas.policedata.dev/v1/mapping.schema.json';

const TOP_KEYS = [
  '$schema',
  'policedata_mapping',
  'type',
  'source',
  'missing',
  'date_format',
  'sheet',
  'delimiter',
  'fields',
  'ignore',
  'row_id_columns',
];
// Every key any kind of field source takes; `values` before `value`, since a misspelt key is more
// often the crosswalk than a constant.
const OPTION_KEYS = [
  'column',
  'columns',
  'join',
  'values',
  'value',
  'parts',
  'flags',
  'format',
  'separator',
  'missing',
  'true_values',
  'false_values',
  'part',
  'pattern',
];

/** Keys of a field source object that no kind of field source takes. */
function unknownSourceKeys(data: unknown): Array<{ field: string; key: string }> {
  const fields = (data as { fields?: unknown }).fields;
  if (typeof fields !== 'object' || fields === null) return [];
  return Object.entries(fields).flatMap(([field, source]) =>
    typeof source === 'object' && source !== null && !Array.isArray(source)
      ? Object.keys(source)
          .filter((key) => !OPTION_KEYS.includes(key))
          .map((key) => ({ field, key }))
      : [],
  );
}

/** The kinds of field source: each names where a field's value comes from. */
const SOURCE_KINDS = ['column', 'columns', 'value', 'parts', 'flags'];

function schemaProblems(
  errors: ErrorObject[],
  data: unknown,
  where: (path: (string | number)[], key?: string) => string,
): Problem[] {
  const problems = new Map<string, Problem>();
  const add = (path: (string | number)[], message: string, key?: string) => {
    const at = where(path, key);
    if (!problems.has(at + message)) problems.set(at + message, { where: at, message });
  };
  const pathOf = (pointer: string) =>
    pointer
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  // Inside a field source ajv reports a key as unknown for every kind of source it could have been
  // (`column` is unknown to a constant); a key that no kind takes is the real mistake.
  for (const { field, key } of unknownSourceKeys(data)) {
    add(['fields', field], `unknown key "${key}".${didYouMean(key, OPTION_KEYS)}`, key);
  }
  for (const error of errors) {
    const path = pathOf(error.instancePath);
    const params = error.params as Record<string, string>;
    const unknown = params.additionalProperty ?? params.unevaluatedProperty;
    if (unknown !== undefined && !(path[0] === 'fields' && path.length === 2)) {
      add(path, `unknown key "${unknown}".${didYouMean(unknown, path.length === 0 ? TOP_KEYS : [])}`, unknown);
    }
  }
  if (problems.size > 0) return [...problems.values()];
  // A source that mixes kinds (`column` and `value`) fails every kind at once: say that alone.
  const mixed = new Set<string>();
  const fields = (data as { fields?: unknown } | null)?.fields;
  if (fields && typeof fields === 'object') {
    for (const [field, source] of Object.entries(fields)) {
      if (!source || typeof source !== 'object' || Array.isArray(source)) continue;
      const kinds = SOURCE_KINDS.filter((kind) => kind in source);
      if (kinds.length < 2) continue;
      mixed.add(field);
      add(['fields', field], `a field source takes one of ${SOURCE_KINDS.join(', ')}, not ${kinds.join(' and ')}.`);
    }
  }
  // An object source of one kind fails the other kinds too ("must be text", "columns is required",
  // "unevaluated properties"): only what goes wrong inside it is said.
  const kindOf = (field: string): string | undefined => {
    const source = (fields as Record<string, unknown> | undefined)?.[field];
    if (!source || typeof source !== 'object' || Array.isArray(source)) return undefined;
    const kinds = SOURCE_KINDS.filter((kind) => kind in source);
    return kinds.length === 1 ? kinds[0] : undefined;
  };
  const inside = errors.filter((error) => {
    const path = pathOf(error.instancePath);
    return path[0] === 'fields' && path.length > 2 && kindOf(String(path[1])) !== undefined;
  });
  const insideFields = new Set(inside.map((error) => String(pathOf(error.instancePath)[1])));
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const path = pathOf(error.instancePath);
    if (path[0] === 'fields' && mixed.has(String(path[1]))) continue;
    if (path[0] === 'fields' && path.length === 2 && insideFields.has(String(path[1]))) continue;
    const params = error.params as Record<string, string>;
    if (path[0] === 'fields' && path.length === 2 && error.schemaPath.startsWith('#/$defs')) continue;
    if (error.keyword === 'required') add(path, `"${params.missingProperty}" is required.`);
    else add(path, `${path.join('.') || 'the file'} ${plainMessage(error)}.`);
  }
  const position = (problem: Problem) => (/:(\d+):(\d+)$/.exec(problem.where) ?? []).slice(1).map(Number);
  const inFileOrder = (a: Problem, b: Problem) => {
    const [la = 0, ca = 0] = position(a);
    const [lb = 0, cb = 0] = position(b);
    return la - lb || ca - cb;
  };
  return problems.size > 0
    ? [...problems.values()].sort(inFileOrder)
    : [
        {
          where: where([]),
          message: `a field source must be a column name, or an object with one of ${SOURCE_KINDS.join(', ')}.`,
        },
      ];
}

function checkAgainstStandard(
  mapping: MappingFile,
  where: (path: (string | number)[], key?: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  const types = registry.listDatasetTypes().map((info) => info.type);
  if (!types.includes(mapping.type)) {
    return [
      {
        where: where(['type']),
        message: `unknown dataset type "${mapping.type}".${didYouMean(mapping.type, types)} Known types: ${types.join(', ')}.`,
      },
    ];
  }
  const fields = new Map<string, FieldInfo>(registry.listFields(mapping.type).map((field) => [field.name, field]));
  const checkFormat = (format: string | undefined, path: (string | number)[]) => {
    if (typeof format !== 'string') return;
    if (/[Hh]{1,2}:MM/.test(format)) {
      problems.push({ where: where(path), message: `in "${format}", MM is the month: write minutes as mm (HH:mm).` });
      return;
    }
    try {
      compileDateFormat(format);
    } catch (error) {
      if (error instanceof DateFormatError) problems.push({ where: where(path), message: `${error.message}.` });
      else throw error;
    }
  };
  checkFormat(mapping.date_format, ['date_format']);
  if (mapping.delimiter !== undefined) {
    try {
      delimiterOf(mapping.delimiter);
    } catch (error) {
      if (!(error instanceof PolicedataError)) throw error;
      problems.push({ where: where(['delimiter']), message: `${error.message}.` });
    }
  }
  for (const [name, source] of Object.entries(mapping.fields)) {
    const field = fields.get(name);
    if (!field) {
      problems.push({
        where: where(['fields'], name),
        message: `"${name}" is not a field of ${mapping.type}.${didYouMean(name, fields.keys())}`,
      });
      continue;
    }
    if (typeof source !== 'object' || source === null) continue;
    const codes = field.codeList?.values ?? (field.enum as string[] | undefined);
    const checkCode = (code: string, path: (string | number)[]) => {
      if (codes && !codes.includes(code)) {
        problems.push({
          where: where(path),
          message: `"${code}" is not a ${field.codeList?.title ?? name} code.${didYouMean(code, codes)} Codes: ${codes.join(', ')}.`,
        });
      }
    };
    if ('flags' in source && typeof source.flags === 'object' && source.flags !== null) {
      if (!codes)
        problems.push({
          where: where(['fields'], name),
          message: `${name} has no code list, so it cannot be built from flag columns.`,
        });
      else
        for (const [column, code] of Object.entries(source.flags))
          if (typeof code === 'string') checkCode(code, ['fields', name, 'flags', column]);
      continue;
    }
    if (!('column' in source || 'columns' in source)) continue;
    checkFormat(source.format, ['fields', name, 'format']);
    if (typeof source.pattern === 'string') {
      try {
        const groups = new RegExp(`${source.pattern}|`).exec('')?.length ?? 1;
        if (groups < 2)
          problems.push({
            where: where(['fields', name, 'pattern']),
            message: 'the pattern needs one capture group, in parentheses, around the part to keep.',
          });
      } catch (error) {
        problems.push({
          where: where(['fields', name, 'pattern']),
          message: `not a valid regular expression: ${(error as Error).message}.`,
        });
      }
    }
    // A list where a crosswalk (a map) belongs is reported by the schema check: no code check on it.
    const values =
      typeof source.values === 'object' && source.values !== null && !Array.isArray(source.values) ? source.values : {};
    for (const [raw, code] of Object.entries(values)) {
      if (code === null) continue;
      if (!codes) {
        problems.push({
          where: where(['fields', name, 'values'], raw),
          message: `${name} has no code list, so it takes no "values" crosswalk.`,
        });
        break;
      }
      if (Array.isArray(code)) {
        if (field.type !== 'array')
          problems.push({
            where: where(['fields', name, 'values', raw]),
            message: `${name} holds one code, so a value cannot map to a list of codes.`,
          });
        for (const [index, item] of code.entries()) {
          if (typeof item === 'string') checkCode(item, ['fields', name, 'values', raw, index]);
        }
      } else if (typeof code === 'string') checkCode(code, ['fields', name, 'values', raw]);
    }
  }
  return problems;
}

/** Parses and checks a mapping file; throws `MappingError` listing every problem. */
export function parseMapping(text: string, file = 'mapping'): MappingFile {
  const read = readYaml(text, file);
  if ('problems' in read) throw new MappingError(file, read.problems);
  const { data, where } = read;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new MappingError(file, [
      { where: `${file}:1:1`, message: 'a mapping file is an object with policedata_mapping, type and fields.' },
    ]);
  }
  const validate = validatorFor(MAPPING_SCHEMA_ID);
  const problems = validate(data) ? [] : schemaProblems(validate.errors ?? [], data, where);
  // Check names and codes too when the shape allows, so every typo is reported in one pass.
  const mapping = data as MappingFile;
  const fieldsOk = typeof mapping.fields === 'object' && mapping.fields !== null && !Array.isArray(mapping.fields);
  if (typeof mapping.type === 'string' && fieldsOk) {
    const shapeOk = Object.fromEntries(
      Object.entries(mapping.fields).filter(
        ([, source]) => typeof source === 'string' || (typeof source === 'object' && source !== null),
      ),
    );
    problems.push(...checkAgainstStandard({ ...mapping, fields: shapeOk }, where));
  }
  if (problems.length > 0) throw new MappingError(file, problems);
  return mapping;
}
