// Proposes a crosswalk for one code-list field from the distinct values a sample holds: each value
// goes to the standard code it names exactly (code or label), to the code whose known spellings
// (the schema's `x-policedata-codes` aliases) include it, or is left unknown for a person to map.
// Aliases are only proposals: the same letter means different things in different cities.
import type { FieldInfo } from '@policedata/schemas';
import { closest } from './suggest.js';

export type CodeMatch = 'code' | 'label' | 'alias' | 'unknown';

export interface ProposedValue {
  /** The value as most often written, trimmed. */
  value: string;
  /** Cells (list fields: list items) holding it in the sample. */
  count: number;
  /** Other spellings of the same value (case, surrounding spaces), as written. */
  variants: string[];
  /** The proposed code; null when unknown. */
  code: string | null;
  match: CodeMatch;
  /** For an unknown value, codes it might be: an alias of several codes, or the closest code. */
  candidates?: string[];
}

export interface ValueCrosswalk {
  values: ProposedValue[];
  /** Distinct values left out beyond MAX_CROSSWALK_VALUES (the least frequent). */
  omitted: number;
  /** For list fields whose cells hold several values. */
  separator?: string;
}

/** A code column holding more distinct values than this is probably free text mapped by mistake. */
export const MAX_CROSSWALK_VALUES = 1000;

const key = (text: string) => text.trim().toLowerCase();

interface CodeIndex {
  exact: Map<string, { code: string; match: 'code' | 'label' }>;
  aliases: Map<string, string[]>;
  codes: string[];
}

function indexCodes(field: FieldInfo): CodeIndex {
  const codes = field.codeList?.values ?? ((field.enum ?? []) as unknown[]).map(String);
  const exact: CodeIndex['exact'] = new Map();
  const aliases: CodeIndex['aliases'] = new Map();
  for (const code of codes) exact.set(key(code), { code, match: 'code' });
  for (const [code, entry] of Object.entries(field.codeList?.codes ?? {})) {
    if (!exact.has(key(entry.label))) exact.set(key(entry.label), { code, match: 'label' });
    for (const alias of entry.aliases) {
      const list = aliases.get(key(alias)) ?? [];
      if (!list.includes(code)) list.push(code);
      aliases.set(key(alias), list);
    }
  }
  return { exact, aliases, codes };
}

/**
 * The code `text` names in `field`'s code list: exactly (the code or its label) or as the one code
 * of a known spelling; undefined otherwise (no guesses by closeness).
 */
export function codeNamed(field: FieldInfo): (text: string) => { code: string; match: CodeMatch } | undefined {
  const index = indexCodes(field);
  return (text) => {
    const exact = index.exact.get(key(text));
    if (exact) return exact;
    const aliased = index.aliases.get(key(text));
    return aliased?.length === 1 ? { code: aliased[0] as string, match: 'alias' } : undefined;
  };
}

/** Counts of each distinct value, merged when they differ only in case or surrounding spaces. */
interface Tally {
  count: number;
  spellings: Map<string, number>;
}

function tally(counts: Iterable<[string, number]>): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const [value, count] of counts) {
    const k = key(value);
    if (k === '') continue;
    const entry = tallies.get(k) ?? { count: 0, spellings: new Map() };
    entry.count += count;
    entry.spellings.set(value, (entry.spellings.get(value) ?? 0) + count);
    tallies.set(k, entry);
  }
  return tallies;
}

/**
 * The separator of a list field's cells: `;` or `,` when some value holds one and is not itself a
 * code, label or known spelling (`Asian, Pacific Islander` could be one).
 */
function listSeparator(values: Iterable<string>, index: CodeIndex): string | undefined {
  let comma = false;
  for (const value of values) {
    const k = key(value);
    if (index.exact.has(k) || index.aliases.has(k)) continue;
    if (value.includes(';')) return ';';
    if (value.includes(',')) comma = true;
  }
  return comma ? ',' : undefined;
}

function proposeOne(k: string, entry: Tally, index: CodeIndex): ProposedValue {
  const spellings = [...entry.spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const value = (spellings[0]?.[0] ?? k).trim();
  const variants = spellings.slice(1).map(([spelling]) => spelling);
  const base = { value, count: entry.count, variants };
  const exact = index.exact.get(k);
  if (exact) return { ...base, code: exact.code, match: exact.match };
  const aliased = index.aliases.get(k);
  if (aliased?.length === 1) return { ...base, code: aliased[0] as string, match: 'alias' };
  if (aliased) return { ...base, code: null, match: 'unknown', candidates: aliased };
  // A suggestion for short numeric or letter codes would be noise (`3` is one edit from anything).
  const near = k.length >= 4 ? closest(k, index.codes) : undefined;
  return { ...base, code: null, match: 'unknown', ...(near ? { candidates: [near] } : {}) };
}

/**
 * Proposes a crosswalk for `field` from `counts` (distinct non-empty cell values, as written, with
 * how many cells hold each), leaving out values in `missing` (placeholders such as NULL).
 */
export function proposeCrosswalk(
  field: FieldInfo,
  counts: ReadonlyMap<string, number>,
  missing: readonly string[],
): ValueCrosswalk {
  const index = indexCodes(field);
  const isMissing = new Set(missing.map(key));
  const present = [...counts.entries()].filter(([value]) => !isMissing.has(key(value)));
  const separator = field.type === 'array' ? listSeparator(counts.keys(), index) : undefined;
  const items: Array<[string, number]> = separator
    ? present.flatMap(([value, count]) =>
        value
          .split(separator)
          .filter((item) => !isMissing.has(key(item)))
          .map((item): [string, number] => [item.trim(), count]),
      )
    : present;
  const proposals = [...tally(items).entries()]
    .map(([k, entry]) => proposeOne(k, entry, index))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const values = proposals.slice(0, MAX_CROSSWALK_VALUES);
  return { values, omitted: proposals.length - values.length, ...(separator ? { separator } : {}) };
}
