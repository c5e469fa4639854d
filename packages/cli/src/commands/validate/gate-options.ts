// The pass-or-fail options shared by `validate` and `normalize`.
import { CONFORMANCE_LEVELS } from '@policedata/core';
import type { Options } from 'yargs';
import { FAIL_ON } from './gate.js';

export function gateOptions(subject: string): Record<'fail-on' | 'min-level' | 'severity' | 'ignore', Options> {
  return {
    'fail-on': {
      describe: `Lowest finding severity that makes ${subject} fail (exit 1) [default: error]`,
      choices: FAIL_ON,
      requiresArg: true,
    },
    'min-level': {
      describe: 'Lowest conformance level that passes [default: none]',
      choices: CONFORMANCE_LEVELS,
      requiresArg: true,
    },
    severity: {
      describe: "Change a finding's severity: code=error|warning|info (repeatable)",
      type: 'string',
      array: true,
      requiresArg: true,
    },
    ignore: {
      describe: 'Do not report a finding code (repeatable)',
      type: 'string',
      array: true,
      requiresArg: true,
    },
  };
}
