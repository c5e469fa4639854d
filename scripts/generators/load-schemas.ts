// Reads the standard's schema files from `schemas/` (the single source of truth) for the generators.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const repoRoot = new URL('../../', import.meta.url).pathname;
export const schemasRoot = join(repoRoot, 'schemas');

export interface SchemaFile {
  /** Path relative to `schemas/`, always with `/`: `v1/stops.schema.json`. */
  path: string;
  document: Record<string, unknown> & { $id: string };
}

export function loadSchemaFiles(root = schemasRoot): SchemaFile[] {
  const files: SchemaFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.schema.json')) {
        const document = JSON.parse(readFileSync(full, 'utf8'));
        files.push({ path: relative(root, full).split('\\').join('/'), document });
      }
    }
  };
  walk(root);
  return files;
}
