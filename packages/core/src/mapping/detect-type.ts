// Guesses a file's dataset type from its column names (and its file name), with a confidence.
import { registry } from '@policedata/schemas';
import { indexFields, matchHeaders, normaliseName } from './header-match.js';

export interface TypeCandidate {
  type: string;
  /** Sum of level weights of the fields its columns match (required 3, recommended 2, optional 1). */
  score: number;
  matchedFields: number;
}

export interface TypeDetection {
  type?: string;
  /** Share of the evidence pointing to `type` rather than the runner-up: 0.5 = a tie, 1 = no rival. */
  confidence: number;
  candidates: TypeCandidate[];
}

const WEIGHT = { required: 3, recommended: 2, optional: 1 } as const;
const FILE_NAME_BONUS = 6;
const MIN_MATCHED_FIELDS = 2;

export function detectDatasetType(header: readonly string[], fileName = ''): TypeDetection {
  // The file's own name, not its folders: the same file gives the same report wherever it sits,
  // and the browser page, which knows only the name, gives the command line's.
  const name = normaliseName(fileName.split(/[\\/]/).pop() ?? '');
  const candidates: TypeCandidate[] = registry.listDatasetTypes().map((info) => {
    const fields = registry.listFields(info.type);
    const byName = new Map(fields.map((field) => [field.name, field]));
    const matches = matchHeaders(header, indexFields(fields), { fuzzy: false });
    let score = matches.reduce((sum, match) => sum + WEIGHT[byName.get(match.field)?.level ?? 'optional'], 0);
    const names = [info.type, ...info.aliases].map(normaliseName);
    if (name && names.some((alias) => alias && name.includes(alias))) score += FILE_NAME_BONUS;
    return { type: info.type, score, matchedFields: matches.length };
  });
  candidates.sort((a, b) => b.score - a.score || a.type.localeCompare(b.type));
  const [best, second] = candidates;
  // One matching column is not evidence of a dataset type (a stray "time" or "beat" column).
  if (!best || best.score === 0 || best.matchedFields < MIN_MATCHED_FIELDS) return { confidence: 0, candidates };
  return { type: best.type, confidence: best.score / (best.score + (second?.score ?? 0)), candidates };
}
