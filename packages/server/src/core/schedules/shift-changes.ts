import type { ResponderId, ShiftChangeAction, ShiftChangeStatus } from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import type { ShiftChangeRecord, ShiftOccurrence } from './schedule-records.ts';

/** Changes still waiting for someone: an offer in the pool, a swap proposed or to approve. */
export const OPEN_CHANGE_STATUSES: readonly ShiftChangeStatus[] = [
  'offered',
  'proposed',
  'awaiting_approval',
];

export const isOpenChange = (change: ShiftChangeRecord) =>
  OPEN_CHANGE_STATUSES.includes(change.status);

/** Who does an action, and what they may do beyond their own part (checked by the caller). */
export interface ChangeActor {
  id: ResponderId;
  /** May approve or refuse a swap awaiting approval, and withdraw anyone's open change. */
  manages: boolean;
  /** Librarians claim offers; other roles (a coordinator only, a reviewer) do not staff shifts. */
  librarian: boolean;
  libraryId: ShiftChangeRecord['libraryId'];
}

/**
 * Whether the actor has a part in this action on this change, whatever its state: claiming is
 * for librarians other than who offered it, answering a swap for its partner, approving for an
 * admin, withdrawing for who offered it or an admin.
 *
 * @example
 * if (!mayActOnChange(change, 'approve', actor)) throw new HttpError('forbidden', '...');
 */
export function mayActOnChange(
  change: ShiftChangeRecord,
  action: ShiftChangeAction,
  actor: ChangeActor,
): boolean {
  switch (action) {
    case 'claim':
      return actor.librarian && change.fromResponderId !== actor.id;
    case 'accept':
    case 'decline':
      return change.toResponderId === actor.id;
    case 'approve':
    case 'refuse':
      return actor.manages;
    case 'withdraw':
      return change.fromResponderId === actor.id || actor.manages;
  }
}

/**
 * One action on a change, as a pure state machine: the changed record, or why it is refused.
 * A give-up is claimed by another librarian; a swap is accepted or declined by its partner, then
 * (when `needsApproval`) approved or refused by an admin; the proposer (or an admin) withdraws
 * an open one. Nothing changes once the occurrence has started.
 *
 * @example
 * const next = applyShiftChangeAction(change, 'claim', actor, clock.now(), false);
 * if (typeof next === 'string') throw new HttpError('conflict', next);
 */
export function applyShiftChangeAction(
  change: ShiftChangeRecord,
  action: ShiftChangeAction,
  actor: ChangeActor,
  now: Millis,
  needsApproval: boolean,
): ShiftChangeRecord | string {
  if (!isOpenChange(change)) return `This change is already ${change.status.replace('_', ' ')}.`;
  if (change.startsAt <= now) return 'That shift has already started.';
  const decided = (status: ShiftChangeStatus, extra: Partial<ShiftChangeRecord> = {}) => ({
    ...change,
    ...extra,
    status,
    decidedAt: now,
    decidedBy: actor.id,
  });
  const partner = change.toResponderId === actor.id;
  switch (action) {
    case 'claim':
      if (change.kind !== 'give_up') return 'Only an offer in the pool is claimed.';
      if (change.fromResponderId === actor.id) return 'You cannot claim your own shift.';
      if (!actor.librarian) return 'Only librarians claim shifts.';
      return decided('claimed', { toResponderId: actor.id, toLibraryId: actor.libraryId });
    case 'accept':
    case 'decline':
      if (change.status !== 'proposed' || !partner)
        return 'Only the colleague asked answers a swap.';
      if (action === 'decline') return decided('declined');
      return decided(needsApproval ? 'awaiting_approval' : 'approved');
    case 'approve':
    case 'refuse':
      if (change.status !== 'awaiting_approval') return 'This swap is not waiting for approval.';
      if (!actor.manages) return 'Only an admin of the library or a coordinator approves a swap.';
      return decided(action === 'approve' ? 'approved' : 'refused');
    case 'withdraw':
      if (change.fromResponderId !== actor.id && !actor.manages) {
        return 'Only who offered it, or an admin, withdraws it.';
      }
      return decided('withdrawn');
  }
}

/**
 * The occurrences with the settled changes applied: a claimed give-up goes to its claimant, an
 * approved swap exchanges the two occurrences. Changes settle in order, so an occurrence given
 * up twice ends with its last claimant.
 *
 * @example
 * const occurrences = withShiftChanges(shiftOccurrences(shifts, closures, from, to), changes);
 */
export function withShiftChanges(
  occurrences: ShiftOccurrence[],
  changes: readonly ShiftChangeRecord[],
): ShiftOccurrence[] {
  const holders = new Map<string, Pick<ShiftChangeRecord, 'toResponderId' | 'toLibraryId'>>();
  const settled = changes
    .filter((c) => c.status === 'claimed' || c.status === 'approved')
    .sort((a, b) => (a.decidedAt ?? 0) - (b.decidedAt ?? 0));
  for (const change of settled) {
    holders.set(occurrenceKey(change.shiftId, change.startsAt), change);
    if (change.swapShiftId !== null && change.swapStartsAt !== null) {
      holders.set(occurrenceKey(change.swapShiftId, change.swapStartsAt), {
        toResponderId: change.fromResponderId,
        toLibraryId: change.libraryId,
      });
    }
  }
  return occurrences.map((occurrence) => {
    const holder = holders.get(occurrenceKey(occurrence.shift.id, occurrence.startsAt));
    if (!holder?.toResponderId || holder.toResponderId === occurrence.shift.responderId) {
      return occurrence;
    }
    return {
      ...occurrence,
      shift: {
        ...occurrence.shift,
        responderId: holder.toResponderId,
        libraryId: holder.toLibraryId ?? occurrence.shift.libraryId,
      },
      takenFrom: occurrence.takenFrom ?? occurrence.shift.responderId,
    };
  });
}

/** The key of one occurrence: its shift and UTC start. */
export const occurrenceKey = (shiftId: string, startsAt: Millis) => `${shiftId}@${startsAt}`;
