import type { Clock } from '../core/ports/index.ts';

export interface AttemptLimiter {
  /** Whether another attempt under `key` is allowed now. */
  allowed(key: string): boolean;
  /** Attempts under `key` within the window. */
  count(key: string): number;
  /**
   * Counts an attempt now, before its outcome is known (so attempts in flight count too).
   * Returns a function that takes it back again (a sign-in that succeeded).
   */
  fail(key: string): () => void;
  /** Forgets a key after a success. */
  reset(key: string): void;
}

/** Beyond this many keys, the oldest keys whose attempts all left the window are dropped. */
const SWEEP_AT = 10_000;

/**
 * At most `max` attempts per key within `windowMs` (e.g. 5 wrong passwords per 15 minutes per
 * account and address). Memory stays bounded: stale keys are dropped as new ones arrive.
 *
 * @example
 * if (!limiter.allowed(address)) throw new HttpError('rate_limited', 'Too many attempts.');
 * const undo = limiter.fail(address); // counted before the password is checked
 */
export function createAttemptLimiter(clock: Clock, max: number, windowMs: number): AttemptLimiter {
  const attempts = new Map<string, number[]>();
  const recent = (key: string) => {
    const since = clock.now() - windowMs;
    const kept = (attempts.get(key) ?? []).filter((at) => at > since);
    if (kept.length) attempts.set(key, kept);
    else attempts.delete(key);
    return kept;
  };
  return {
    allowed: (key) => recent(key).length < max,
    count: (key) => recent(key).length,
    fail(key) {
      if (attempts.size > SWEEP_AT)
        for (const stale of [...attempts.keys()].slice(0, 1000)) recent(stale);
      const at = clock.now();
      attempts.set(key, [...recent(key), at]);
      return () => {
        const list = attempts.get(key);
        const index = list?.lastIndexOf(at) ?? -1;
        if (list && index >= 0) list.splice(index, 1);
        if (list?.length === 0) attempts.delete(key);
      };
    },
    reset: (key) => {
      attempts.delete(key);
    },
  };
}
