// Proposes `flags:` for code-list fields a file spreads over yes/no columns, one per code
// (Bloomington's `Suspect Gender Female`/`Suspect Gender Male` = 1, or `Taser`/`OC Spray` = YES/NO).
// A column stands for a code when its name, or the part of it after a prefix other yes/no columns
// share (`Suspect Gender `), or a comma- or slash-separated piece of that, is the code, its label or
// one of its known spellings. A field is proposed when at least two columns stand for its codes
// (other than `other`, `unknown` and the like).
import type { FieldInfo, FieldLevel } from '@policedata/schemas';
import { parseBoolean } from '../coerce/scalars.js';
import { type CodeMatch, codeNamed } from './propose-values.js';

export interface ProposedFlag {
  column: string;
  /** The code the column stands for; null for a column of the same group not recognised. */
  code: string | null;
  match?: CodeMatch;
  /** The part of the column's name that names the code. */
  text?: string;
  /** For a column not recognised: codes whose names share all its words (a guess to check). */
  guesses?: string[];
}

export interface ProposedFlags {
  field: string;
  level: FieldLevel;
  columns: ProposedFlag[];
}

/** Distinct values of one column (as written) with their counts. */
export type ColumnValues = ReadonlyMap<string, number>;

const YES_NO_MARKS = new Set(['x', 'checked']);
/** Codes many lists share; they do not show on their own which field a group of columns is. */
const GENERIC_CODES = new Set(['other', 'unknown', 'unspecified', 'none', 'multiple']);

/** Cells that are not a yes/no a yes/no column may hold (`Unknown` in one row), at most. */
const ODD_SHARE = 0.05;

/**
 * A yes/no column: YES/NO, Y/N, 1/0, TRUE/FALSE or X in (nearly) every filled cell, placeholders
 * aside. A rare odd cell (`Unknown`) does not stop it; validate reports it as invalid_boolean.
 */
function isYesNo(values: ColumnValues, missing: ReadonlySet<string>): boolean {
  let yesNo = 0;
  let odd = 0;
  for (const [value, count] of values) {
    const word = value.trim().toLowerCase();
    if (word === '' || missing.has(word)) continue;
    if (YES_NO_MARKS.has(word) || parseBoolean(word) !== undefined) yesNo += count;
    else odd += count;
  }
  return odd <= ODD_SHARE * (yesNo + odd);
}

const words = (header: string) => header.trim().split(/\s+/);
const prefixKey = (parts: readonly string[]) => parts.join(' ').toLowerCase();

/**
 * Proposes flags for `fields` (code-list fields no column matched) from the yes/no columns among
 * `columns` (index → name) that no field matched.
 */
export function proposeFlags(
  columns: ReadonlyMap<number, string>,
  values: readonly ColumnValues[],
  fields: readonly FieldInfo[],
  missing: ReadonlySet<string>,
): ProposedFlags[] {
  const indicators = [...columns.entries()].filter(([index]) => isYesNo(values[index] ?? new Map(), missing));
  if (indicators.length < 2) return [];
  // How many yes/no columns share each leading run of words (`suspect race`).
  const shared = new Map<string, number>();
  for (const [, name] of indicators) {
    const parts = words(name);
    for (let k = 1; k < parts.length; k++)
      shared.set(prefixKey(parts.slice(0, k)), (shared.get(prefixKey(parts.slice(0, k))) ?? 0) + 1);
  }
  // What each column's name could say, with where it starts in the name: the whole name, the rest
  // after each prefix other yes/no columns share, and the comma- and slash-separated pieces of those.
  const texts = new Map<number, Array<{ text: string; at: number }>>();
  for (const [index, name] of indicators) {
    const parts = words(name);
    const rests = [name.trim()];
    for (let k = parts.length - 1; k >= 1; k--) {
      if ((shared.get(prefixKey(parts.slice(0, k))) ?? 0) >= 2) rests.push(parts.slice(k).join(' '));
    }
    const pieces = rests.flatMap((rest) => [
      ...rest.split(',').map((piece) => piece.trim()),
      ...rest.split(/[,/]/).map((piece) => piece.trim()),
    ]);
    const all = [...new Set([...rests, ...pieces].filter((text) => text !== ''))];
    texts.set(
      index,
      all.map((text) => ({ text, at: name.indexOf(text) })),
    );
  }
  const proposals: ProposedFlags[] = [];
  for (const field of fields) {
    const named = codeNamed(field);
    const candidates: ProposedFlag[] = [];
    for (const [index, name] of indicators) {
      // A column that names a person (`Officer Gender Female`) is not read for another's field.
      if (!roleFits(roleOf(words(name)), field.name)) continue;
      // Where a name holds several codes of the field (`Caucasian, Hispanic` for race), the one
      // written first wins, and of two starting at once the longer (`Asian/Pacific Islander`).
      let best: ProposedFlag | undefined;
      let bestAt = Number.POSITIVE_INFINITY;
      for (const { text, at } of texts.get(index) ?? []) {
        const hit = named(text);
        if (!hit) continue;
        if (at < bestAt || (at === bestAt && text.length > (best?.text?.length ?? 0))) {
          best = { column: name, code: hit.code, match: hit.match, text };
          bestAt = at;
        }
      }
      if (best) candidates.push(best);
    }
    // Two columns named only `Other` and `Unknown` would fit nearly every code list: the group is
    // told by its other columns, and a column naming a generic code joins it only when it shares
    // their prefix (`Suspect Race Unknown` beside `Suspect Race White`, not `Force Other`).
    const specific = candidates.filter((flag) => !GENERIC_CODES.has(flag.code ?? ''));
    if (specific.length < 2) continue;
    const prefix = commonPrefix(specific.map((flag) => words(flag.column)));
    const sharesPrefix = (name: string) =>
      prefix.length > 0 && prefixKey(words(name).slice(0, prefix.length)) === prefixKey(prefix);
    const found = candidates.filter((flag) => !GENERIC_CODES.has(flag.code ?? '') || sharesPrefix(flag.column));
    // Columns that name whose field it is (`Suspect ...`, `Officer ...`) go to that person's fields only.
    if (!roleFits(roleOf(prefix), field.name)) continue;
    // Yes/no columns that share the found ones' common prefix are of the same group: listed for a
    // person to map (`Suspect Race Indian/Alaskan Native, Hispanic`).
    const group =
      prefix.length === 0
        ? []
        : indicators
            .filter(([, name]) => !found.some((flag) => flag.column === name))
            .filter(([, name]) => sharesPrefix(name))
            .map(([, name]): ProposedFlag => ({ column: name, code: null }));
    proposals.push({ field: field.name, level: field.level, columns: [...found, ...group] });
  }
  // The same columns read the same way for two fields (`Female`/`Male` for subject_sex and
  // officer_sex, when no column names the person): only the first field, in the schema's order.
  const seen = new Set<string>();
  const kept = proposals.filter((proposal) => {
    const key = JSON.stringify(proposal.columns.map((flag) => [flag.column, flag.code]));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  addLeftovers(kept, indicators, fields);
  return kept;
}

/**
 * Yes/no columns no proposal took (`Baton`, `Handcuffed` beside `Taser` and `OC Spray`) are listed,
 * commented out, in the proposal of a field whose codes' names share all their words (a guess to
 * check), else in the first proposal whose columns share no prefix and whose person they do not
 * contradict: a person then sees them where they most likely belong, instead of losing them.
 */
function addLeftovers(
  proposals: ProposedFlags[],
  indicators: ReadonlyArray<readonly [number, string]>,
  fields: readonly FieldInfo[],
): void {
  const taken = new Set(proposals.flatMap((proposal) => proposal.columns.map((flag) => flag.column)));
  const byName = new Map(fields.map((field) => [field.name, field]));
  const open = proposals.filter(
    (proposal) => commonPrefix(proposal.columns.map((flag) => words(flag.column))).length === 0,
  );
  for (const [, name] of indicators) {
    if (taken.has(name)) continue;
    const role = roleOf(words(name));
    const fits = (proposal: ProposedFlags) => roleFits(role, proposal.field);
    let home: ProposedFlags | undefined;
    let guesses: string[] = [];
    for (const proposal of proposals) {
      const field = byName.get(proposal.field);
      const found = field && fits(proposal) ? codesSharingWords(field, name) : [];
      if (found.length > 0) {
        home = proposal;
        guesses = found;
        break;
      }
    }
    home ??= open.find(fits);
    if (!home) continue;
    home.columns.push({ column: name, code: null, ...(guesses.length > 0 ? { guesses } : {}) });
    taken.add(name);
  }
}

/** Stop words left out when names are compared word by word. */
const STOP_WORDS = new Set(['the', 'of', 'or', 'and', 'a', 'to', 'by', 'with', 'used']);
/** Words of a name, lower case, without stop words and a plural `s` (`Commands` → `command`). */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));

/** Codes whose code, label or a known spelling holds every word of `name` (`Baton` → two codes). */
function codesSharingWords(field: FieldInfo, name: string): string[] {
  const wanted = wordsOf(name);
  if (wanted.length === 0) return [];
  const codes: string[] = [];
  for (const [code, entry] of Object.entries(field.codeList?.codes ?? {})) {
    const texts = [code.replace(/_/g, ' '), entry.label, ...entry.aliases];
    if (texts.some((text) => wanted.every((word) => wordsOf(text).includes(word)))) codes.push(code);
  }
  return codes.length <= 3 ? codes : [];
}

/** Words that name whose data a column holds, as the first part of field names says it. */
const ROLES: Record<string, string> = {
  subject: 'subject',
  suspect: 'subject',
  citizen: 'subject',
  civilian: 'subject',
  arrestee: 'subject',
  offender: 'subject',
  officer: 'officer',
  ofc: 'officer',
  employee: 'officer',
  complainant: 'complainant',
  victim: 'victim',
};
const ROLE_OF_FIELD = new Set(Object.values(ROLES));

/** A column of `role`'s (or of no one's) may be read for `field`: a field of another person's may not. */
function roleFits(role: string | undefined, field: string): boolean {
  const fieldRole = field.split('_')[0] ?? '';
  return role === undefined || !ROLE_OF_FIELD.has(fieldRole) || role === fieldRole;
}

function roleOf(prefix: readonly string[]): string | undefined {
  for (const word of prefix) {
    const role = ROLES[word.toLowerCase().replace(/[^a-z]/g, '')];
    if (role) return role;
  }
  return undefined;
}

function commonPrefix(lists: readonly string[][]): string[] {
  const first = lists[0] ?? [];
  let length = first.length;
  for (const list of lists) {
    let k = 0;
    while (k < length && k < list.length && (list[k] ?? '').toLowerCase() === (first[k] ?? '').toLowerCase()) k++;
    length = k;
  }
  // A prefix as long as a whole name leaves nothing to name a code.
  return lists.some((list) => list.length <= length) ? [] : first.slice(0, length);
}
