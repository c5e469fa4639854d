// The comparison manifest (schema: schemas/v1/compare-manifest.schema.json) and the dataset
// descriptors it may name: read, checked, and every mistake reported at its line and column with a
// did-you-mean, as mapping files are. Pure functions over text; reading the files is the caller's.
import type { ErrorObject } from 'ajv';
import { ManifestError, type Problem } from '../errors.js';
import { didYouMean } from '../mapping/suggest.js';
import { plainMessage } from '../plain-errors.js';
import { validatorFor } from '../validate/ajv.js';
import { type Path, pathOfPointer, readYaml } from '../yaml-source.js';

export const MANIFEST_SCHEMA_ID = 'https://schemas.policedata.dev/v1/compare-manifest.schema.json';
const DESCRIPTOR_SCHEMA_ID = 'https://schemas.policedata.dev/v1/dataset.schema.json';

export interface ManifestAgency {
  name: string;
  ori?: string;
  city?: string;
  state?: string;
}

export interface ManifestSource {
  agency?: ManifestAgency;
  dataset_type?: string;
  files?: string | string[];
  mapping?: string;
  descriptor?: string;
  label?: string;
  release?: string;
}

/** The parts of a dataset descriptor (schemas/v1/dataset.schema.json) a comparison uses. */
export interface DatasetDescriptor {
  agency?: ManifestAgency;
  publisher?: string;
  dataset_type: string;
  title: string;
  coverage_start?: string;
  coverage_end?: string;
  data?: string;
  mapping?: string;
  [key: string]: unknown;
}

export interface CompareManifest {
  policedata_compare: 1;
  title?: string;
  sources: ManifestSource[];
}

const TOP_KEYS = ['$schema', 'policedata_compare', 'title', 'sources'];
const SOURCE_KEYS = ['agency', 'dataset_type', 'files', 'mapping', 'descriptor', 'label', 'release'];
const AGENCY_KEYS = ['name', 'ori', 'city', 'state'];

function keysAt(path: Path, descriptor: boolean): string[] {
  if (descriptor) return [];
  if (path.length === 0) return TOP_KEYS;
  if (path[0] === 'sources' && path.length === 2) return SOURCE_KEYS;
  if (path[0] === 'sources' && path[2] === 'agency') return AGENCY_KEYS;
  return [];
}

/** ajv's errors as one plain sentence per mistake, at its place in the file. */
function schemaProblems(
  errors: readonly ErrorObject[],
  data: unknown,
  where: (path: Path, key?: string) => string,
  descriptor = false,
): Problem[] {
  const problems = new Map<string, Problem>();
  // anyOf reports each branch's failure as well; its own message says it better.
  const anyOf = errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath);
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && anyOf.some((pointer) => error.instancePath.startsWith(pointer))) continue;
    if (error.keyword === 'if') continue;
    const path = pathOfPointer(error.instancePath);
    const name = path.length ? String(path[path.length - 1]) : 'the file';
    const params = error.params as Record<string, unknown>;
    const value = path.reduce<unknown>((node, part) => (node as Record<string | number, unknown>)?.[part], data);
    let key: string | undefined;
    let message: string;
    switch (error.keyword) {
      case 'additionalProperties':
        key = String(params.additionalProperty);
        message = `unknown key "${key}".${didYouMean(key, keysAt(path, descriptor))}`;
        break;
      case 'required':
        message = `"${String(params.missingProperty)}" is required.`;
        break;
      case 'enum': {
        const allowed = (params.allowedValues as unknown[]).map(String);
        message = `${name} must be one of ${allowed.join(', ')}, not "${String(value)}".${didYouMean(String(value), allowed)}`;
        break;
      }
      case 'const':
        message = `${name} must be ${JSON.stringify(params.allowedValue)}.`;
        break;
      case 'anyOf':
        message = `${name} must be a path or glob, or a list of them.`;
        break;
      default:
        message = `${name} ${plainMessage(error)}.`;
    }
    const at = where(path, key);
    problems.set(`${at} ${message}`, { where: at, message });
  }
  return [...problems.values()];
}

const line = (problem: Problem) => (/:(\d+):(\d+)$/.exec(problem.where) ?? []).slice(1).map(Number);
const byPosition = (a: Problem, b: Problem) => {
  const [la = 0, ca = 0] = line(a);
  const [lb = 0, cb = 0] = line(b);
  return la - lb || ca - cb;
};

export interface ParsedManifest {
  manifest: CompareManifest;
  /** Where each source starts in the file (`manifest.yaml:12:5`), for problems found later. */
  sourceAt: string[];
}

/** Reads and checks a manifest (YAML or JSON); throws `ManifestError` listing every problem. */
export function parseManifest(text: string, file = 'manifest'): ParsedManifest {
  const read = readYaml(text, file);
  if ('problems' in read) throw new ManifestError(file, read.problems);
  const { data, where } = read;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ManifestError(file, [
      { where: `${file}:1:1`, message: 'a comparison manifest is an object with policedata_compare: 1 and sources.' },
    ]);
  }
  const validate = validatorFor(MANIFEST_SCHEMA_ID);
  const problems = validate(data) ? [] : schemaProblems(validate.errors ?? [], data, where);
  const sources = (data as { sources?: unknown }).sources;
  if (Array.isArray(sources) && problems.length === 0) {
    sources.forEach((source: ManifestSource, index) => {
      if (typeof source !== 'object' || source === null || source.descriptor !== undefined) return;
      // Without a descriptor, the source itself must say whose files and which files.
      if (source.files === undefined)
        problems.push({
          where: where(['sources', index]),
          message: 'give "files" (or a "descriptor" naming its data).',
        });
      if (source.agency === undefined)
        problems.push({
          where: where(['sources', index]),
          message: 'give "agency" with its name (or a "descriptor").',
        });
    });
  }
  if (problems.length > 0) throw new ManifestError(file, problems.sort(byPosition));
  const manifest = data as CompareManifest;
  return { manifest, sourceAt: manifest.sources.map((_, index) => where(['sources', index])) };
}

/** Reads and checks a dataset descriptor (JSON); throws `ManifestError` listing every problem. */
export function parseDescriptor(text: string, file = 'descriptor'): DatasetDescriptor {
  const read = readYaml(text, file);
  if ('problems' in read) throw new ManifestError(file, read.problems, 'dataset descriptor');
  const { data, where } = read;
  const validate = validatorFor(DESCRIPTOR_SCHEMA_ID);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ManifestError(
      file,
      [{ where: `${file}:1:1`, message: 'a dataset descriptor is an object (see schemas/v1/dataset.schema.json).' }],
      'dataset descriptor',
    );
  }
  if (!validate(data)) {
    throw new ManifestError(
      file,
      schemaProblems(validate.errors ?? [], data, where, true).sort(byPosition),
      'dataset descriptor',
    );
  }
  return data as DatasetDescriptor;
}

/** Where a path of a source is relative to: the manifest's folder or the descriptor's. */
export interface RelativePath {
  path: string;
  from: 'manifest' | 'descriptor';
}

/** One source with the descriptor's answers filled in: what to read and how to name it. */
export interface ResolvedSource {
  agency: ManifestAgency;
  /** Undefined when only the mapping file can tell (read it, then `checkSourceType`). */
  datasetType?: string;
  files: RelativePath[];
  mapping?: RelativePath;
  label?: string;
  release?: string;
  /** The period the descriptor says the files cover. */
  declared?: { start?: string; end?: string };
}

/**
 * A source of the manifest with its descriptor (if it names one) filled in; the source's own
 * values win. Throws `ManifestError` at `where` (the source's place in the manifest) for a
 * descriptor that disagrees about the dataset type or leaves the files unnamed.
 */
export function resolveSource(
  source: ManifestSource,
  descriptor: DatasetDescriptor | undefined,
  file: string,
  where: string,
): ResolvedSource {
  const problems: Problem[] = [];
  if (descriptor && source.dataset_type && source.dataset_type !== descriptor.dataset_type) {
    problems.push({
      where,
      message: `dataset_type is ${source.dataset_type} but the descriptor ${source.descriptor} says ${descriptor.dataset_type}: remove one.`,
    });
  }
  const patterns = source.files ?? [];
  const files: RelativePath[] = (Array.isArray(patterns) ? patterns : [patterns]).map((path) => ({
    path,
    from: 'manifest',
  }));
  if (files.length === 0 && descriptor?.data) files.push({ path: descriptor.data, from: 'descriptor' });
  if (files.length === 0) {
    problems.push({
      where,
      message: `the descriptor ${source.descriptor} does not name its data file: add "files" here, or "data" (a path relative to the descriptor) to the descriptor.`,
    });
  }
  const agency =
    source.agency ?? descriptor?.agency ?? (descriptor?.publisher ? { name: descriptor.publisher } : undefined);
  if (!agency) problems.push({ where, message: 'give "agency" with its name.' });
  if (problems.length > 0 || !agency) throw new ManifestError(file, problems);
  const resolved: ResolvedSource = { agency, files };
  const type = source.dataset_type ?? descriptor?.dataset_type;
  if (type) resolved.datasetType = type;
  if (source.mapping) resolved.mapping = { path: source.mapping, from: 'manifest' };
  else if (descriptor?.mapping) resolved.mapping = { path: descriptor.mapping, from: 'descriptor' };
  if (source.label) resolved.label = source.label;
  if (source.release) resolved.release = source.release;
  if (descriptor?.coverage_start || descriptor?.coverage_end) {
    resolved.declared = {
      ...(descriptor.coverage_start ? { start: descriptor.coverage_start } : {}),
      ...(descriptor.coverage_end ? { end: descriptor.coverage_end } : {}),
    };
  }
  return resolved;
}

/** The dataset type of a source once its mapping file is read: they must agree. */
export function checkSourceType(
  resolved: ResolvedSource,
  mappingType: string | undefined,
  file: string,
  where: string,
): string {
  const type = resolved.datasetType ?? mappingType;
  if (!type) {
    throw new ManifestError(file, [
      { where, message: 'give "dataset_type" (or a mapping file or descriptor that names it).' },
    ]);
  }
  if (mappingType && mappingType !== type) {
    throw new ManifestError(file, [
      {
        where,
        message: `dataset_type is ${type} but the mapping file ${resolved.mapping?.path} is for ${mappingType}.`,
      },
    ]);
  }
  return type;
}
