import type { Millis } from '../model.ts';
import { isClosedDuring } from './closures.ts';
import type { ClosureRecord, ShiftOccurrence, ShiftRecord } from './schedule-records.ts';
import { addDays, localDate, weekdayOf, zonedInstant } from './zoned-time.ts';

/**
 * Every occurrence of the shifts that overlaps [from, to), in UTC, earliest first. A weekly shift
 * is read in its own time zone on each local date, so it stays at its local time across
 * daylight-saving changes; one ending after 24:00 (`endMinute` > 1440) ends the next day; an
 * occurrence on a day its library is closed is left out.
 *
 * @example
 * shiftOccurrences(shifts, closures, weekStart, weekStart + 7 * DAY_MS);
 */
export function shiftOccurrences(
  shifts: ShiftRecord[],
  closures: ClosureRecord[],
  from: Millis,
  to: Millis,
): ShiftOccurrence[] {
  const occurrences: ShiftOccurrence[] = [];
  for (const shift of shifts) {
    for (const date of datesOf(shift, from, to)) {
      const startsAt = zonedInstant(date, shift.startMinute, shift.timeZone);
      const endsAt = zonedInstant(date, shift.endMinute, shift.timeZone);
      if (endsAt <= from || startsAt >= to) continue;
      if (isClosedDuring(closures, shift.libraryId, startsAt, endsAt)) continue;
      occurrences.push({ shift, startsAt, endsAt });
    }
  }
  return occurrences.sort(
    (a, b) => a.startsAt - b.startsAt || a.shift.id.localeCompare(b.shift.id),
  );
}

/** The local dates on which the shift may have an occurrence overlapping [from, to). */
function datesOf(shift: ShiftRecord, from: Millis, to: Millis): string[] {
  if (shift.kind === 'once') return shift.date === null ? [] : [shift.date];
  const dates: string[] = [];
  // A day either side: a local date starts up to 14 hours away from the UTC one.
  const last = addDays(localDate(to, shift.timeZone).date, 1);
  for (let date = addDays(localDate(from, shift.timeZone).date, -1); date <= last; ) {
    if (weekdayOf(date) === shift.day) dates.push(date);
    date = addDays(date, 1);
  }
  return dates;
}

/** The weekly hours a library's recurring shifts book. */
export function weeklyBookedHours(shifts: ShiftRecord[]): number {
  const minutes = shifts
    .filter((shift) => shift.kind === 'weekly')
    .reduce((sum, shift) => sum + shift.endMinute - shift.startMinute, 0);
  return minutes / 60;
}
