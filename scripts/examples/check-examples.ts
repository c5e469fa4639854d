// Validates every example file in examples/<type>/ against its schema: valid.csv must pass, and
// every error planted in invalid.csv (listed in invalid.expected.json) must be caught.
// This is the project's first "main job"; the CLI replaces it once @policedata/core exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAjv, decodeStandardRecord, registry, type SchemaDocument } from '@policedata/schemas';
import type { ErrorObject } from 'ajv';
import Papa from 'papaparse';

export interface RowError {
  line: number;
  field?: string;
  rule?: string;
  message: string;
}

export interface PlantedError {
  line: number;
  field?: string;
  rule?: string;
  note?: string;
}

export interface ExampleResult {
  file: string;
  type: string;
  rows: number;
  errors: RowError[];
  /** For invalid.csv: planted errors the schema did not catch, and lines with errors nobody planted. */
  missed: PlantedError[];
  unexpected: RowError[];
}

const ajv = createAjv();

function describeError(error: ErrorObject, schema: SchemaDocument, line: number): RowError | undefined {
  if (error.keyword === 'if') return undefined; // always paired with the `then` error that says why
  const ruleMatch = /^#\/allOf\/(\d+)\//.exec(error.schemaPath);
  const rules = (schema.allOf ?? []) as Array<{ 'x-policedata-rule'?: { id: string } }>;
  const rule = ruleMatch ? rules[Number(ruleMatch[1])]?.['x-policedata-rule']?.id : undefined;
  const params = error.params as Record<string, unknown>;
  const field =
    (params.missingProperty as string | undefined) ??
    (params.additionalProperty as string | undefined) ??
    error.instancePath.split('/')[1];
  const result: RowError = { line, message: `${error.instancePath || '(row)'} ${error.message ?? error.keyword}` };
  if (field) result.field = field;
  if (rule) result.rule = rule;
  return result;
}

/** Parses a CSV in the standard's form and validates each row, keeping physical line numbers. */
export function validateStandardCsv(text: string, type: string, file: string): { rows: number; errors: RowError[] } {
  const schema = registry.getSchema(type);
  if (!schema) throw new Error(`${file}: no schema for dataset type "${type}"`);
  const validate = ajv.getSchema(schema.$id);
  if (!validate) throw new Error(`${file}: schema ${schema.$id} did not compile`);
  const fields = registry.listFields(type);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header = [], ...records] = parsed.data;
  // Examples have no embedded newlines, so the physical line is the record index + 2.
  const errors: RowError[] = [];
  records.forEach((cells, index) => {
    const line = index + 2;
    const record = Object.fromEntries(header.map((name, column) => [name, cells[column] ?? '']));
    const row = decodeStandardRecord(record, fields);
    if (validate(row)) return;
    for (const error of validate.errors ?? []) {
      const described = describeError(error, schema, line);
      if (described) errors.push(described);
    }
  });
  return { rows: records.length, errors };
}

function matches(planted: PlantedError, error: RowError): boolean {
  if (planted.line !== error.line) return false;
  if (planted.rule) return planted.rule === error.rule;
  return planted.field === error.field && error.rule === undefined;
}

export function checkExamples(examplesDir: string): ExampleResult[] {
  const results: ExampleResult[] = [];
  const types = readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && registry.getSchema(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const type of types) {
    for (const name of ['valid.csv', 'invalid.csv']) {
      const path = join(examplesDir, type, name);
      if (!existsSync(path)) continue;
      const file = join('examples', type, name);
      const { rows, errors } = validateStandardCsv(readFileSync(path, 'utf8'), type, file);
      let missed: PlantedError[] = [];
      let unexpected: RowError[] = errors;
      if (name === 'invalid.csv') {
        const expectedPath = join(examplesDir, type, 'invalid.expected.json');
        const planted: PlantedError[] = existsSync(expectedPath)
          ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as { errors: PlantedError[] }).errors
          : [];
        missed = planted.filter((p) => !errors.some((error) => matches(p, error)));
        const plantedLines = new Set(planted.map((p) => p.line));
        unexpected = errors.filter((error) => !plantedLines.has(error.line));
        // Every data line of invalid.csv must plant something.
        for (let line = 2; line < rows + 2; line++) {
          if (!plantedLines.has(line)) missed.push({ line, note: 'no planted error listed for this line' });
        }
      }
      results.push({ file, type, rows, errors, missed, unexpected });
    }
  }
  return results;
}
