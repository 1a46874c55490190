import type { Millis } from '../model.ts';
import { addDays, DAY_MS, isTimeZone, zonedInstant } from '../schedules/zoned-time.ts';

/** A report's period: `[start, end)` in milliseconds, from two inclusive local dates in `timeZone`. */
export interface ReportPeriod {
  from: string;
  to: string;
  timeZone: string;
  start: Millis;
  end: Millis;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant local midnight starts a day in `timeZone` (a month or day past the end rolls over,
 * so `localMidnight(2026, 13, 1, tz)` is 2027-01-01).
 */
export function localMidnight(year: number, month: number, day: number, timeZone: string): Millis {
  const date = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
  return zonedInstant(date, 0, timeZone);
}

/**
 * Reads a period from two inclusive ISO dates in a time zone, or says why it cannot.
 *
 * @example
 * reportPeriod('2026-01-01', '2026-12-31', 'America/Chicago');
 */
export function reportPeriod(
  from: string,
  to: string,
  timeZone: string,
): { ok: true; period: ReportPeriod } | { ok: false; message: string } {
  if (!isTimeZone(timeZone)) return { ok: false, message: `Unknown time zone: ${timeZone}.` };
  if (!DATE.test(from) || !DATE.test(to)) {
    return { ok: false, message: 'from and to must be dates such as 2026-01-31.' };
  }
  const start = zonedInstant(from, 0, timeZone);
  const end = zonedInstant(addDays(to, 1), 0, timeZone);
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) {
    return { ok: false, message: 'to must be on or after from.' };
  }
  if (end - start > 367 * DAY_MS * 2) {
    return { ok: false, message: 'A report covers at most two years.' };
  }
  return { ok: true, period: { from, to, timeZone, start, end } };
}
