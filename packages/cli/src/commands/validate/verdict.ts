// The closing lines on stderr: which files clear the bar and, for those that do not, why. They say
// what the exit code means, so a person reading CI logs need not look it up.
import type { Report, TextStyle } from '@policedata/core';
import type { Gate } from './gate.js';

export interface Judged {
  report: Report;
  gate: Gate;
  /** Why the file misses the bar; empty when it clears it. */
  reasons: string[];
}

export function renderVerdict(results: readonly Judged[], style: TextStyle): string {
  const failed = results.filter((result) => result.reasons.length > 0);
  if (failed.length === 0) {
    const [first] = results;
    const same = results.every((r) => r.gate.failOn === first?.gate.failOn && r.gate.minLevel === first?.gate.minLevel);
    const bar = first && same ? ` (fail-on ${first.gate.failOn}, min-level ${first.gate.minLevel})` : '';
    const what = results.length === 1 && first ? first.report.file.name : `all ${results.length} files`;
    return `${style.ok('✓')} ${what} ${results.length === 1 ? 'is' : 'are'} conformant at the requested bar${bar}.\n`;
  }
  const lines = failed.map(
    (result) => `${style.error('✗')} ${result.report.file.name} is not conformant: ${result.reasons.join('; ')}.`,
  );
  if (results.length > 1) lines.push(`${failed.length} of ${results.length} files are not conformant.`);
  return `${lines.join('\n')}\n`;
}
