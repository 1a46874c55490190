import type { Clock } from '../core/ports/index.ts';

export interface AttemptLimiter {
  /** Whether another attempt under `key` is allowed now. */
  allowed(key: string): boolean;
  /** Counts a failed attempt. */
  fail(key: string): void;
  /** Forgets a key after a success. */
  reset(key: string): void;
}

/**
 * At most `max` failures per key within `windowMs` (e.g. 5 wrong passwords per 15 minutes per
 * email and per address). Memory stays bounded: stale keys are dropped as new ones arrive.
 *
 * @example
 * if (!limiter.allowed(`email:${email}`)) throw new HttpError('rate_limited', 'Too many attempts.');
 */
export function createAttemptLimiter(clock: Clock, max: number, windowMs: number): AttemptLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => {
    const since = clock.now() - windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  };
  return {
    allowed: (key) => recent(key).length < max,
    fail(key) {
      if (failures.size > 10_000)
        for (const stale of [...failures.keys()].slice(0, 1000)) recent(stale);
      failures.set(key, [...recent(key), clock.now()]);
    },
    reset: (key) => {
      failures.delete(key);
    },
  };
}
