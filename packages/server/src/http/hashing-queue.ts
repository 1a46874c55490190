import type { Clock, PasswordHasher } from '../core/ports/index.ts';
import { HttpError } from './http-error.ts';

export interface HashingLimits {
  /** Hashes computed at once (Node runs scrypt on libuv's pool of 4, shared with SQLite's fsync). */
  concurrency: number;
  /** Hashes waiting their turn; beyond it a request is refused at once. */
  maxWaiting: number;
  /** The longest a hash waits its turn before its request is refused. */
  maxWaitMs: number;
}

export const DEFAULT_HASHING_LIMITS: HashingLimits = {
  concurrency: 2,
  maxWaiting: 64,
  maxWaitMs: 10_000,
};

/**
 * Puts a password hasher behind a small queue, so a burst of sign-ins cannot take every thread
 * the database also needs: at most `concurrency` hashes run at once, a few wait a bounded time,
 * and the rest are refused with 429 `rate_limited`.
 *
 * @example
 * const passwords = queueHashing(scryptPasswords, clock);
 * await passwords.verify(password, stored); // may throw HttpError('rate_limited')
 */
export function queueHashing(
  hasher: PasswordHasher,
  clock: Clock,
  limits: HashingLimits = DEFAULT_HASHING_LIMITS,
): PasswordHasher {
  let running = 0;
  const waiting: { start: () => void; timer: unknown }[] = [];
  const busy = () =>
    new HttpError('rate_limited', 'The server is busy signing people in. Try again.');

  const turn = () =>
    new Promise<void>((resolve, reject) => {
      if (running < limits.concurrency) {
        running += 1;
        return resolve();
      }
      if (waiting.length >= limits.maxWaiting) return reject(busy());
      const entry = {
        start: () => {
          clock.clearTimeout(entry.timer);
          running += 1;
          resolve();
        },
        timer: clock.setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(busy());
        }, limits.maxWaitMs),
      };
      waiting.push(entry);
    });
  const done = () => {
    running -= 1;
    waiting.shift()?.start();
  };
  const queued =
    <A extends unknown[], R>(work: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await turn();
      try {
        return await work(...args);
      } finally {
        done();
      }
    };
  return {
    hash: queued((password: string) => hasher.hash(password)),
    verify: queued((password: string, stored: string) => hasher.verify(password, stored)),
  };
}
