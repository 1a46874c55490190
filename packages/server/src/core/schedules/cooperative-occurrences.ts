import type { CooperativeId } from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import type { RoomSchedules } from '../ports/index.ts';
import type { ShiftOccurrence } from './schedule-records.ts';
import { withShiftChanges } from './shift-changes.ts';
import { shiftOccurrences } from './shift-occurrences.ts';

/**
 * The cooperative's shift occurrences overlapping [from, to) as they stand: closures left out,
 * claimed give-ups and approved swaps applied (the grid, expected now, missed shifts).
 *
 * @example
 * cooperativeOccurrences(stores.schedules, cooperativeId, from, to);
 */
export function cooperativeOccurrences(
  schedules: RoomSchedules,
  cooperativeId: CooperativeId,
  from: Millis,
  to: Millis,
): ShiftOccurrence[] {
  const occurrences = shiftOccurrences(
    schedules.shiftsOf(cooperativeId),
    schedules.closuresEndingAfter(cooperativeId, from),
    from,
    to,
  );
  return withShiftChanges(occurrences, schedules.shiftChangesEndingAfter(cooperativeId, from));
}
