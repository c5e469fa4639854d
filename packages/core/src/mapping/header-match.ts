// Matches a file's column names to the standard's fields: by field name, by the aliases the schemas
// declare (names seen in real files), then by a close spelling. Case, spacing and punctuation are
// ignored, so `Subject  Sex`, `SUBJECT_SEX` and `subject sex` are the same name.
import type { FieldInfo } from '@policedata/schemas';
import { editDistance } from './suggest.js';

export type MatchReason = 'field_name' | 'alias' | 'fuzzy' | 'mapping';

export interface ColumnMatch {
  column: number;
  header: string;
  field: string;
  reason: MatchReason;
  /** For `fuzzy`: the alias or field name that was close. */
  matched?: string;
}

/** `Subject's  Race ` → `subjects_race`; `CC#` → `cc`; BOM and accents removed. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\uFEFF]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

interface Candidate {
  field: FieldInfo;
  reason: 'field_name' | 'alias';
  key: string;
}

const LEVEL_RANK = { required: 0, recommended: 1, optional: 2 } as const;

/** Orders candidates: exact name before alias, required before optional, normalised before `_raw`. */
function rank(candidate: Candidate): number {
  const raw = candidate.field.name.endsWith('_raw') ? 1 : 0;
  return (candidate.reason === 'field_name' ? 0 : 10) + LEVEL_RANK[candidate.field.level] * 2 + raw;
}

export interface HeaderIndex {
  exact: Map<string, Candidate[]>;
  keys: Array<{ key: string; field: FieldInfo }>;
}

export function indexFields(fields: readonly FieldInfo[]): HeaderIndex {
  const exact = new Map<string, Candidate[]>();
  const keys: HeaderIndex['keys'] = [];
  const add = (key: string, field: FieldInfo, reason: Candidate['reason']) => {
    if (!key) return;
    const list = exact.get(key) ?? [];
    if (!list.some((c) => c.field.name === field.name)) list.push({ field, reason, key });
    exact.set(key, list);
    keys.push({ key, field });
  };
  for (const field of fields) {
    add(normaliseName(field.name), field, 'field_name');
    for (const alias of field.aliases) add(normaliseName(alias), field, 'alias');
  }
  for (const list of exact.values()) list.sort((a, b) => rank(a) - rank(b));
  return { exact, keys };
}

/**
 * Proposes a field for each column. A field goes to at most one column (the first, best match).
 */
export function matchHeaders(
  header: readonly string[],
  index: HeaderIndex,
  options: { fuzzy?: boolean; taken?: ReadonlySet<string> } = {},
): ColumnMatch[] {
  const taken = new Set(options.taken ?? []);
  const matches: ColumnMatch[] = [];
  const pending: number[] = [];
  header.forEach((name, column) => {
    const key = normaliseName(name);
    // `_raw` fields rank last, so a column naming both a field and its `_raw` goes to the field
    // (the plan then fills `_raw` from the same column); a column only a `_raw` field names goes there.
    const candidate = (index.exact.get(key) ?? []).find((c) => !taken.has(c.field.name));
    if (!candidate) {
      pending.push(column);
      return;
    }
    taken.add(candidate.field.name);
    matches.push({ column, header: name, field: candidate.field.name, reason: candidate.reason });
  });
  if (options.fuzzy !== false) {
    for (const column of pending) {
      const name = header[column] ?? '';
      const key = normaliseName(name);
      if (key.length < 5) continue;
      let best: { field: FieldInfo; key: string; distance: number } | undefined;
      for (const entry of index.keys) {
        if (taken.has(entry.field.name) || entry.field.name.endsWith('_raw') || entry.key.length < 5) continue;
        const max = key.length >= 10 ? 2 : 1;
        const distance = editDistance(key, entry.key, max);
        if (distance <= max && (!best || distance < best.distance))
          best = { field: entry.field, key: entry.key, distance };
      }
      if (best) {
        taken.add(best.field.name);
        matches.push({ column, header: name, field: best.field.name, reason: 'fuzzy', matched: best.key });
      }
    }
  }
  return matches.sort((a, b) => a.column - b.column);
}
