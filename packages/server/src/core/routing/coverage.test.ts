import { describe, expect, it } from 'vitest';
import { isWithinCoverage, localWeekMinute } from './coverage.ts';

// Monday 30 November 2026, 15:00 UTC = 09:00 in Chicago, 16:00 in Paris.
const MONDAY_3PM_UTC = Date.UTC(2026, 10, 30, 15, 0);

describe('coverage hours', () => {
  it('reads the weekday and minute in the library\u2019s own timezone', () => {
    expect(localWeekMinute(MONDAY_3PM_UTC, 'America/Chicago')).toEqual({ day: 1, minute: 9 * 60 });
    expect(localWeekMinute(MONDAY_3PM_UTC, 'Europe/Paris')).toEqual({ day: 1, minute: 16 * 60 });
  });

  it('treats no windows as all hours', () => {
    expect(isWithinCoverage([], 'America/Chicago', MONDAY_3PM_UTC)).toBe(true);
  });

  it('includes the start minute and excludes the end minute', () => {
    const nineToFive = [{ day: 1, startMinute: 9 * 60, endMinute: 17 * 60 }];
    expect(isWithinCoverage(nineToFive, 'America/Chicago', MONDAY_3PM_UTC)).toBe(true);
    expect(isWithinCoverage(nineToFive, 'America/Chicago', MONDAY_3PM_UTC - 60_000)).toBe(false);
    expect(isWithinCoverage(nineToFive, 'Europe/Paris', MONDAY_3PM_UTC + 3_600_000)).toBe(false);
  });
});
