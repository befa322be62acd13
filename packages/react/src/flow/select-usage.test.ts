import { describe, expect, it } from 'vitest';
import { initialBillingState } from './flow-state.js';
import { usageOf } from './select-usage.js';
import { admin, plus, stateAfter } from './test-utils/flow-fixtures.js';

describe('usageOf', () => {
  it('reports nothing before the account is ready', () => {
    expect(usageOf(initialBillingState.account)).toBeNull();
  });

  it('measures the subscription: 8 700 of 10 000 contacts is 87 %, not near', () => {
    expect(usageOf(stateAfter(admin).account)).toEqual({
      contactsShare: 87,
      nearLimit: false,
      atLimit: false,
      overLimit: false,
    });
  });

  it('measures against the draft’s limit when given: 8 700 of 5 000 is over it', () => {
    const usage = usageOf(stateAfter(admin).account, { ...plus, contactLimit: 5000 });
    // 8 700 × 100 / 5 000 = 174.
    expect(usage).toMatchObject({ contactsShare: 174, nearLimit: true, overLimit: true });
  });
});
