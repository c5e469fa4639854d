// The conformance level and score of a dataset: one documented formula for every city, so results
// can be compared side by side. docs/conformance.md explains it for people.
import type { FieldLevel } from '@policedata/schemas';

export type ConformanceLevel = 'none' | 'basic' | 'good' | 'complete';
export const CONFORMANCE_LEVELS: readonly ConformanceLevel[] = ['none', 'basic', 'good', 'complete'];

export interface FieldUsability {
  name: string;
  level: FieldLevel;
  pii: boolean;
  /** The file has the field (mapped from a column or a constant). */
  present: boolean;
  /** Share of rows with a valid value, 0..1. */
  usable: number;
}

export interface ConformanceInput {
  rows: number;
  invalidRows: number;
  fields: readonly FieldUsability[];
  /** The file could not be read as a table at all (empty, binary, no data rows), or its type is unknown. */
  unreadable: boolean;
  /** Why, in one sentence (default: it could not be read as a table of data rows). */
  unreadableReason?: string;
  /**
   * Reading stopped before the end of the file (a truncated download, an unterminated quote): why,
   * in one sentence. The rows after that point were not checked, so the level is none; the score
   * describes the rows read.
   */
  stoppedReason?: string;
  /** A privacy finding of error severity occurred (such as an SSN in a cell). */
  privacyErrors: boolean;
  /** Any privacy finding occurred. */
  privacyFindings: boolean;
}

export interface Conformance {
  level: ConformanceLevel;
  /** 0-100, one decimal. */
  score: number;
  components: { required: number; recommended: number; optional: number; clean: number };
  /** Why the level is not one higher, in plain words. */
  reasons: string[];
}

export const REQUIRED_BAR = 0.95;
export const RECOMMENDED_MEAN_BAR = 0.8;
export const RECOMMENDED_EACH_BAR = 0.95;
export const GOOD_INVALID_ROWS = 0.05;
export const COMPLETE_INVALID_ROWS = 0.01;
export const WEIGHTS = { required: 50, recommended: 30, optional: 10, clean: 10 } as const;

const mean = (values: number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 1);
const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;

export function assessConformance(input: ConformanceInput): Conformance {
  const of = (level: FieldLevel) => input.fields.filter((field) => field.level === level);
  const required = of('required');
  const recommended = of('recommended');
  const optional = of('optional').filter((field) => !field.pii);
  const invalidShare = input.rows > 0 ? input.invalidRows / input.rows : 1;
  const components = {
    required: mean(required.map((f) => f.usable)),
    recommended: mean(recommended.map((f) => f.usable)),
    // Optional fields count by presence: publishing them at all is what makes a file richer.
    optional: optional.length ? optional.filter((f) => f.present && f.usable > 0).length / optional.length : 1,
    clean: input.rows > 0 ? 1 - invalidShare : 0,
  };
  const rawScore =
    WEIGHTS.required * components.required +
    WEIGHTS.recommended * components.recommended +
    WEIGHTS.optional * components.optional +
    WEIGHTS.clean * components.clean;
  const score = input.unreadable ? 0 : Math.round(rawScore * 10) / 10;

  const reasons: string[] = [];
  let level: ConformanceLevel = 'none';
  if (input.unreadable) {
    reasons.push(input.unreadableReason ?? 'The file could not be read as a table of data rows.');
    return { level, score, components, reasons };
  }
  if (input.stoppedReason) return { level, score, components, reasons: [input.stoppedReason] };
  const missingRequired = required.filter((f) => !f.present).map((f) => f.name);
  const weakRequired = required
    .filter((f) => f.present && f.usable < REQUIRED_BAR)
    .map((f) => `${f.name} (${percent(f.usable)})`);
  if (missingRequired.length) reasons.push(`Required fields missing: ${missingRequired.join(', ')}.`);
  if (weakRequired.length)
    reasons.push(`Required fields valid in fewer than ${percent(REQUIRED_BAR)} of rows: ${weakRequired.join(', ')}.`);
  if (reasons.length) return { level, score, components, reasons };
  level = 'basic';

  const missingRecommended = recommended.filter((f) => !f.present).map((f) => f.name);
  if (input.privacyErrors)
    reasons.push('Personal data found in cells (see the privacy findings); the level is capped at basic.');
  if (missingRecommended.length) reasons.push(`Recommended fields missing: ${missingRecommended.join(', ')}.`);
  if (components.recommended < RECOMMENDED_MEAN_BAR) {
    reasons.push(
      `Recommended fields are valid in ${percent(components.recommended)} of rows on average (good needs ${percent(RECOMMENDED_MEAN_BAR)}).`,
    );
  }
  if (invalidShare > GOOD_INVALID_ROWS)
    reasons.push(`${percent(invalidShare)} of rows have errors (good allows ${percent(GOOD_INVALID_ROWS)}).`);
  if (reasons.length) return { level, score, components, reasons };
  level = 'good';

  const weakRecommended = recommended
    .filter((f) => f.usable < RECOMMENDED_EACH_BAR)
    .map((f) => `${f.name} (${percent(f.usable)})`);
  if (weakRecommended.length)
    reasons.push(
      `Recommended fields valid in fewer than ${percent(RECOMMENDED_EACH_BAR)} of rows: ${weakRecommended.join(', ')}.`,
    );
  if (invalidShare > COMPLETE_INVALID_ROWS)
    reasons.push(`${percent(invalidShare)} of rows have errors (complete allows ${percent(COMPLETE_INVALID_ROWS)}).`);
  if (input.privacyFindings) reasons.push('The file has privacy findings to review.');
  if (reasons.length) return { level, score, components, reasons };
  return { level: 'complete', score, components, reasons };
}
