import type { CoverageWindow, Millis } from '../model.ts';
import { coversLocalMinute, localWeekMinute } from './coverage.ts';

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;
/** A weekly schedule changes within a week or never; two more days leave room for clock changes. */
const HORIZON_MINUTES = WEEK_MINUTES + 2 * DAY_MINUTES;

/**
 * The first instant after `now` at which `isWithinCoverage` gives another answer: a window opens or
 * closes, in the library's own time zone. Undefined when that never happens (no windows, which
 * means all hours, or windows that cover the whole week). Windows that meet at midnight are one
 * stretch: no boundary between them. Daylight saving time is read from the time zone: a window
 * that opens in the hour the clocks skip opens when they land after it (03:00, not 02:30), and a
 * window left at 01:30 on the night the clocks go back is entered again at the second 01:00.
 *
 * @example
 * // Monday 30 November 2026, 08:00 in Chicago; the library is covered from 09:00.
 * nextCoverageBoundary([{ day: 1, startMinute: 540, endMinute: 1020 }], 'America/Chicago', Date.UTC(2026, 10, 30, 14));
 * // -> Date.UTC(2026, 10, 30, 15): 09:00 in Chicago
 */
export function nextCoverageBoundary(
  windows: CoverageWindow[],
  timeZone: string,
  now: Millis,
): Millis | undefined {
  if (windows.length === 0) return undefined;
  const edges = edgesOf(windows);
  const weekMinute = (at: Millis) => {
    const { day, minute } = localWeekMinute(at, timeZone);
    return day * DAY_MINUTES + minute;
  };
  const covered = (local: number) =>
    coversLocalMinute(windows, Math.floor(local / DAY_MINUTES), local % DAY_MINUTES);
  const initial = covered(weekMinute(now));
  const limit = now + HORIZON_MINUTES * MINUTE;
  // Local time only turns over on whole UTC minutes (every offset in use is whole minutes).
  let at = Math.floor(now / MINUTE) * MINUTE + MINUTE;
  let local = weekMinute(at);
  while (at <= limit) {
    if (covered(local) !== initial) return at;
    const step = minutesToNextEdge(edges, local);
    const next = at + step * MINUTE;
    const nextLocal = weekMinute(next);
    if (elapsed(local, nextLocal) === step) {
      at = next;
      local = nextLocal;
      continue;
    }
    // The clocks changed on the way: look again from the first minute after they did.
    at = firstShiftedMinute(at, local, step, weekMinute);
    local = weekMinute(at);
  }
  return undefined;
}

/** The local week minutes (0 = Sunday 00:00) at which some window starts or ends, ascending. */
function edgesOf(windows: CoverageWindow[]): number[] {
  const edges = new Set<number>();
  for (const window of windows) {
    const base = window.day * DAY_MINUTES;
    edges.add((base + window.startMinute) % WEEK_MINUTES);
    edges.add((base + window.endMinute) % WEEK_MINUTES);
  }
  return [...edges].sort((a, b) => a - b);
}

function minutesToNextEdge(edges: number[], local: number): number {
  for (const edge of edges) if (edge > local) return edge - local;
  return (edges[0] ?? 0) + WEEK_MINUTES - local;
}

/** Local minutes from `from` to `to`, going forward around the week. */
function elapsed(from: number, to: number): number {
  return (((to - from) % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
}

/** The first whole minute in (at, at + step minutes] whose local time is off by a clock change. */
function firstShiftedMinute(
  at: Millis,
  local: number,
  step: number,
  weekMinute: (at: Millis) => number,
): Millis {
  let steady = 0;
  let shifted = step;
  while (shifted - steady > 1) {
    const middle = Math.floor((steady + shifted) / 2);
    if (elapsed(local, weekMinute(at + middle * MINUTE)) === middle) steady = middle;
    else shifted = middle;
  }
  return at + shifted * MINUTE;
}
