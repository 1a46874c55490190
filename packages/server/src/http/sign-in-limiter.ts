import type { Clock } from '../core/ports/index.ts';
import { createAttemptLimiter } from './attempt-limiter.ts';

export interface SignInLimits {
  /** Failed sign-ins per account from one address within the window; then that pair is refused. */
  perAccountAddress: number;
  /** Failed sign-ins from one address within the window, whatever the account (a whole branch behind one NAT). */
  perAddress: number;
  windowMs: number;
  /** Failed sign-ins of an account (from any address) before its attempts are spaced out... */
  slowAfter: number;
  /** ...by this much, doubling with every further failure... */
  slowBaseMs: number;
  /** ...up to this much. */
  slowMaxMs: number;
  /** The longest an attempt waits for its turn; beyond it the attempt is refused. */
  maxWaitMs: number;
  /** An address the account signed in from skips the spacing for this long. */
  knownAddressMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perAccountAddress: 5,
  perAddress: 30,
  windowMs: 15 * 60_000,
  slowAfter: 5,
  slowBaseMs: 250,
  slowMaxMs: 4_000,
  maxWaitMs: 8_000,
  knownAddressMs: 30 * 24 * 3600_000,
};

export type SignInRefusal = 'account_address' | 'address' | 'account_slowed';

export type SignInAttempt =
  | {
      ok: true;
      /** Wait this long before checking the password (the account is being guessed at). */
      waitMs: number;
      /** The password was right: the attempt no longer counts, and the address becomes known. */
      succeeded(): void;
      /** The password was never checked (the server was busy): the attempt no longer counts. */
      withdraw(): void;
    }
  | { ok: false; reason: SignInRefusal };

export interface SignInLimiter {
  /** Counts an attempt BEFORE the password is checked, or refuses it. */
  begin(account: string, address: string): SignInAttempt;
}

/**
 * Sign-in limits that nobody can turn against an account's owner: failures lock only the
 * account+address pair (and, for many accounts, the address), never the account. Guessing one
 * account from many addresses spaces its attempts out exponentially (one turn at a time, up to
 * `slowMaxMs` apart), except from addresses it signed in from, so the owner always gets in.
 * Attempts count from the moment they begin, so concurrent guesses cannot race the limits.
 *
 * @example
 * const attempt = limiter.begin(email, address);
 * if (!attempt.ok) throw new HttpError('rate_limited', 'Too many sign-in attempts.');
 * await sleep(attempt.waitMs);
 * if (await verify()) attempt.succeeded();
 */
export function createSignInLimiter(
  clock: Clock,
  limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
): SignInLimiter {
  const { windowMs } = limits;
  const pairs = createAttemptLimiter(clock, limits.perAccountAddress, windowMs);
  const addresses = createAttemptLimiter(clock, limits.perAddress, windowMs);
  const accounts = createAttemptLimiter(clock, Number.POSITIVE_INFINITY, windowMs);
  const nextTurn = new Map<string, number>();
  const known = new Map<string, number>();
  const sweep = (map: Map<string, number>, now: number) => {
    if (map.size > 10_000)
      for (const [key, at] of [...map].slice(0, 1000)) if (at <= now) map.delete(key);
  };

  return {
    begin(account, address) {
      const pair = `${account}\n${address}`;
      if (!pairs.allowed(pair)) return { ok: false, reason: 'account_address' };
      if (!addresses.allowed(address)) return { ok: false, reason: 'address' };
      const now = clock.now();
      let waitMs = 0;
      const failures = accounts.count(account);
      if ((known.get(pair) ?? 0) <= now && failures >= limits.slowAfter) {
        const turn = Math.max(now, nextTurn.get(account) ?? 0);
        waitMs = turn - now;
        if (waitMs > limits.maxWaitMs) return { ok: false, reason: 'account_slowed' };
        const spacing = limits.slowBaseMs * 2 ** (failures - limits.slowAfter);
        sweep(nextTurn, now);
        nextTurn.set(account, turn + Math.min(limits.slowMaxMs, spacing));
      }
      const undo = [pairs.fail(pair), addresses.fail(address), accounts.fail(account)];
      return {
        ok: true,
        waitMs,
        withdraw() {
          for (const takeBack of undo) takeBack();
        },
        succeeded() {
          for (const takeBack of undo) takeBack();
          pairs.reset(pair);
          sweep(known, clock.now());
          known.set(pair, clock.now() + limits.knownAddressMs);
        },
      };
    },
  };
}
