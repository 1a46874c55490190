import type { Occurrence, ShiftChange } from '@refdesk/protocol';
import type { ShiftChangeRecord, ShiftOccurrence } from '../core/schedules/schedule-records.ts';
import type { ScheduleNames } from './schedule-views.ts';

export function changeView(change: ShiftChangeRecord, names: ScheduleNames): ShiftChange {
  return {
    id: change.id,
    kind: change.kind,
    status: change.status,
    shiftId: change.shiftId,
    startsAt: change.startsAt,
    endsAt: change.endsAt,
    libraryId: change.libraryId,
    libraryName: names.library(change.libraryId),
    fromId: change.fromResponderId,
    fromName: names.responder(change.fromResponderId),
    toId: change.toResponderId,
    toName: change.toResponderId && names.responder(change.toResponderId),
    swapShiftId: change.swapShiftId,
    swapStartsAt: change.swapStartsAt,
    swapEndsAt: change.swapEndsAt,
    createdAt: change.createdAt,
    decidedAt: change.decidedAt,
    decidedByName: change.decidedBy && names.responder(change.decidedBy),
  };
}

export function occurrenceView(
  occurrence: ShiftOccurrence,
  names: ScheduleNames,
  openChangeId: string | null,
): Occurrence {
  const { shift } = occurrence;
  return {
    shiftId: shift.id,
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    libraryId: shift.libraryId,
    libraryName: names.library(shift.libraryId),
    responderId: shift.responderId,
    responderName: names.responder(shift.responderId),
    takenFromName: occurrence.takenFrom ? names.responder(occurrence.takenFrom) : null,
    openChangeId,
  };
}
