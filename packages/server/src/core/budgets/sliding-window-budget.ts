import type { Clock } from '../ports/index.ts';

/** How many uses a key may make within a sliding window. */
export interface WindowLimit {
  limit: number;
  windowMs: number;
}

/** A refusal: which budget ran out, and when one more use fits again. */
export interface BudgetRefusal {
  budget: string;
  retryAfterMs: number;
}

/** One named budget and the key (an address, a library, a destination) it is spent against. */
export interface BudgetCharge {
  budget: string;
  key: string;
}

/** See {@link createBudgetLedger}. */
export interface BudgetLedger {
  /**
   * Spends one use of every charge, or none when any is exhausted: returns the refusal of the
   * exhausted budget that frees up last.
   */
  spend(charges: BudgetCharge[]): BudgetRefusal | undefined;
}

/** Keys remembered per budget before the least recently used are forgotten (bounded memory). */
const MAX_KEYS = 10_000;

/**
 * Sliding-window budgets on the injected clock: each (budget, key) remembers the times of its
 * recent uses, at most `limit` of them, so a key costs O(limit) and an unknown budget is free.
 * Spending is all-or-nothing, so a refused request does not eat into the budgets it passed.
 *
 * @example
 * const ledger = createBudgetLedger(clock, { perAddress: { limit: 20, windowMs: 600_000 } });
 * const refusal = ledger.spend([{ budget: 'perAddress', key: '203.0.113.9' }]);
 */
export function createBudgetLedger(
  clock: Pick<Clock, 'now'>,
  limits: Record<string, WindowLimit>,
): BudgetLedger {
  const uses = new Map<string, Map<string, number[]>>();
  const recent = (budget: string, key: string, now: number, windowMs: number): number[] => {
    const keys = uses.get(budget) ?? new Map<string, number[]>();
    uses.set(budget, keys);
    const times = (keys.get(key) ?? []).filter((at) => now - at < windowMs);
    // Re-inserting keeps the Map in least-recently-used order.
    keys.delete(key);
    if (keys.size >= MAX_KEYS) keys.delete(keys.keys().next().value as string);
    keys.set(key, times);
    return times;
  };
  return {
    spend(charges) {
      const now = clock.now();
      const plans: number[][] = [];
      let refusal: BudgetRefusal | undefined;
      for (const { budget, key } of charges) {
        const limit = limits[budget];
        if (!limit) continue;
        const times = recent(budget, key, now, limit.windowMs);
        plans.push(times);
        if (times.length < limit.limit) continue;
        const oldest = times[times.length - limit.limit] ?? now;
        const retryAfterMs = Math.max(1, oldest + limit.windowMs - now);
        if (!refusal || retryAfterMs > refusal.retryAfterMs) refusal = { budget, retryAfterMs };
      }
      if (refusal) return refusal;
      for (const times of plans) times.push(now);
      return undefined;
    },
  };
}
