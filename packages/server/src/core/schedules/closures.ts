import type { LibraryId } from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import type { ClosureRecord } from './schedule-records.ts';
import { addDays, zonedInstant } from './zoned-time.ts';

/**
 * The UTC instants a closure of whole local days starts and ends: the first midnight and the
 * midnight after the last day, in the closed library's (or cooperative's) time zone.
 *
 * @example
 * closureInterval('2026-12-25', '2026-12-26', 'Europe/Paris');
 * // -> { startsAt: Date.UTC(2026, 11, 24, 23), endsAt: Date.UTC(2026, 11, 26, 23) }
 */
export function closureInterval(
  startDate: string,
  endDate: string,
  timeZone: string,
): { startsAt: Millis; endsAt: Millis } {
  return {
    startsAt: zonedInstant(startDate, 0, timeZone),
    endsAt: zonedInstant(addDays(endDate, 1), 0, timeZone),
  };
}

/** Whether a closure applies to this library: its own, or the whole cooperative's. */
export function closes(closure: ClosureRecord, libraryId: LibraryId): boolean {
  return closure.libraryId === null || closure.libraryId === libraryId;
}

/** Whether the library is closed at `at` by any of the closures. */
export function isClosedAt(closures: ClosureRecord[], libraryId: LibraryId, at: Millis): boolean {
  return closures.some(
    (closure) => closes(closure, libraryId) && closure.startsAt <= at && at < closure.endsAt,
  );
}

/** Whether the library is closed at some instant of [from, to). */
export function isClosedDuring(
  closures: ClosureRecord[],
  libraryId: LibraryId,
  from: Millis,
  to: Millis,
): boolean {
  return closures.some(
    (closure) => closes(closure, libraryId) && closure.startsAt < to && from < closure.endsAt,
  );
}

/** The first instant after `now` at which some closure starts or ends; undefined when none does. */
export function nextClosureBoundary(closures: ClosureRecord[], now: Millis): Millis | undefined {
  let next: Millis | undefined;
  for (const closure of closures) {
    for (const at of [closure.startsAt, closure.endsAt]) {
      if (at > now && (next === undefined || at < next)) next = at;
    }
  }
  return next;
}

/**
 * The stretches a library is closed from `from` on (its own closures and its cooperative's), as
 * the follow-up promise counts them out of its working days.
 *
 * @example
 * followUpDue({ ..., closures: closedIntervals(store.closuresEndingAfter(coop, now), libraryId) });
 */
export function closedIntervals(
  closures: ClosureRecord[],
  libraryId: LibraryId,
): { start: Millis; end: Millis }[] {
  return closures
    .filter((closure) => closes(closure, libraryId))
    .map((closure) => ({ start: closure.startsAt, end: closure.endsAt }));
}
