// Every generator, in order. The staleness test calls this too.
import { generateCodeListsDoc } from './code-lists-doc.js';
import { generateFindingsDoc } from './findings-doc.js';
import { loadSchemaFiles } from './load-schemas.js';
import { generateReferenceDocs } from './reference-docs.js';
import { generateSchemasBundle } from './schemas-bundle.js';
import { generateScorecardExample } from './scorecard-example.js';
import type { GeneratedFile } from './types.js';
import { generateTypescriptTypes } from './typescript-types.js';

/** The files derived from schemas/ and the findings catalogue alone. */
export async function collectSourceGeneratedFiles(): Promise<GeneratedFile[]> {
  const files = loadSchemaFiles();
  return [
    ...generateSchemasBundle(files),
    ...generateReferenceDocs(files),
    ...generateCodeListsDoc(files),
    ...(await generateTypescriptTypes(files)),
    ...generateFindingsDoc(),
  ];
}

/**
 * The files made by running the engine on real data (the example scorecard). They use the built
 * packages (`@policedata/schemas` with its embedded schemas), so after a schema change run
 * `npm run generate`, `npm run build`, then `npm run generate` again.
 */
export async function collectDataGeneratedFiles(): Promise<GeneratedFile[]> {
  return generateScorecardExample();
}

export async function collectGeneratedFiles(): Promise<GeneratedFile[]> {
  return [...(await collectSourceGeneratedFiles()), ...(await collectDataGeneratedFiles())];
}
