// A period's offsets as a list, for arithmetic in SQL; the conversions are zoned-time.ts's.
import type { Millis } from '../model.ts';
import { DAY_MS, HOUR_MS, offsetAt } from '../schedules/zoned-time.ts';

/** From `from` on (until the next one), wall clocks are `offset` ms ahead of UTC. */
export interface ZoneOffset {
  from: Millis;
  offset: number;
}

// Time zones change their offset at most a few times a year, never twice within a day.
const STEP = DAY_MS;

/**
 * The time zone's offsets over `[start, end)`: the first from `start`, then one per change
 * (daylight saving time), found to the second. Lets storage turn instants into local days and
 * hours with plain arithmetic, as `localTime` would.
 *
 * @example
 * zoneOffsets(period.start, period.end, 'America/Chicago'); // CST, CDT from March, CST from November
 */
export function zoneOffsets(start: Millis, end: Millis, timeZone: string): ZoneOffset[] {
  const offsets: ZoneOffset[] = [{ from: start, offset: offsetAt(start, timeZone) }];
  let at = start;
  let offset = offsets[0]?.offset ?? 0;
  while (at < end) {
    const next = Math.min(at + STEP, end);
    const nextOffset = offsetAt(next, timeZone);
    if (nextOffset !== offset) {
      // The change lies in (at, next]: narrow it down to the second it happens.
      let low = at;
      let high = next;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (offsetAt(middle, timeZone) === offset) low = middle;
        else high = middle;
      }
      offsets.push({ from: high, offset: nextOffset });
      offset = nextOffset;
    }
    at = next;
  }
  return offsets;
}

/** The local wall-clock instant (as if UTC) of `at`, under `offsets`. */
export function localInstant(offsets: readonly ZoneOffset[], at: Millis): Millis {
  let offset = offsets[0]?.offset ?? 0;
  for (const item of offsets) {
    if (item.from <= at) offset = item.offset;
    else break;
  }
  return at + offset;
}

/** Days since 1970-01-01 of a local instant. */
export const localDay = (local: Millis): number => Math.floor(local / DAY_MS);

/** Hour of the week, 0 = Sunday 00:00-01:00, of a local instant (1970-01-01 was a Thursday). */
export const hourOfWeek = (local: Millis): number => (Math.floor(local / HOUR_MS) + 96) % 168;

/** `YYYY-MM` of a local day number. */
export const monthOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 7);
