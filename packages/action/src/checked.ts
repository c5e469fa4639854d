// One validated file: its report and why it misses the bar (empty when it passes).
import type { Gate, Report } from '@policedata/core';

export interface Checked {
  report: Report;
  reasons: string[];
  /** The bar it was held to. */
  gate?: Gate;
}

/** The bar in words: `fail-on error`, `fail-on none, min-level basic`. */
export function barText(gate: Gate): string {
  return `fail-on ${gate.failOn}${gate.minLevel !== 'none' ? `, min-level ${gate.minLevel}` : ''}`;
}

/**
 * The datasets whose errors do not fail the run (their fail-on is none, whatever their level): their
 * errors are shown as warnings, in annotations and SARIF alike.
 */
export function errorsPassing(checked: readonly Checked[]): Set<Report> {
  return new Set(checked.filter((item) => item.gate?.failOn === 'none').map((item) => item.report));
}
