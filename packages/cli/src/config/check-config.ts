// Checks a parsed config against its JSON Schema and against the standard (dataset types, finding
// codes), turning ajv's errors into one plain message per mistake, at its line and column, with a
// did-you-mean for typos in keys and values.
import { catalogue, didYouMean, isFindingCode, plainMessage } from '@policedata/core';
import { createAjv, registry } from '@policedata/schemas';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { CONFIG_SCHEMA_ID, type ConfigProblem, type DatasetConfig } from './config.js';

type Path = (string | number)[];
/** Where a path (or a key of the object at it) is in the file: `file:line:col`. */
export type Locate = (path: Path, key?: string) => string;

let validator: ValidateFunction | undefined;
function validate(data: unknown): ErrorObject[] {
  validator ??= createAjv().getSchema(CONFIG_SCHEMA_ID);
  if (!validator) throw new Error(`${CONFIG_SCHEMA_ID} is not in @policedata/schemas`);
  return validator(data) ? [] : (validator.errors ?? []);
}

const schema = registry.documents.get(CONFIG_SCHEMA_ID) as unknown as {
  properties: Record<string, unknown>;
  $defs: { dataset: { properties: Record<string, { enum?: string[]; properties?: Record<string, unknown> }> } };
};
const TOP_KEYS = Object.keys(schema.properties);
const DATASET_KEYS = Object.keys(schema.$defs.dataset.properties);
const LIMIT_KEYS = Object.keys(schema.$defs.dataset.properties.limits?.properties ?? {});

const pathOf = (pointer: string): Path =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

function messageOf(error: ErrorObject, path: Path, data: unknown): string {
  const name = path.length ? String(path[path.length - 1]) : 'the config';
  const params = error.params as Record<string, unknown>;
  const value = path.reduce<unknown>((node, part) => (node as Record<string | number, unknown>)?.[part], data);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known =
        path.length === 0
          ? TOP_KEYS
          : path[0] === 'datasets' && path.length === 2
            ? DATASET_KEYS
            : path[0] === 'datasets' && path[2] === 'limits'
              ? LIMIT_KEYS
              : [];
      return `unknown key "${key}".${didYouMean(key, known)}`;
    }
    case 'required':
      return `"${params.missingProperty}" is required${path.length === 0 ? ' (a list of datasets, each with files)' : ''}.`;
    case 'enum': {
      const allowed = (params.allowedValues as string[]).map(String);
      return `${name} must be one of ${allowed.join(', ')}, not "${String(value)}".${didYouMean(String(value), allowed)}`;
    }
    case 'anyOf':
      return 'files must be a path or glob, or a list of them.';
    case 'minItems':
      return `${name} must not be empty.`;
    default:
      return `${name} ${plainMessage(error)}.`;
  }
}

function schemaProblems(data: unknown, locate: Locate): ConfigProblem[] {
  const errors = validate(data);
  // anyOf reports each branch's failure too; keep only the anyOf message for those paths.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const problems = new Map<string, ConfigProblem>();
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && anyOfPaths.some((p) => error.instancePath.startsWith(p))) continue;
    // Names of types and codes are checked against the standard below, with a did-you-mean.
    if (error.keyword === 'propertyNames' || error.keyword === 'pattern') continue;
    const path = pathOf(error.instancePath);
    const key = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
    const where = locate(path, key);
    const message = messageOf(error, path, data);
    problems.set(`${where} ${message}`, { where, message });
  }
  return [...problems.values()];
}

function standardProblems(datasets: readonly DatasetConfig[], locate: Locate): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const types = registry.listDatasetTypes().map((info) => info.type);
  const codes = catalogue.map((definition) => definition.code);
  const unknownCode = (code: string) =>
    `unknown finding code "${code}".${didYouMean(code, codes)} Run \`policedata explain\` to list the codes.`;
  datasets.forEach((dataset, index) => {
    if (typeof dataset !== 'object' || dataset === null) return;
    if (typeof dataset.type === 'string' && !types.includes(dataset.type)) {
      problems.push({
        where: locate(['datasets', index, 'type']),
        message: `unknown dataset type "${dataset.type}".${didYouMean(dataset.type, types)} Run \`policedata schemas\` to list the types.`,
      });
    }
    if (typeof dataset.severity === 'object' && dataset.severity !== null) {
      for (const code of Object.keys(dataset.severity)) {
        if (!isFindingCode(code))
          problems.push({ where: locate(['datasets', index, 'severity'], code), message: unknownCode(code) });
      }
    }
    if (Array.isArray(dataset.ignore)) {
      dataset.ignore.forEach((code, position) => {
        if (typeof code === 'string' && !isFindingCode(code))
          problems.push({ where: locate(['datasets', index, 'ignore', position]), message: unknownCode(code) });
      });
    }
  });
  return problems;
}

const position = (where: string) => (/:(\d+):(\d+)$/.exec(where) ?? []).slice(1).map(Number);

function byPosition(a: ConfigProblem, b: ConfigProblem): number {
  const [lineA = 0, colA = 0] = position(a.where);
  const [lineB = 0, colB = 0] = position(b.where);
  return lineA - lineB || colA - colB;
}

/** Every problem of the config, in file order; empty when it is usable. */
export function checkConfig(data: unknown, locate: Locate): ConfigProblem[] {
  const problems = schemaProblems(data, locate);
  const datasets = (data as { datasets?: unknown } | null)?.datasets;
  if (Array.isArray(datasets)) problems.push(...standardProblems(datasets as DatasetConfig[], locate));
  // "files is required" beside `unknown key "file". Did you mean "files"?` says the same thing twice.
  const suggested = new Set(problems.map((p) => /Did you mean "([^"]+)"\?$/.exec(p.message)?.[1]).filter(Boolean));
  return problems
    .filter((p) => !/^"([^"]+)" is required\.$/.test(p.message) || !suggested.has(p.message.split('"')[1]))
    .sort(byPosition);
}
