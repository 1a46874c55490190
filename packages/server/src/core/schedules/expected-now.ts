import type { ResponderId } from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import type { ShiftOccurrence } from './schedule-records.ts';

export interface ExpectedNowEntry {
  occurrence: ShiftOccurrence;
  online: boolean;
}

/**
 * Who should be on shift at `now` (one entry per person, their earliest running occurrence) and
 * whether each is online (connected and not away), for the coordinator's Now board.
 *
 * @example
 * expectedNow(occurrences, clock.now(), (id) => onlineIds.has(id));
 */
export function expectedNow(
  occurrences: ShiftOccurrence[],
  now: Millis,
  isOnline: (responderId: ResponderId) => boolean,
): ExpectedNowEntry[] {
  const seen = new Set<ResponderId>();
  const entries: ExpectedNowEntry[] = [];
  for (const occurrence of occurrences) {
    const { responderId } = occurrence.shift;
    if (occurrence.startsAt > now || occurrence.endsAt <= now || seen.has(responderId)) continue;
    seen.add(responderId);
    entries.push({ occurrence, online: isOnline(responderId) });
  }
  return entries.sort((a, b) => Number(a.online) - Number(b.online));
}
