import type { Millis } from '../model.ts';
import type { ShiftOccurrence } from './schedule-records.ts';
import { addDays, zonedInstant } from './zoned-time.ts';

export const SLOT_MS = 30 * 60_000;

export interface CoverageSlot {
  startsAt: Millis;
  /** Occurrences that overlap the slot. */
  occurrences: ShiftOccurrence[];
  /** Fewer distinct people on shift than the cooperative's minimum staffing. */
  gap: boolean;
}

/** The UTC bounds of the local week that starts at midnight of `weekStart` in `timeZone`. */
export function weekBounds(weekStart: string, timeZone: string): { from: Millis; to: Millis } {
  return {
    from: zonedInstant(weekStart, 0, timeZone),
    to: zonedInstant(addDays(weekStart, 7), 0, timeZone),
  };
}

/**
 * The cooperative's week in 30-minute slots from local midnight of `weekStart` (a week with a
 * daylight-saving change has 334 or 338 slots, not 336), each with the shifts booked in it and
 * whether it falls under the minimum staffing.
 *
 * @example
 * coverageGrid(shiftOccurrences(shifts, closures, from, to), '2026-12-06', 'America/Chicago', 1);
 */
export function coverageGrid(
  occurrences: ShiftOccurrence[],
  weekStart: string,
  timeZone: string,
  minStaff: number,
): CoverageSlot[] {
  const { from, to } = weekBounds(weekStart, timeZone);
  const slots: CoverageSlot[] = [];
  for (let at = from; at < to; at += SLOT_MS) {
    const inSlot = occurrences.filter((o) => o.startsAt < at + SLOT_MS && o.endsAt > at);
    const people = new Set(inSlot.map((o) => o.shift.responderId));
    slots.push({ startsAt: at, occurrences: inSlot, gap: people.size < minStaff });
  }
  return slots;
}
