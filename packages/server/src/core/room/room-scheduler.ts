import type { Millis } from '../model.ts';
import type { Clock } from '../ports/index.ts';
import { DAY_MS } from '../schedules/zoned-time.ts';

/**
 * Something in the room that changes with the time of day rather than with an event: coverage
 * hours now; shifts, retention jobs and follow-up reminders later.
 */
export interface BoundarySource {
  /**
   * The next instant after `now` at which the room must look again for this source, or undefined
   * while nothing of it depends on time (then no timer is kept for it).
   */
  next(now: Millis): Millis | undefined;
  /**
   * Brings the source's effects up to date at `now`. Runs whenever the timer fires, for any
   * source's boundary or a re-check, so it must do nothing when nothing is due.
   */
  due(now: Millis): void;
  /** Forgets what it computed from configuration that has changed. */
  reset?(): void;
}

/**
 * The room's one timer for time-of-day boundaries: it asks every source for its next boundary and
 * arms a single timer, on the injected clock, for the earliest. On Cloudflare that clock keeps a
 * Durable Object alarm booked, so an evicted room still wakes up for it (and re-arms on start).
 */
export interface RoomScheduler {
  /** Adds a source and arms for it. */
  register(source: BoundarySource): void;
  /** Arms for the earliest boundary now; cheap when it has not moved. Call after any change. */
  rearm(): void;
  /** Configuration changed (say, a library's coverage hours): sources forget, the timer re-arms. */
  reset(): void;
  /** When the armed timer fires; undefined when none is armed. */
  armedAt(): Millis | undefined;
  /** Clears the timer for good (shutdown). */
  stop(): void;
}

export interface RoomSchedulerOptions {
  clock: Clock;
  /**
   * The longest the timer is armed for (default one day): a far boundary is re-checked on the way,
   * so clock drift or a missed configuration change cannot leave the room waiting on a stale time.
   */
  maxArmMs?: number;
}

export { DAY_MS };

/**
 * @example
 * const scheduler = createRoomScheduler({ clock });
 * scheduler.register({ next: (now) => nextOpening(now), due: () => refreshOffers(ctx) });
 */
export function createRoomScheduler(options: RoomSchedulerOptions): RoomScheduler {
  const { clock, maxArmMs = DAY_MS } = options;
  const sources: BoundarySource[] = [];
  let armed: { at: Millis; handle: unknown; recheck: boolean } | undefined;
  let stopped = false;

  const disarm = () => {
    if (armed) clock.clearTimeout(armed.handle);
    armed = undefined;
  };
  const fire = () => {
    armed = undefined;
    const now = clock.now();
    for (const source of sources) source.due(now);
    rearm();
  };
  const earliest = (now: Millis) => {
    let next: Millis | undefined;
    for (const source of sources) {
      const at = source.next(now);
      if (at !== undefined && (next === undefined || at < next)) next = at;
    }
    return next;
  };
  const rearm = () => {
    if (stopped) return;
    const now = clock.now();
    const next = earliest(now);
    if (next === undefined) return disarm();
    const recheck = next > now + maxArmMs;
    const at = recheck ? now + maxArmMs : Math.max(next, now);
    // A re-check already armed stays: it is not later than the limit, and moving it costs a timer.
    if (armed && (armed.at === at || (recheck && armed.recheck && armed.at > now))) return;
    disarm();
    armed = { at, handle: clock.setTimeout(fire, at - now), recheck };
  };

  return {
    register(source) {
      sources.push(source);
      rearm();
    },
    rearm,
    reset() {
      for (const source of sources) source.reset?.();
      rearm();
    },
    armedAt: () => armed?.at,
    stop() {
      stopped = true;
      disarm();
    },
  };
}
