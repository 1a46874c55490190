import type { Occurrence, ShiftChange, ShiftChangeStatus } from '@refdesk/protocol/responder';
import { dateIn, formatDay, timeIn, viewerTimeZone } from './schedule-format.ts';

/** `Mon 7 Dec, 10:00–12:00` in the viewer's zone. */
export function formatOccurrence(span: Pick<Occurrence, 'startsAt' | 'endsAt'>): string {
  const zone = viewerTimeZone();
  return `${formatDay(dateIn(span.startsAt, zone))}, ${timeIn(span.startsAt, zone)}–${timeIn(span.endsAt, zone)}`;
}

export const CHANGE_STATUS: Record<ShiftChangeStatus, string> = {
  offered: 'offered to the pool',
  claimed: 'claimed',
  proposed: 'swap proposed',
  awaiting_approval: 'awaiting an admin’s approval',
  approved: 'swapped',
  declined: 'declined',
  refused: 'refused by an admin',
  withdrawn: 'withdrawn',
};

/** One line of history: `Ana Alvarez gave up Mon 7 Dec, 10:00–12:00: claimed by Cora Chen`. */
export function describeChange(change: ShiftChange): string {
  const when = formatOccurrence(change);
  const status = CHANGE_STATUS[change.status];
  if (change.kind === 'give_up') {
    const by = change.status === 'claimed' && change.toName ? ` by ${change.toName}` : '';
    return `${change.fromName} gave up ${when} (${change.libraryName}): ${status}${by}`;
  }
  const theirs =
    change.swapStartsAt !== null && change.swapEndsAt !== null
      ? ` for ${formatOccurrence({ startsAt: change.swapStartsAt, endsAt: change.swapEndsAt })}`
      : '';
  return `${change.fromName} swaps ${when}${theirs} with ${change.toName ?? '?'}: ${status}`;
}
