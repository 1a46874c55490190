// The one module that converts between instants and wall clocks in IANA time zones: schedules,
// reports, follow-up deadlines and the quality sample all read local times through it.
import type { Millis } from '../model.ts';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

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

/** The wall clock at `at` in `timeZone`, as if it were UTC (minutes precision). */
function wallClock(at: Millis, timeZone: string): Millis {
  const t = localTime(at, timeZone);
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
}

/** How far wall clocks in `timeZone` are ahead of UTC at `at`, in milliseconds. */
export function offsetAt(at: Millis, timeZone: string): number {
  const t = localTime(at, timeZone);
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return wall - Math.floor(at / 1000) * 1000;
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
 * The instant at which the wall clock in `timeZone` shows `minute` minutes after midnight of
 * `date` (`YYYY-MM-DD`; 1440 is the next midnight). In the hour the clocks skip, the instant is
 * read with the offset from before the change (02:30 on a spring-forward night is 03:30); in the
 * hour they repeat, the first of the two.
 *
 * @example
 * zonedInstant('2026-03-09', 9 * 60, 'America/New_York'); // Date.UTC(2026, 2, 9, 13): 09:00 EDT
 */
export function zonedInstant(date: string, minute: number, timeZone: string): Millis {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day) + minute * MINUTE_MS;
  const before = wall - (wallClock(wall, timeZone) - wall);
  const offsetBefore = wallClock(wall - 12 * HOUR_MS, timeZone) - (wall - 12 * HOUR_MS);
  const candidates = [wall - offsetBefore, before, wall - (wallClock(before, timeZone) - before)];
  const exact = candidates.filter((at) => wallClock(at, timeZone) === wall).sort((a, b) => a - b);
  return exact[0] ?? wall - offsetBefore;
}

/** The local date (`YYYY-MM-DD`) and weekday (0 = Sunday) at `at` in `timeZone`. */
export function localDate(at: Millis, timeZone: string): { date: string; day: number } {
  const wall = new Date(wallClock(at, timeZone));
  return { date: wall.toISOString().slice(0, 10), day: wall.getUTCDay() };
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The weekday (0 = Sunday) of a calendar date. */
export function weekdayOf(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
