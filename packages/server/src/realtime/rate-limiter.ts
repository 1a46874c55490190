import type { Clock } from '../core/ports.ts';

export interface RateLimiter {
  /** Takes one token; false when the bucket is empty. */
  take(): boolean;
}

/**
 * A token bucket: `burst` frames at once, refilled at `perSecond`. Enough for a person typing and
 * reconnecting; not for a script flooding the server.
 *
 * @example
 * const limiter = createRateLimiter(clock, { burst: 30, perSecond: 10 });
 * if (!limiter.take()) refuse('rate_limited');
 */
export function createRateLimiter(
  clock: Clock,
  options: { burst: number; perSecond: number },
): RateLimiter {
  let tokens = options.burst;
  let last = clock.now();
  return {
    take() {
      const now = clock.now();
      tokens = Math.min(options.burst, tokens + ((now - last) / 1000) * options.perSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
