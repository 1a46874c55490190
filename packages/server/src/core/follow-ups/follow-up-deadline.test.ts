import { describe, expect, it } from 'vitest';
import type { CoverageWindow } from '../model.ts';
import { followUpDue } from './follow-up-deadline.ts';

const CHICAGO = 'America/Chicago';
// Monday to Friday, 09:00 to 17:00.
const weekdays: CoverageWindow[] = [1, 2, 3, 4, 5].map((day) => ({
  day,
  startMinute: 9 * 60,
  endMinute: 17 * 60,
}));
// December 2026 in Chicago is UTC-6: Friday 4 December 19:00 local is 5 December 01:00 UTC.
const fridayEvening = Date.UTC(2026, 11, 5, 1);
const mondayHoliday = { start: Date.UTC(2026, 11, 7, 6), end: Date.UTC(2026, 11, 8, 6) };

describe('followUpDue', () => {
  it('is due Wednesday at closing time for a Friday evening follow-up with a Monday holiday', () => {
    const due = followUpDue({
      windows: weekdays,
      timeZone: CHICAGO,
      closures: [mondayHoliday],
      workingDays: 2,
      from: fridayEvening,
    });
    expect(due).toEqual({
      dueAt: Date.UTC(2026, 11, 9, 23), // Wednesday 17:00 in Chicago
      remindAt: Date.UTC(2026, 11, 9, 15), // Wednesday 09:00 in Chicago
    });
  });

  it('is due Tuesday at closing time when Monday is open', () => {
    const due = followUpDue({
      windows: weekdays,
      timeZone: CHICAGO,
      closures: [],
      workingDays: 2,
      from: fridayEvening,
    });
    expect(due.dueAt).toBe(Date.UTC(2026, 11, 8, 23));
  });

  it('does not count the day the follow-up was created, even inside opening hours', () => {
    const wednesdayMorning = Date.UTC(2026, 11, 9, 16); // 10:00 in Chicago
    const due = followUpDue({
      windows: weekdays,
      timeZone: CHICAGO,
      closures: [],
      workingDays: 1,
      from: wednesdayMorning,
    });
    expect(due.dueAt).toBe(Date.UTC(2026, 11, 10, 23)); // Thursday 17:00
  });

  it('closes early on a day a closure cuts short', () => {
    const thursdayAfternoonOff = {
      start: Date.UTC(2026, 11, 10, 18),
      end: Date.UTC(2026, 11, 11, 6),
    };
    const due = followUpDue({
      windows: weekdays,
      timeZone: CHICAGO,
      closures: [thursdayAfternoonOff],
      workingDays: 1,
      from: Date.UTC(2026, 11, 9, 16),
    });
    expect(due.dueAt).toBe(Date.UTC(2026, 11, 10, 18)); // Thursday 12:00, when it closes
  });

  it('takes the end of the last window when a day has two', () => {
    const split: CoverageWindow[] = [
      { day: 2, startMinute: 9 * 60, endMinute: 12 * 60 },
      { day: 2, startMinute: 14 * 60, endMinute: 20 * 60 },
    ];
    const due = followUpDue({
      windows: split,
      timeZone: CHICAGO,
      closures: [],
      workingDays: 1,
      from: fridayEvening,
    });
    expect(due).toEqual({ dueAt: Date.UTC(2026, 11, 9, 2), remindAt: Date.UTC(2026, 11, 8, 15) });
  });

  it('counts plain days when the library is covered at all hours', () => {
    const due = followUpDue({
      windows: [],
      timeZone: CHICAGO,
      closures: [],
      workingDays: 2,
      from: fridayEvening,
    });
    expect(due.dueAt).toBe(fridayEvening + 2 * 24 * 3600 * 1000);
  });
});
