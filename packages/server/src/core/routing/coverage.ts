import type { CoverageWindow, Millis } from '../model.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Day of week (0 = Sunday) and minutes after midnight at `now` in `timeZone`. */
export function localWeekMinute(now: Millis, timeZone: string): { day: number; minute: number } {
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return {
    day: WEEKDAYS[part('weekday')] ?? 0,
    minute: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

/**
 * Whether the cooperative covers a library at `now`. No windows means all hours.
 *
 * @example
 * isWithinCoverage([{ day: 1, startMinute: 9 * 60, endMinute: 17 * 60 }], 'America/Chicago', clock.now());
 */
export function isWithinCoverage(
  windows: CoverageWindow[],
  timeZone: string,
  now: Millis,
): boolean {
  if (windows.length === 0) return true;
  const { day, minute } = localWeekMinute(now, timeZone);
  return coversLocalMinute(windows, day, minute);
}

/** Whether some window holds this local weekday (0 = Sunday) and minute after midnight. */
export function coversLocalMinute(windows: CoverageWindow[], day: number, minute: number): boolean {
  return windows.some(
    (window) => window.day === day && minute >= window.startMinute && minute < window.endMinute,
  );
}
