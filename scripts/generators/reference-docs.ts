// Writes docs/reference/: one page per dataset type, one for the dataset descriptor, and an index.
// Pages are for analysts deciding how to publish, so types and values are shown in words first.
import {
  createRegistry,
  type DatasetTypeInfo,
  type FieldInfo,
  type Registry,
} from '../../packages/schemas/src/registry.js';
import type { DatasetAnnotation, RuleAnnotation } from '../../packages/schemas/src/vocabulary.js';
import { codeListHref, NONE, SYSTEM_NAMES } from './code-lists-doc.js';
import type { SchemaFile } from './load-schemas.js';
import {
  code,
  codeList,
  document,
  generatedComment,
  lowerFirst,
  numberRange,
  plural,
  prose,
  sentence,
  table,
} from './markdown.js';
import type { GeneratedFile } from './types.js';

const DIR = 'docs/reference';
const DESCRIPTOR_PATH = 'v1/dataset.schema.json';
/** Up to this many allowed values are listed in the table; longer lists are linked or listed below. */
const INLINE_VALUES = 6;
/** Longer patterns would swamp the type column, so they move to the "Formats" section. */
const INLINE_PATTERN = 32;
/** The descriptor nests objects; deeper levels are rare and would make the table hard to follow. */
const MAX_DEPTH = 2;

/** A field under its display name (`source.url` for a nested one). */
type Row = { name: string; field: FieldInfo };

/**
 * An example as a publisher writes it: a dataset row in the standard's CSV form (lists joined by `;`),
 * the descriptor in JSON. Objects are left out because their properties have rows of their own.
 */
function exampleOf(field: FieldInfo, csv: boolean): string {
  const value = field.examples[0];
  if (value === undefined || field.type === 'boolean' || field.type === 'object' || field.itemType === 'object')
    return '';
  if (typeof value === 'string') return `Example: ${code(value)}`;
  return `Example: ${code(csv && Array.isArray(value) ? value.join(';') : JSON.stringify(value))}`;
}

/** Fields in schema order; object fields (and lists of objects) are followed by their own properties. */
function collectRows(registry: Registry, schemaId: string, pointer = '', prefix = '', depth = 1): Row[] {
  return registry.listSchemaFields(schemaId, pointer).flatMap((field) => {
    const row: Row = { name: `${prefix}${field.name}`, field };
    const nested = field.type === 'object' || field.itemType === 'object';
    if (!nested || depth >= MAX_DEPTH) return [row];
    const path = `${pointer}/properties/${field.name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const suffix = field.type === 'array' ? '[].' : '.';
    return [row, ...collectRows(registry, schemaId, path, `${row.name}${suffix}`, depth + 1)];
  });
}

function typeLabel(field: FieldInfo): string {
  if (field.type === 'array') {
    if (field.codeList) return `list of ${lowerFirst(field.codeList.title)} codes`;
    if (field.enum) return 'list of codes';
    return `list of ${field.itemType ?? 'value'}s`;
  }
  if (field.type === 'string') {
    if (field.codeList || field.enum) return 'string (code)';
    if (field.format) return `string (${field.format})`;
    if (field.pattern && field.pattern.length <= INLINE_PATTERN) return `string matching ${code(field.pattern)}`;
    if (field.pattern) return `string (${lowerFirst(field.title ?? 'pattern')}, [format](#formats))`;
    return 'string';
  }
  if (field.type === 'integer' || field.type === 'number')
    return `${field.type}${numberRange(field.minimum, field.maximum)}`;
  return field.type ?? 'any value';
}

function allowedValues(field: FieldInfo): string {
  if (field.codeList) {
    const href = codeListHref(field.codeList, DIR);
    const { values } = field.codeList;
    if (values.length <= INLINE_VALUES) return `${codeList(values)} ([details](${href}))`;
    return `[${field.codeList.title}](${href}) (${values.length} codes)`;
  }
  if (field.enum) {
    if (field.enum.length <= INLINE_VALUES) return codeList(field.enum);
    return `${field.enum.length} values, see [formats](#formats)`;
  }
  return field.type === 'boolean' ? codeList([true, false]) : NONE;
}

function fieldTable(rows: Row[], csv: boolean): string {
  const body = rows.map(({ name, field }) => {
    const description = [sentence(prose(field.description)), exampleOf(field, csv)];
    return [
      code(name),
      typeLabel(field),
      field.level ?? NONE,
      allowedValues(field),
      description.filter(Boolean).join(' '),
      field.aliases.length > 0 ? codeList(field.aliases) : NONE,
      field.pii ? '✓' : '',
    ];
  });
  return table(['Field', 'Type', 'Level', 'Allowed values', 'Description', 'Aliases', 'PII'], body);
}

/** Long patterns and long plain value lists, once per distinct rule, with the fields that use them. */
function formats(rows: Row[]): string | undefined {
  const entries = new Map<string, { label: string; detail: string; fields: string[] }>();
  for (const { name, field } of rows) {
    const long = field.enum && field.enum.length > INLINE_VALUES;
    const pattern = !field.codeList && !field.enum && field.pattern && field.pattern.length > INLINE_PATTERN;
    if (!long && !pattern) continue;
    const detail = long ? `one of ${codeList(field.enum ?? [])}` : `matches ${code(field.pattern ?? '')}`;
    const entry = entries.get(detail) ?? { label: field.title ?? name, detail, fields: [] };
    entry.fields.push(code(name));
    entries.set(detail, entry);
  }
  if (entries.size === 0) return undefined;
  const items = [...entries.values()].map((e) => `- **${prose(e.label)}** (${e.fields.join(', ')}): ${e.detail}.`);
  return `## Formats\n\nValues too long to show in the table above.\n\n${items.join('\n')}`;
}

function summary(rows: Row[]): string {
  const top = rows.filter((row) => !row.name.includes('.'));
  const count = (level: string) => top.filter((row) => row.field.level === level).length;
  const pii = top.filter((row) => row.field.pii).length;
  return `**${plural(top.length, 'field')}:** ${count('required')} required, ${count('recommended')} recommended, ${count('optional')} optional; ${pii} personal data (PII).`;
}

const LEGEND = [
  '- **Level:** *required* fields must be present for the dataset to be usable; *recommended* fields are needed for the comparisons the Police Data Initiative cares about; *optional* fields are welcome.',
  '- **Aliases:** names seen in real published files; matching ignores case and spacing.',
  '- **PII** (✓): the field identifies a person; publish it only where the law and your policy allow.',
].join('\n');

function datasetHeader(info: DatasetAnnotation): string {
  const crosswalk = (['opp', 'opd', 'nibrs', 'pdi'] as const).map((system) => [
    SYSTEM_NAMES[system],
    info.crosswalk[system] ? prose(info.crosswalk[system] ?? '') : `${NONE} (no equivalent)`,
  ]);
  return [
    `- **Grain:** ${code(info.grain.id)}: ${prose(info.grain.description)}`,
    `- **Keys:** ${codeList(info.keys)} (together unique within a dataset)`,
    `- **Also published as:** ${info.aliases.length > 0 ? info.aliases.map(prose).join(', ') : NONE}`,
    '',
    `### Corresponds to\n\n${table(['System', 'Equivalent'], crosswalk)}`,
  ].join('\n');
}

const RULES_INTRO =
  'Checked on every row. A rule only applies when the fields it names are present: an absent field means "not published", never false.';

function rulesSection(rules: RuleAnnotation[]): string {
  const items = rules.map((rule) => `- ${code(rule.id)}: ${prose(rule.description)}`).join('\n');
  return `## Cross-field rules\n\n${items ? `${RULES_INTRO}\n\n${items}` : 'None: every field is checked on its own.'}`;
}

function rawSection(schema: Record<string, unknown>): string | undefined {
  const patterns = Object.entries((schema.patternProperties ?? {}) as Record<string, { description?: string }>);
  // The descriptor has no raw columns; its closed object needs no section of its own.
  if (patterns.length === 0) return undefined;
  const raw = patterns.map(([pattern, property]) => {
    const what = property.description ? `: ${prose(lowerFirst(property.description))}` : '';
    return [
      `Every column whose name matches ${code(pattern)} is accepted as text${what.replace(/\.$/, '')}.`,
      'Use raw columns for source data the standard has no field for (a local `raw_district_name`, say),',
      'so nothing published is lost. They are never validated or compared across datasets.',
    ].join(' ');
  });
  const rest =
    schema.additionalProperties === false
      ? 'Any other column is not part of the standard and is reported as an error: rename it to the standard field it matches (see the aliases above) or keep it as a raw column.'
      : 'Other columns are allowed.';
  return `## Raw columns\n\n${[...raw, rest].join('\n\n')}`;
}

interface PageInput {
  file: SchemaFile;
  title: string;
  description: string;
  intro: string;
  /** Dataset rows are CSV; the descriptor is JSON. */
  csv: boolean;
}

function renderPage(registry: Registry, page: PageInput): string {
  const rows = collectRows(registry, page.file.document.$id);
  return document([
    generatedComment,
    `# ${prose(page.title)}`,
    `[All dataset types](README.md) · [Code lists](../code-lists.md)`,
    prose(page.description),
    page.intro,
    `## Fields\n\n${summary(rows)}\n\n${LEGEND}\n\n${fieldTable(rows, page.csv)}`,
    formats(rows),
    rulesSection(registry.listSchemaRules(page.file.document.$id)),
    rawSection(page.file.document),
  ]);
}

const schemaLine = (file: SchemaFile, version?: string) =>
  `- **Schema:** ${code(file.document.$id)}${version ? ` (version ${version})` : ''}, [source](../../schemas/${file.path})`;

function indexPage(registry: Registry, types: DatasetTypeInfo[], descriptor?: SchemaFile): string {
  const rows = types.map((info) => {
    const fields = registry.listFields(info.type, info.version);
    const count = (level: string) => fields.filter((field) => field.level === level).length;
    const grain = info.grain.description.split(/(?<=\.)\s/)[0] ?? '';
    return [
      `[${prose(info.title || info.type)}](${info.type}.md)`,
      code(info.type),
      prose(grain),
      `${fields.length} (${count('required')} / ${count('recommended')} / ${count('optional')})`,
    ];
  });
  return document([
    generatedComment,
    '# Reference',
    'One page per dataset type of the standard, generated from its schema: every field with its type, level, allowed values and the column names publishers use for it.',
    table(['Dataset', 'Type', 'One row per', 'Fields (required / recommended / optional)'], rows),
    `## See also

- [Code lists](../code-lists.md): every code with its label, common spellings and crosswalks.${
      descriptor
        ? '\n- [Dataset descriptor](dataset-descriptor.md): the metadata that accompanies a published file.'
        : ''
    }
- [Authoring schemas](../authoring-schemas.md): the rules every schema follows.`,
  ]);
}

export function generateReferenceDocs(files: SchemaFile[]): GeneratedFile[] {
  const registry = createRegistry(files.map((file) => file.document));
  const fileById = new Map(files.map((file) => [file.document.$id, file]));
  const seen = new Set<string>();
  const types = registry
    .listDatasetTypes()
    .sort((a, b) => a.type.localeCompare(b.type) || a.version.localeCompare(b.version))
    .filter((info) => !seen.has(info.type) && seen.add(info.type));
  const out: GeneratedFile[] = [];
  for (const info of types) {
    const file = fileById.get(info.schemaId);
    if (!file) continue;
    const intro = `- **Dataset type:** ${code(info.type)}\n${schemaLine(file, info.version)}\n${datasetHeader(info)}`;
    const page = { file, title: info.title, description: info.description, intro, csv: true };
    out.push({ path: `${DIR}/${info.type}.md`, content: renderPage(registry, page) });
  }
  const descriptor = files.find((file) => file.path === DESCRIPTOR_PATH);
  if (descriptor) {
    const { title = 'Dataset descriptor', description = '' } = descriptor.document as Record<string, string>;
    const page = { file: descriptor, title, description, intro: schemaLine(descriptor), csv: false };
    out.push({ path: `${DIR}/dataset-descriptor.md`, content: renderPage(registry, page) });
  }
  out.push({ path: `${DIR}/README.md`, content: indexPage(registry, types, descriptor) });
  return out;
}
