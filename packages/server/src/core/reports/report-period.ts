import type { Millis } from '../model.ts';

/** A report's period: `[start, end)` in milliseconds, from two inclusive local dates in `timeZone`. */
export interface ReportPeriod {
  from: string;
  to: string;
  timeZone: string;
  start: Millis;
  end: Millis;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall-clock fields of an instant in a time zone. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * What a clock on the wall in `timeZone` shows at `at`.
 *
 * @example
 * localTime(Date.UTC(2026, 0, 1, 5), 'America/Chicago'); // { year: 2025, month: 12, day: 31, hour: 23, ... }
 */
export function localTime(at: Millis, timeZone: string): LocalTime {
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return {
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
    weekday: WEEKDAYS[part('weekday')] ?? 0,
    hour: Number(part('hour')),
    minute: Number(part('minute')),
    second: Number(part('second')),
  };
}

/** `YYYY-MM` of an instant in a time zone. */
export function localMonth(at: Millis, timeZone: string): string {
  const { year, month } = localTime(at, timeZone);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function localDate(at: Millis, timeZone: string): string {
  const { year, month, day } = localTime(at, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How far wall clocks in `timeZone` are ahead of UTC at `at`, in milliseconds. */
export function offsetAt(at: Millis, timeZone: string): number {
  const t = localTime(at, timeZone);
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant local midnight starts a day in `timeZone` (DST-safe: re-checks the offset there). */
export function localMidnight(year: number, month: number, day: number, timeZone: string): Millis {
  const wall = Date.UTC(year, month - 1, day);
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}

/** Whether a string names a time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
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
  const a = DATE.exec(from);
  const b = DATE.exec(to);
  if (!a || !b) return { ok: false, message: 'from and to must be dates such as 2026-01-31.' };
  const start = localMidnight(Number(a[1]), Number(a[2]), Number(a[3]), timeZone);
  const end = localMidnight(Number(b[1]), Number(b[2]), Number(b[3]) + 1, timeZone);
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) {
    return { ok: false, message: 'to must be on or after from.' };
  }
  if (end - start > 367 * 86_400_000 * 2) {
    return { ok: false, message: 'A report covers at most two years.' };
  }
  return { ok: true, period: { from, to, timeZone, start, end } };
}
