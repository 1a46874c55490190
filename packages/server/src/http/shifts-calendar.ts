import ical, { ICalEventRepeatingFreq } from 'ical-generator';
import type { Millis } from '../core/model.ts';
import type {
  ClosureRecord,
  ShiftOccurrence,
  ShiftRecord,
} from '../core/schedules/schedule-records.ts';
import { occurrenceKey } from '../core/schedules/shift-changes.ts';
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

/** What claims and swaps changed for the calendar's owner over the coming year. */
export interface CalendarChanges {
  /** Occurrences of other people's shifts the owner holds now (claimed, or swapped to them). */
  taken: ShiftOccurrence[];
  /** The owner's own occurrences someone else holds now (`occurrenceKey`: shift and start). */
  given: ReadonlySet<string>;
}

/**
 * "My shifts" as iCalendar: a weekly shift is one event repeating weekly with no end, in its own
 * time zone (`TZID`), with the occurrences of the coming year that fall on closures or that
 * someone else claimed excluded; a one-off shift, and each occurrence claimed from a colleague,
 * is one event.
 *
 * @example
 * c.body(shiftsCalendar(shifts, closures, names, clock.now()), 200, { 'content-type': 'text/calendar' });
 */
export function shiftsCalendar(
  shifts: ShiftRecord[],
  closures: ClosureRecord[],
  names: ScheduleNames,
  now: Millis,
  changes: CalendarChanges = { taken: [], given: new Set() },
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
        exclude: closedDates(shift, closures, now, changes.given),
      });
    }
  }
  for (const { shift, startsAt, takenFrom } of changes.taken) {
    const date = localDate(startsAt, shift.timeZone).date;
    calendar.createEvent({
      id: `${shift.id}-${startsAt}@refdesk`,
      start: wall(date, shift.startMinute),
      end: wall(date, shift.endMinute),
      timezone: shift.timeZone,
      stamp: new Date(now),
      summary: `Refdesk shift: ${names.library(shift.libraryId)}`,
      description: `Chat reference shift taken over from ${names.responder(takenFrom ?? shift.responderId)}.`,
    });
  }
  return calendar.toString();
}

/** Occurrences in the coming year a closure removes or someone else holds, as wall-clock starts. */
function closedDates(
  shift: ShiftRecord,
  closures: ClosureRecord[],
  now: Millis,
  given: ReadonlySet<string>,
): Date[] {
  const open = new Set(
    shiftOccurrences([shift], closures, now, now + YEAR_MS).map((o) => o.startsAt),
  );
  return shiftOccurrences([shift], [], now, now + YEAR_MS)
    .filter((o) => !open.has(o.startsAt) || given.has(occurrenceKey(shift.id, o.startsAt)))
    .map((o) => wall(localDate(o.startsAt, shift.timeZone).date, shift.startMinute));
}
