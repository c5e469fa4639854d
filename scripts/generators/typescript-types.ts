// Generates @policedata/types with json-schema-to-typescript: one row interface per dataset type,
// the dataset descriptor, and one union type per code list. Each row schema is first flattened
// through the registry (shared definitions inlined, code lists named), so the emitted types read
// `subject_race: RaceCode[]` rather than a chain of numbered aliases.
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import {
  type CodeListInfo,
  createRegistry,
  type FieldInfo,
  type Registry,
} from '../../packages/schemas/src/registry.js';
import type { SchemaFile } from './load-schemas.js';
import { GENERATED_HEADER, type GeneratedFile } from './types.js';

const OUT = 'packages/types/src/generated';

const pascal = (text: string): string =>
  text
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('');

/** Names each code list's type after its definition, prefixed by its dataset type only on a clash. */
function codeTypeNames(lists: CodeListInfo[]): Map<string, string> {
  const baseName = (list: CodeListInfo) => pascal(list.id.split('.').pop() ?? list.id);
  const counts = new Map<string, number>();
  for (const list of lists) counts.set(baseName(list), (counts.get(baseName(list)) ?? 0) + 1);
  return new Map(
    lists.map((list) => [list.id, `${(counts.get(baseName(list)) ?? 0) > 1 ? pascal(list.id) : baseName(list)}Code`]),
  );
}

function fieldDoc(field: FieldInfo): string {
  const notes = [`Conformance level: ${field.level}.`];
  if (field.pii) notes.push('Personal data: identifies a person.');
  if (field.format) notes.push(`Format: ${field.format}.`);
  return `${field.description}\n\n${notes.join(' ')}`;
}

function fieldSchema(field: FieldInfo, codeNames: Map<string, string>): JSONSchema {
  const codeType = field.codeList ? codeNames.get(field.codeList.id) : undefined;
  const scalar = (type: string | undefined): JSONSchema =>
    codeType ? { tsType: codeType } : { type: type as 'string' };
  const schema: JSONSchema =
    field.type === 'array' ? { type: 'array', items: scalar(field.itemType) } : scalar(field.type);
  return { ...schema, description: fieldDoc(field) };
}

function rowSchema(registry: Registry, type: string, title: string, codeNames: Map<string, string>): JSONSchema {
  const info = registry.getDatasetType(type);
  const fields = registry.listFields(type);
  return {
    title,
    description: info ? `${info.description}\n\nGrain: ${info.grain.description} Keys: ${info.keys.join(', ')}.` : '',
    type: 'object',
    properties: Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field, codeNames)])),
    required: fields.filter((field) => field.level === 'required').map((field) => field.name),
    additionalProperties: false,
  };
}

const options = { bannerComment: '', additionalProperties: false, declareExternallyReferenced: false, format: true };

export async function generateTypescriptTypes(files: SchemaFile[]): Promise<GeneratedFile[]> {
  const registry = createRegistry(files.map((file) => file.document));
  const lists = registry.listCodeLists();
  const codeNames = codeTypeNames(lists);
  const header = `// ${GENERATED_HEADER}\n`;
  const out: GeneratedFile[] = [];

  const codeLines = lists.map((list) => {
    const doc = `/** ${list.title}: ${list.description.replace(/\*\//g, '*\\/')} */`;
    return `${doc}\nexport type ${codeNames.get(list.id)} = ${list.values.map((value) => JSON.stringify(value)).join(' | ')};\n`;
  });
  out.push({ path: `${OUT}/codes.ts`, content: `${header}\n${codeLines.join('\n')}` });

  const codeImport = (body: string) => {
    const used = [...new Set(codeNames.values())].filter((name) => new RegExp(`\\b${name}\\b`).test(body)).sort();
    return used.length ? `import type { ${used.join(', ')} } from './codes.js';\n\n` : '';
  };

  const rows: Array<{ type: string; name: string; module: string }> = [];
  for (const info of registry.listDatasetTypes().sort((a, b) => a.type.localeCompare(b.type))) {
    const name = `${pascal(info.type)}Row`;
    const body = await compile(rowSchema(registry, info.type, name, codeNames), name, options);
    out.push({ path: `${OUT}/${info.type}.ts`, content: `${header}${codeImport(body)}${body}` });
    rows.push({ type: info.type, name, module: info.type });
  }

  const descriptor = files.find((file) => file.path.endsWith('/dataset.schema.json'));
  if (descriptor) {
    const documents = new Map(files.map((file) => [file.document.$id, file.document]));
    // Relative `$ref`s resolve against the descriptor's `$id`; serve those URLs from schemas/, never the network.
    const $refOptions = {
      resolve: {
        http: false,
        file: false,
        policedata: {
          order: 1,
          canRead: /^https:\/\/schemas\.policedata\.dev\//,
          read: (file: { url: string }) => JSON.stringify(documents.get(file.url)),
        },
      },
    } as unknown as NonNullable<Parameters<typeof compile>[2]>['$refOptions'];
    const body = await compile(
      { ...(descriptor.document as JSONSchema), $schema: undefined, title: 'DatasetDescriptor' },
      'DatasetDescriptor',
      { ...options, declareExternallyReferenced: true, $refOptions, cwd: 'https://schemas.policedata.dev/v1/' },
    );
    out.push({ path: `${OUT}/dataset-descriptor.ts`, content: `${header}${body}` });
  }

  const index = [
    header,
    ...rows.map((row) => `import type { ${row.name} } from './${row.module}.js';`),
    '',
    "export type * from './codes.js';",
    ...(descriptor ? ["export type * from './dataset-descriptor.js';"] : []),
    ...rows.map((row) => `export type { ${row.name} } from './${row.module}.js';`),
    '',
    '/** Source columns kept as published, under a `raw_` prefix, beside the standard fields. */',
    'export interface RawColumns {',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: emits a TypeScript template literal type
    '  [column: `raw_${string}`]: string | undefined;',
    '}',
    '',
    '/** The row type of each dataset type, keyed by its name in the standard. */',
    'export interface DatasetRowMap {',
    ...rows.map((row) => `  ${JSON.stringify(row.type)}: ${row.name};`),
    '}',
    '',
  ].join('\n');
  out.push({ path: `${OUT}/index.ts`, content: index });
  return out;
}
