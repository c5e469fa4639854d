// Exact house-number addresses (exact_address): a house number then a street, not a block, a
// highway location or a street that only starts with a number.
import { describe, expect, it } from 'vitest';
import { looksLikeExactAddress, toBlock } from '../src/validate/pii.js';

describe('looksLikeExactAddress', () => {
  it('takes a house number and a street, a direction before it or not', () => {
    expect(looksLikeExactAddress('6101 N Keystone Avenue')).toBe(true);
    expect(looksLikeExactAddress('6101 Keystone Avenue N')).toBe(true);
    expect(toBlock('6101 N Keystone Avenue')).toBe('61XX N Keystone Avenue');
  });

  it('leaves out blocks, highway locations (a direction before them too) and streets without a number', () => {
    expect(looksLikeExactAddress('61XX N Keystone Avenue')).toBe(false);
    expect(looksLikeExactAddress('6100 N Keystone Avenue')).toBe(false);
    expect(looksLikeExactAddress('3950 Interstate 465')).toBe(false);
    expect(looksLikeExactAddress('3950 N Interstate 465')).toBe(false);
    expect(looksLikeExactAddress('W 75 Street')).toBe(false);
  });
});
