// One validated file: its report and why it misses the bar (empty when it passes).
import type { Report } from '@policedata/core';

export interface Checked {
  report: Report;
  reasons: string[];
  /** The bar it was held to: `fail-on error`, `fail-on none, min-level basic`. */
  bar?: string;
  /** Its errors do not fail the run: it passes, or its fail-on is none (it may fail on its level). */
  errorsPass?: boolean;
}
