// Every finding code is unique, snake_case and documented, and every code the engine raises is in
// the catalogue (a code raised but missing would throw at run time).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, findingDefinition } from '../src/findings/catalogue.js';

const src = join(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('the findings catalogue', () => {
  it('has unique snake_case codes', () => {
    const codes = catalogue.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it.each(catalogue.map((entry) => [entry.code, entry] as const))('%s is documented', (_code, entry) => {
    expect(entry.title.length).toBeGreaterThan(10);
    expect(entry.title.endsWith('.')).toBe(false);
    expect(entry.description.length).toBeGreaterThan(40);
    expect(entry.fix.length).toBeGreaterThan(20);
    expect(['error', 'warning', 'info']).toContain(entry.severity);
  });

  it('holds every code the engine reports', () => {
    const reported = new Set<string>();
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:report\(|CoerceFailure\(|code: )'([a-z][a-z0-9_]*)'/g))
        reported.add(match[1] as string);
      // biome-ignore lint/suspicious/noTemplateCurlyInString: looks for this template literal in the source
      if (text.includes('`invalid_${kind}`'))
        for (const kind of ['date', 'time', 'datetime']) reported.add(`invalid_${kind}`);
    }
    expect(reported.size).toBeGreaterThan(30);
    for (const code of reported) expect(() => findingDefinition(code), code).not.toThrow();
  });
});
