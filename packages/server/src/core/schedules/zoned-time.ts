import type { Millis } from '../model.ts';

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock at `at` in `timeZone`, as if it were UTC (minutes precision). */
function wallClock(at: Millis, timeZone: string): Millis {
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: string) => Number(parts.find((item) => item.type === type)?.value ?? 0);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
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
  const wall = Date.UTC(year, month - 1, day) + minute * MINUTE;
  const before = wall - (wallClock(wall, timeZone) - wall);
  const offsetBefore = wallClock(wall - 12 * 60 * MINUTE, timeZone) - (wall - 12 * 60 * MINUTE);
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
