import type { Clock, IdGenerator } from '../ports/index.ts';

export interface FakeClock extends Clock {
  /** Moves time forward, firing due timers in order (including ones they schedule). */
  advance(ms: number): void;
  pendingTimers(): number;
}

/**
 * A clock for tests: time moves only when the test says so, so timers run in microseconds.
 *
 * @example
 * const clock = createFakeClock(Date.UTC(2026, 10, 30, 15));
 * clock.advance(30_000); // the local tier's timer fires
 */
export function createFakeClock(start = Date.UTC(2026, 10, 30, 15, 0, 0)): FakeClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout(callback, delayMs) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, delayMs), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        let dueId: number | undefined;
        let dueAt = Number.POSITIVE_INFINITY;
        for (const [id, timer] of timers) {
          if (timer.at <= until && timer.at < dueAt) {
            dueId = id;
            dueAt = timer.at;
          }
        }
        if (dueId === undefined) break;
        const timer = timers.get(dueId);
        timers.delete(dueId);
        now = dueAt;
        timer?.callback();
      }
      now = until;
    },
    pendingTimers: () => timers.size,
  };
}

/** Predictable ids: `chat_1`, `msg_2`, ... and secrets that are long enough to be tokens. */
export function createSequentialIds(): IdGenerator {
  let counter = 0;
  return {
    id: (prefix) => `${prefix}_${++counter}`,
    secret: () => `secret${String(++counter).padStart(20, '0')}`,
  };
}
