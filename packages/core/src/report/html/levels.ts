// The conformance levels in plain words, for readers who have not read docs/conformance.md.
import type { ConformanceLevel } from '../conformance.js';

export const LEVEL_WORDS: Record<ConformanceLevel, { name: string; meaning: string }> = {
  none: {
    name: 'None',
    meaning:
      'Not yet usable for comparisons: a required field is missing, or empty or invalid in more than 5% of rows.',
  },
  basic: {
    name: 'Basic',
    meaning: 'The core is there: every required field is present and valid in at least 95% of rows.',
  },
  good: {
    name: 'Good',
    meaning:
      'Comparable with other agencies: every recommended field is present, few rows have errors and no personal data was found in cells.',
  },
  complete: {
    name: 'Complete',
    meaning:
      'Publication quality: every recommended field is valid in at least 95% of rows, at most 1% of rows have errors and there are no privacy findings.',
  },
};

export const SEVERITY_WORDS = {
  error: { one: 'error', many: 'errors', meaning: 'what the standard requires' },
  warning: { one: 'warning', many: 'warnings', meaning: 'what the standard recommends' },
  info: { one: 'info', many: 'info', meaning: 'worth knowing' },
} as const;
