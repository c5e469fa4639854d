// The bar a dataset must clear: no findings at or above fail-on, and at least min-level.
import { CONFORMANCE_LEVELS, type ConformanceLevel, type Report } from '@policedata/core';
import type { FailOn } from './inputs.js';

export interface Gate {
  failOn: FailOn;
  minLevel: ConformanceLevel;
}

const plural = (count: number, word: string) => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

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
