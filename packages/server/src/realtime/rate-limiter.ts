import type { Clock } from '../core/ports/index.ts';

export interface RateLimiter {
  /** Takes one token; false when the bucket is empty. */
  take(): boolean;
}

interface Bucket extends RateLimiter {
  clock: Clock;
  burst: number;
  perSecond: number;
  tokens: number;
  last: number;
}

// Shared by every bucket: each socket has one, and an idle socket should cost its fields only.
const bucketMethods: RateLimiter & ThisType<Bucket> = {
  take() {
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  },
};

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
  const bucket: Bucket = Object.create(bucketMethods);
  return Object.assign(bucket, {
    clock,
    burst: options.burst,
    perSecond: options.perSecond,
    tokens: options.burst,
    last: clock.now(),
  });
}
