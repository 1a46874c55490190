import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../core/testing/fake-clock.ts';
import {
  createSignInLimiter,
  DEFAULT_SIGN_IN_LIMITS,
  type SignInAttempt,
} from './sign-in-limiter.ts';

const waits = (attempts: SignInAttempt[]) => attempts.map((a) => (a.ok ? a.waitMs : a.reason));

describe('the sign-in limiter', () => {
  it('counts attempts in flight: the sixth concurrent attempt of a pair is refused', () => {
    const limiter = createSignInLimiter(createFakeClock());
    const attempts = Array.from({ length: 7 }, () => limiter.begin('cora', '192.0.2.1'));
    expect(attempts.map((a) => a.ok)).toEqual([true, true, true, true, true, false, false]);
  });

  it('locks a pair for the window, not the account from another address', () => {
    const clock = createFakeClock();
    const limiter = createSignInLimiter(clock);
    for (let i = 0; i < 5; i++) limiter.begin('cora', '192.0.2.1');
    expect(limiter.begin('cora', '192.0.2.1')).toEqual({ ok: false, reason: 'account_address' });
    expect(limiter.begin('cora', '192.0.2.2').ok).toBe(true);
    clock.advance(DEFAULT_SIGN_IN_LIMITS.windowMs);
    expect(limiter.begin('cora', '192.0.2.1').ok).toBe(true);
  });

  it('limits one address across accounts', () => {
    const limiter = createSignInLimiter(createFakeClock());
    const attempts = Array.from({ length: 31 }, (_, i) => limiter.begin(`user${i}`, '192.0.2.1'));
    expect(attempts.filter((a) => a.ok)).toHaveLength(DEFAULT_SIGN_IN_LIMITS.perAddress);
    expect(attempts.at(-1)).toEqual({ ok: false, reason: 'address' });
  });

  it('spaces out guesses of one account from many addresses, doubling up to the cap', () => {
    const clock = createFakeClock();
    const limiter = createSignInLimiter(clock);
    const attempts = Array.from({ length: 14 }, (_, i) => limiter.begin('cora', `10.0.0.${i}`));
    expect(waits(attempts)).toEqual([
      ...[0, 0, 0, 0, 0],
      ...[0, 250, 750, 1750, 3750, 7750],
      ...['account_slowed', 'account_slowed', 'account_slowed'],
    ]);
    // Refused attempts do not push the turns further out: waiting one spacing brings a turn back.
    clock.advance(4_000);
    const next = limiter.begin('cora', '10.0.1.1');
    expect(next.ok && next.waitMs).toBe(7_750);
  });

  it('never slows the owner from an address they signed in from, and forgets withdrawn attempts', () => {
    const limiter = createSignInLimiter(createFakeClock());
    const home = limiter.begin('cora', '192.0.2.10');
    if (home.ok) home.succeeded();
    for (let i = 0; i < 40; i++) limiter.begin('cora', `10.0.0.${i}`);
    expect(limiter.begin('cora', '10.0.1.1')).toEqual({ ok: false, reason: 'account_slowed' });
    const again = limiter.begin('cora', '192.0.2.10');
    expect(again.ok && again.waitMs).toBe(0);
    const busy = Array.from({ length: 5 }, () => limiter.begin('ana', '192.0.2.20'));
    for (const attempt of busy) if (attempt.ok) attempt.withdraw();
    expect(limiter.begin('ana', '192.0.2.20').ok).toBe(true);
  });
});
