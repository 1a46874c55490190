import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../core/testing/fake-clock.ts';
import { createConnectionLimiter } from './connection-limiter.ts';

const limits = { maxOpen: 5, burst: 3, perSecond: 2 };

describe('createConnectionLimiter', () => {
  it('lets an address open its burst of sockets at once, then refuses the next', () => {
    const limiter = createConnectionLimiter(createFakeClock(), limits);
    expect([1, 2, 3, 4].map(() => limiter.admit('10.0.0.1'))).toEqual([true, true, true, false]);
  });

  it('counts each address on its own', () => {
    const limiter = createConnectionLimiter(createFakeClock(), limits);
    for (let n = 0; n < 3; n++) limiter.admit('10.0.0.1');
    expect(limiter.admit('10.0.0.2')).toBe(true);
  });

  it('lets new sockets in again as the bucket refills', () => {
    const clock = createFakeClock();
    const limiter = createConnectionLimiter(clock, limits);
    for (let n = 0; n < 3; n++) limiter.admit('10.0.0.1');
    clock.advance(500);
    expect(limiter.admit('10.0.0.1')).toBe(true);
    expect(limiter.admit('10.0.0.1')).toBe(false);
  });

  it('caps the sockets an address holds open, however slowly it opens them', () => {
    const clock = createFakeClock();
    const limiter = createConnectionLimiter(clock, limits);
    const admitted = Array.from({ length: 7 }, () => {
      clock.advance(1_000);
      return limiter.admit('10.0.0.1');
    });
    expect(admitted).toEqual([true, true, true, true, true, false, false]);
    limiter.release('10.0.0.1');
    expect(limiter.admit('10.0.0.1')).toBe(true);
  });

  it('forgets addresses with nothing open and a full bucket once it tracks many', () => {
    const clock = createFakeClock();
    const limiter = createConnectionLimiter(clock, limits);
    for (let n = 0; n < 10_000; n++) {
      limiter.admit(`a${n}`);
      limiter.release(`a${n}`);
    }
    clock.advance(60_000);
    limiter.admit('one more');
    expect(limiter.size()).toBe(1);
  });
});
