import { describe, expect, it } from 'vitest';
import { localTime } from '../schedules/zoned-time.ts';
import { localMidnight, reportPeriod } from './report-period.ts';

describe('reportPeriod', () => {
  it('starts at local midnight of from and ends at local midnight after to', () => {
    const result = reportPeriod('2026-01-01', '2026-01-31', 'America/Chicago');
    expect(result.ok && result.period.start).toBe(Date.UTC(2026, 0, 1, 6));
    expect(result.ok && result.period.end).toBe(Date.UTC(2026, 1, 1, 6));
  });

  it('gives the day clocks spring forward 23 hours and the day they fall back 25', () => {
    const spring = reportPeriod('2026-03-08', '2026-03-08', 'America/Chicago');
    const fall = reportPeriod('2026-11-01', '2026-11-01', 'America/Chicago');
    expect(spring.ok && spring.period.end - spring.period.start).toBe(23 * 3_600_000);
    expect(fall.ok && fall.period.end - fall.period.start).toBe(25 * 3_600_000);
  });

  it('refuses an unknown time zone, a malformed date and a period that ends before it starts', () => {
    expect(reportPeriod('2026-01-01', '2026-01-02', 'Mars/Olympus').ok).toBe(false);
    expect(reportPeriod('2026-1-1', '2026-01-02', 'UTC').ok).toBe(false);
    expect(reportPeriod('2026-02-01', '2026-01-02', 'UTC').ok).toBe(false);
  });
});

describe('localTime', () => {
  it('reads the wall clock across the date line of a time zone', () => {
    const t = localTime(Date.UTC(2026, 0, 1, 5, 30), 'America/Chicago');
    expect([t.year, t.month, t.day, t.hour, t.minute, t.weekday]).toEqual([
      2025, 12, 31, 23, 30, 3,
    ]);
    expect(localTime(Date.UTC(2026, 0, 1, 5, 30), 'UTC').month).toBe(1);
  });

  it('puts local midnight in summer and winter at their own offsets', () => {
    expect(localMidnight(2026, 7, 1, 'Europe/Paris')).toBe(Date.UTC(2026, 5, 30, 22));
    expect(localMidnight(2026, 1, 1, 'Europe/Paris')).toBe(Date.UTC(2025, 11, 31, 23));
  });
});
