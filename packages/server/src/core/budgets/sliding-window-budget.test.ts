import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../testing/fake-clock.ts';
import { createBudgetLedger } from './sliding-window-budget.ts';

const MINUTE = 60_000;

describe('createBudgetLedger', () => {
  it('allows the limit within the window, then refuses with the time until the oldest use expires', () => {
    const clock = createFakeClock();
    const ledger = createBudgetLedger(clock, { perAddress: { limit: 2, windowMs: 10 * MINUTE } });
    const charge = [{ budget: 'perAddress', key: '203.0.113.9' }];
    expect(ledger.spend(charge)).toBeUndefined();
    clock.advance(4 * MINUTE);
    expect(ledger.spend(charge)).toBeUndefined();
    expect(ledger.spend(charge)).toEqual({ budget: 'perAddress', retryAfterMs: 6 * MINUTE });
    clock.advance(6 * MINUTE);
    expect(ledger.spend(charge)).toBeUndefined();
  });

  it('keeps keys apart, so one address spending its budget leaves another’s whole', () => {
    const ledger = createBudgetLedger(createFakeClock(), {
      perAddress: { limit: 1, windowMs: MINUTE },
    });
    expect(ledger.spend([{ budget: 'perAddress', key: 'a' }])).toBeUndefined();
    expect(ledger.spend([{ budget: 'perAddress', key: 'a' }])).toBeDefined();
    expect(ledger.spend([{ budget: 'perAddress', key: 'b' }])).toBeUndefined();
  });

  it('spends nothing when one charge is refused, and reports the budget that frees up last', () => {
    const clock = createFakeClock();
    const ledger = createBudgetLedger(clock, {
      short: { limit: 1, windowMs: MINUTE },
      long: { limit: 1, windowMs: 60 * MINUTE },
      roomy: { limit: 2, windowMs: MINUTE },
    });
    ledger.spend([
      { budget: 'short', key: 'k' },
      { budget: 'long', key: 'k' },
    ]);
    const refusal = ledger.spend([
      { budget: 'roomy', key: 'k' },
      { budget: 'short', key: 'k' },
      { budget: 'long', key: 'k' },
    ]);
    expect(refusal).toEqual({ budget: 'long', retryAfterMs: 60 * MINUTE });
    // The refused request did not eat into `roomy`: two uses are still left.
    expect(ledger.spend([{ budget: 'roomy', key: 'k' }])).toBeUndefined();
    expect(ledger.spend([{ budget: 'roomy', key: 'k' }])).toBeUndefined();
    expect(ledger.spend([{ budget: 'roomy', key: 'k' }])).toBeDefined();
  });
});
