// Embeds every schema file in @policedata/schemas as a TypeScript module, so the registry works the
// same in Node and in a browser, with no file system and no network.
import type { SchemaFile } from './load-schemas.js';
import { GENERATED_HEADER, type GeneratedFile } from './types.js';

export function generateSchemasBundle(files: SchemaFile[]): GeneratedFile[] {
  const datasetTypes = files
    .map((file) => (file.document['x-policedata-dataset'] as { type?: string } | undefined)?.type)
    .filter((type): type is string => typeof type === 'string');
  const uniqueTypes = [...new Set(datasetTypes)].sort();
  const entries = files.map((file) => `  ${JSON.stringify(file.path)}: ${JSON.stringify(file.document)},`).join('\n');
  const content = `// ${GENERATED_HEADER}
import type { SchemaDocument } from '../schema-document.js';

/** Every dataset type the standard defines. */
export const DATASET_TYPES = ${JSON.stringify(uniqueTypes)} as const;

/** Every schema file of the standard, keyed by its path under \`schemas/\`. */
export const schemaDocuments: Record<string, SchemaDocument> = {
${entries}
};
`;
  return [{ path: 'packages/schemas/src/generated/schemas.ts', content }];
}
