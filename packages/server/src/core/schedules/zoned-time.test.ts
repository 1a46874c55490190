import { describe, expect, it } from 'vitest';
import { addDays, localDate, weekdayOf, zonedInstant } from './zoned-time.ts';

describe('zonedInstant', () => {
  it('reads a local time with the offset of that day, on both sides of a DST change', () => {
    // New York springs forward on 8 March 2026, Paris on 29 March 2026.
    expect(zonedInstant('2026-03-07', 9 * 60, 'America/New_York')).toBe(Date.UTC(2026, 2, 7, 14));
    expect(zonedInstant('2026-03-09', 9 * 60, 'America/New_York')).toBe(Date.UTC(2026, 2, 9, 13));
    expect(zonedInstant('2026-03-28', 9 * 60, 'Europe/Paris')).toBe(Date.UTC(2026, 2, 28, 8));
    expect(zonedInstant('2026-03-30', 9 * 60, 'Europe/Paris')).toBe(Date.UTC(2026, 2, 30, 7));
  });

  it('takes the first of the two repeated hours when the clocks go back', () => {
    // New York falls back on 1 November 2026: 01:30 happens twice, EDT first.
    expect(zonedInstant('2026-11-01', 90, 'America/New_York')).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it('moves a time in the skipped hour past the change', () => {
    expect(zonedInstant('2026-03-08', 150, 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30));
  });

  it('reads minute 1440 as the next midnight', () => {
    expect(zonedInstant('2026-06-01', 1440, 'UTC')).toBe(Date.UTC(2026, 5, 2));
  });
});

describe('calendar helpers', () => {
  it('gives the local date and weekday of an instant', () => {
    expect(localDate(Date.UTC(2026, 11, 7, 3), 'America/Chicago')).toEqual({
      date: '2026-12-06',
      day: 0,
    });
  });

  it('adds days across months and names weekdays', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(weekdayOf('2026-12-06')).toBe(0);
  });
});
