// The catalogue of every finding the engine can raise, in documentation order. docs/findings.md is
// generated from it, and a test fails when a code is duplicated or undocumented.
import { datasetFindings } from './dataset.js';
import type { FindingDefinition } from './definition.js';
import { jsonFindings } from './json.js';
import { mappingFindings } from './mapping.js';
import { privacyFindings } from './privacy.js';
import { schemaFindings } from './schema.js';
import { sourceFindings } from './source.js';
import { structureFindings } from './structure.js';
import { valueFindings } from './values.js';

export const catalogue: readonly FindingDefinition[] = [
  ...privacyFindings,
  ...sourceFindings,
  ...structureFindings,
  ...jsonFindings,
  ...mappingFindings,
  ...valueFindings,
  ...schemaFindings,
  ...datasetFindings,
] as FindingDefinition[];

const byCode = new Map(catalogue.map((definition) => [definition.code, definition]));

/** The catalogue entry for a code; throws for a code that is not in the catalogue (a bug). */
export function findingDefinition(code: string): FindingDefinition {
  const definition = byCode.get(code);
  if (!definition) throw new Error(`finding code "${code}" is not in the catalogue`);
  return definition;
}

export function isFindingCode(code: string): boolean {
  return byCode.has(code);
}

/** Whether a finding's count is a number of rows (see FindingDefinition.perRow). */
export function countsRows(code: string): boolean {
  const definition = byCode.get(code);
  if (!definition) return false;
  return definition.category === 'value' || definition.category === 'schema' || definition.perRow === true;
}
