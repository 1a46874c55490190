import { describe, expect, it } from 'vitest';
import type { CoverageWindow } from '../model.ts';
import { isWithinCoverage } from './coverage.ts';
import { nextCoverageBoundary } from './next-coverage-boundary.ts';

const h = (hour: number, minute = 0) => hour * 60 + minute;
const window = (day: number, start: number, end: number): CoverageWindow => ({
  day,
  startMinute: start,
  endMinute: end,
});
const utc = (month: number, day: number, hour: number, minute = 0) =>
  Date.UTC(2026, month - 1, day, hour, minute);

const MON_9_TO_5 = [window(1, h(9), h(17))];
const SUN_9_TO_5 = [window(0, h(9), h(17))];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6].map((day) => window(day, 0, h(24)));

// 2026: Chicago springs forward on 8 March and falls back on 1 November; Paris springs forward on
// 29 March at 01:00 UTC.
const cases: Array<{
  name: string;
  windows: CoverageWindow[];
  zone: string;
  now: number;
  next: number | undefined;
}> = [
  {
    name: 'opens the window later the same day (Monday 08:00 in Chicago)',
    windows: MON_9_TO_5,
    zone: 'America/Chicago',
    now: utc(11, 30, 14),
    next: utc(11, 30, 15),
  },
  {
    name: 'rounds up to the whole minute from a time between minutes',
    windows: MON_9_TO_5,
    zone: 'America/Chicago',
    now: utc(11, 30, 14, 59) + 30_500,
    next: utc(11, 30, 15),
  },
  {
    name: 'closes the window it is in, from its very first instant',
    windows: MON_9_TO_5,
    zone: 'America/Chicago',
    now: utc(11, 30, 15),
    next: utc(11, 30, 23),
  },
  {
    name: 'opens again a week later once the only window has closed',
    windows: MON_9_TO_5,
    zone: 'America/Chicago',
    now: utc(11, 30, 23),
    next: utc(12, 7, 15),
  },
  {
    name: 'reads the hours in the library\u2019s zone (Paris)',
    windows: MON_9_TO_5,
    zone: 'Europe/Paris',
    now: utc(11, 30, 7),
    next: utc(11, 30, 8),
  },
  {
    name: 'reads the hours in a half-hour zone (Kolkata)',
    windows: MON_9_TO_5,
    zone: 'Asia/Kolkata',
    now: utc(11, 30, 3),
    next: utc(11, 30, 3, 30),
  },
  {
    name: 'sees no boundary at midnight between a late window and an early one the next day',
    windows: [window(1, h(20), h(24)), window(2, 0, h(2))],
    zone: 'America/Chicago',
    now: utc(12, 1, 3),
    next: utc(12, 1, 8),
  },
  {
    name: 'joins Saturday night to Sunday morning across the end of the week',
    windows: [window(6, h(22), h(24)), window(0, 0, h(2))],
    zone: 'America/Chicago',
    now: utc(12, 6, 5),
    next: utc(12, 6, 8),
  },
  {
    name: 'opens at 09:00 daylight time on the morning the clocks spring forward',
    windows: SUN_9_TO_5,
    zone: 'America/Chicago',
    now: utc(3, 8, 2),
    next: utc(3, 8, 14),
  },
  {
    name: 'opens a window that starts in the skipped hour when the clocks land after it (03:00)',
    windows: [window(0, h(2, 30), h(5))],
    zone: 'America/Chicago',
    now: utc(3, 8, 2),
    next: utc(3, 8, 8),
  },
  {
    name: 'never opens a window that lies wholly in the skipped hour, until the next week',
    windows: [window(0, h(2), h(3))],
    zone: 'Europe/Paris',
    now: utc(3, 28, 12),
    next: utc(4, 5, 0),
  },
  {
    name: 'opens at 09:00 standard time on the morning the clocks fall back',
    windows: SUN_9_TO_5,
    zone: 'America/Chicago',
    now: utc(11, 1, 1),
    next: utc(11, 1, 15),
  },
  {
    name: 'closes at the first 01:30 on the night the clocks fall back',
    windows: [window(0, 0, h(1, 30))],
    zone: 'America/Chicago',
    now: utc(11, 1, 5, 30),
    next: utc(11, 1, 6, 30),
  },
  {
    name: 'opens again when the clocks fall back to 01:00 inside the window',
    windows: [window(0, 0, h(1, 30))],
    zone: 'America/Chicago',
    now: utc(11, 1, 6, 30),
    next: utc(11, 1, 7),
  },
  {
    name: 'has no boundary without windows (all hours)',
    windows: [],
    zone: 'America/Chicago',
    now: utc(11, 30, 14),
    next: undefined,
  },
  {
    name: 'has no boundary when the windows cover the whole week',
    windows: EVERY_DAY,
    zone: 'America/Chicago',
    now: utc(11, 30, 14),
    next: undefined,
  },
];

describe('the next coverage boundary', () => {
  it.each(cases)('$name', ({ windows, zone, now, next }) => {
    expect(nextCoverageBoundary(windows, zone, now)).toBe(next);
  });

  it.each(cases.filter((item) => item.next !== undefined))(
    'agrees with isWithinCoverage: the answer changes at the boundary and not a minute before ($name)',
    ({ windows, zone, now, next }) => {
      if (next === undefined) return;
      const before = isWithinCoverage(windows, zone, now);
      expect(isWithinCoverage(windows, zone, next)).toBe(!before);
      for (let at = next - 60_000; at > now; at -= 60_000) {
        expect(isWithinCoverage(windows, zone, at)).toBe(before);
      }
    },
  );
});
