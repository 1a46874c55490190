import type { Clock } from '../../core/ports/index.ts';

/** A clock whose pending timers also keep a wake-up call booked (a Durable Object alarm). */
export interface AlarmClock extends Clock {
  /** The wake-up call rang: book the next one, if any timer is still pending. */
  alarmRang(): void;
  /** When the earliest pending timer is due, for tests and logs. */
  nextDeadline(): number | undefined;
}

/**
 * Wraps a clock so that an object that is evicted from memory with timers pending still wakes up
 * when they are due. In-memory timers do the work while the object lives (pending timers keep a
 * Durable Object in memory); the alarm is a backstop for when it does not survive (a deploy, a
 * crash, a move). A woken room re-arms its timers from storage (`room.start()`). The alarm is only
 * moved earlier, never cleared, so timers re-armed on every frame cost no storage writes; a stale
 * alarm rings once, finds nothing due and books the next.
 *
 * @example
 * const clock = createAlarmClock(systemClock, (at) => void ctx.storage.setAlarm(at));
 * // in the Durable Object's alarm handler:
 * clock.alarmRang();
 */
/** Further off than this, a timer is left to the alarm (see createAlarmClock). */
export const FAR_MS = 5 * 60_000;

export function createAlarmClock(base: Clock, book: (at: number) => void): AlarmClock {
  const deadlines = new Map<unknown, number>();
  // Timers further off than FAR_MS (the next period's quality sample, tomorrow's coverage) wait
  // for the alarm alone: an in-memory timer would keep the object from hibernating for hours.
  const far = new Map<object, () => void>();
  let booked: number | undefined;
  const bookBy = (at: number) => {
    // An alarm booked in the past has rung (or the platform dropped it): it covers nothing more.
    if (booked !== undefined && booked <= at && booked > base.now()) return;
    booked = at;
    book(at);
  };
  const nextDeadline = () => {
    let next: number | undefined;
    for (const at of deadlines.values()) if (next === undefined || at < next) next = at;
    return next;
  };
  return {
    now: () => base.now(),
    setTimeout(callback, delayMs) {
      const at = base.now() + Math.max(0, delayMs);
      if (delayMs > FAR_MS) {
        const handle = {};
        far.set(handle, callback);
        deadlines.set(handle, at);
        bookBy(at);
        return handle;
      }
      const handle = base.setTimeout(() => {
        deadlines.delete(handle);
        callback();
      }, delayMs);
      deadlines.set(handle, at);
      bookBy(at);
      return handle;
    },
    clearTimeout(handle) {
      deadlines.delete(handle);
      if (!far.delete(handle as object)) base.clearTimeout(handle);
    },
    alarmRang() {
      booked = undefined;
      const now = base.now();
      for (const [handle, callback] of [...far]) {
        if ((deadlines.get(handle) ?? now) > now) continue;
        far.delete(handle);
        deadlines.delete(handle);
        callback();
      }
      const next = nextDeadline();
      // A timer already due fires on its own in a moment; the alarm then waits for the next one.
      if (next !== undefined) bookBy(Math.max(next, base.now() + 1000));
    },
    nextDeadline,
  };
}
