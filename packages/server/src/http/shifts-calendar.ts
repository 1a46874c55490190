import ical, { ICalEventRepeatingFreq } from 'ical-generator';
import type { Millis } from '../core/model.ts';
import type { ClosureRecord, ShiftRecord } from '../core/schedules/schedule-records.ts';
import { shiftOccurrences } from '../core/schedules/shift-occurrences.ts';
import { addDays, localDate, weekdayOf } from '../core/schedules/zoned-time.ts';
import type { ScheduleNames } from './schedule-views.ts';

const YEAR_MS = 366 * 24 * 3_600_000;

/** A local date and minute as a Date whose UTC fields are that wall-clock time (ical-generator
 * writes them as is after `TZID=`, so the calendar app applies the zone's DST rules). */
function wall(date: string, minute: number): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day, 0, minute));
}

/** The local date of a weekly shift's first occurrence: its weekday on or after it was booked. */
function firstDate(shift: ShiftRecord): string {
  let date = localDate(shift.createdAt, shift.timeZone).date;
  while (weekdayOf(date) !== shift.day) date = addDays(date, 1);
  return date;
}

/**
 * "My shifts" as iCalendar: a weekly shift is one event repeating weekly with no end, in its own
 * time zone (`TZID`), with the occurrences of the coming year that fall on closures excluded; a
 * one-off shift is one event.
 *
 * @example
 * c.body(shiftsCalendar(shifts, closures, names, clock.now()), 200, { 'content-type': 'text/calendar' });
 */
export function shiftsCalendar(
  shifts: ShiftRecord[],
  closures: ClosureRecord[],
  names: ScheduleNames,
  now: Millis,
): string {
  const calendar = ical({ name: 'Refdesk shifts', prodId: '//Refdesk//Shifts//EN' });
  for (const shift of shifts) {
    const date = shift.kind === 'once' ? (shift.date ?? '') : firstDate(shift);
    const event = calendar.createEvent({
      id: `${shift.id}@refdesk`,
      start: wall(date, shift.startMinute),
      end: wall(date, shift.endMinute),
      timezone: shift.timeZone,
      stamp: new Date(now),
      summary: `Refdesk shift: ${names.library(shift.libraryId)}`,
      description: `Chat reference shift for ${names.responder(shift.responderId)}.`,
    });
    if (shift.kind === 'weekly') {
      event.repeating({
        freq: ICalEventRepeatingFreq.WEEKLY,
        exclude: closedDates(shift, closures, now),
      });
    }
  }
  return calendar.toString();
}

/** Occurrences in the coming year a closure removes, as wall-clock starts. */
function closedDates(shift: ShiftRecord, closures: ClosureRecord[], now: Millis): Date[] {
  const open = new Set(
    shiftOccurrences([shift], closures, now, now + YEAR_MS).map((o) => o.startsAt),
  );
  return shiftOccurrences([shift], [], now, now + YEAR_MS)
    .filter((o) => !open.has(o.startsAt))
    .map((o) => wall(localDate(o.startsAt, shift.timeZone).date, shift.startMinute));
}
