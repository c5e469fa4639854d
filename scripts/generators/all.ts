// Every generator, in order. The staleness test calls this too.
import { generateCodeListsDoc } from './code-lists-doc.js';
import { generateFindingsDoc } from './findings-doc.js';
import { loadSchemaFiles } from './load-schemas.js';
import { generateReferenceDocs } from './reference-docs.js';
import { generateSchemasBundle } from './schemas-bundle.js';
import type { GeneratedFile } from './types.js';
import { generateTypescriptTypes } from './typescript-types.js';

export async function collectGeneratedFiles(): Promise<GeneratedFile[]> {
  const files = loadSchemaFiles();
  return [
    ...generateSchemasBundle(files),
    ...generateReferenceDocs(files),
    ...generateCodeListsDoc(files),
    ...(await generateTypescriptTypes(files)),
    ...generateFindingsDoc(),
  ];
}
