// The bar a dataset must clear to pass: no findings at or above `failOn`, and a conformance level of
// at least `minLevel`. Shared by every front end (CLI exit codes, the Action's verdict), so a file
// passes or fails the same everywhere. Reasons are in words, for the closing verdict.

import { CONFORMANCE_LEVELS, type ConformanceLevel } from './conformance.js';
import { plural } from './format.js';
import type { Report } from './report.js';

export const FAIL_ON = ['error', 'warning', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface Gate {
  failOn: FailOn;
  minLevel: ConformanceLevel;
}

export const DEFAULT_GATE: Gate = { failOn: 'error', minLevel: 'none' };

/** Why a report misses the bar; empty when it clears it. */
export function judge(report: Report, gate: Gate): string[] {
  const reasons: string[] = [];
  const { error, warning } = report.summary;
  if (gate.failOn !== 'none' && error > 0) reasons.push(`${plural(error, 'error')} (fail-on ${gate.failOn})`);
  if (gate.failOn === 'warning' && warning > 0) reasons.push(`${plural(warning, 'warning')} (fail-on warning)`);
  const level = report.conformance.level;
  if (CONFORMANCE_LEVELS.indexOf(level) < CONFORMANCE_LEVELS.indexOf(gate.minLevel)) {
    reasons.push(`level ${level} is below ${gate.minLevel} (min-level ${gate.minLevel})`);
  }
  return reasons;
}
