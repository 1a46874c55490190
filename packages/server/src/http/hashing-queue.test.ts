import { describe, expect, it } from 'vitest';
import type { PasswordHasher } from '../core/ports/index.ts';
import { createFakeClock } from '../core/testing/fake-clock.ts';
import { queueHashing } from './hashing-queue.ts';
import { HttpError } from './http-error.ts';

/** A hasher whose calls finish when the test says so. */
function manualHasher() {
  const pending: (() => void)[] = [];
  let started = 0;
  const later = <T>(value: T) =>
    new Promise<T>((resolve) => {
      started += 1;
      pending.push(() => resolve(value));
    });
  const hasher: PasswordHasher = {
    hash: (password) => later(`plain:${password}`),
    verify: (password, stored) => later(stored === `plain:${password}`),
  };
  return { hasher, started: () => started, finishOne: () => pending.shift()?.(), pending };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('queued password hashing', () => {
  it('runs at most `concurrency` hashes at once and starts the next as one finishes', async () => {
    const manual = manualHasher();
    const queued = queueHashing(manual.hasher, createFakeClock(), {
      concurrency: 2,
      maxWaiting: 10,
      maxWaitMs: 1_000,
    });
    const results = Array.from({ length: 5 }, (_, i) => queued.verify(`p${i}`, `plain:p${i}`));
    await settle();
    expect(manual.started()).toBe(2);
    manual.finishOne();
    await settle();
    expect(manual.started()).toBe(3);
    while (manual.pending.length) {
      manual.finishOne();
      await settle();
    }
    expect(await Promise.all(results)).toEqual([true, true, true, true, true]);
  });

  it('refuses with rate_limited beyond the queue, and after waiting too long', async () => {
    const clock = createFakeClock();
    const queued = queueHashing(manualHasher().hasher, clock, {
      concurrency: 1,
      maxWaiting: 1,
      maxWaitMs: 1_000,
    });
    void queued.hash('running');
    const waiting = queued.hash('waiting').catch((error: unknown) => error);
    const over = await queued.hash('over').catch((error: unknown) => error);
    expect(over).toBeInstanceOf(HttpError);
    expect((over as HttpError).code).toBe('rate_limited');
    clock.advance(1_000);
    expect(((await waiting) as HttpError).code).toBe('rate_limited');
  });
});
