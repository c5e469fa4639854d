// The pass-or-fail bar lives in core, shared with the GitHub Action.
export { DEFAULT_GATE, FAIL_ON, type FailOn, type Gate, judge } from '@policedata/core';
