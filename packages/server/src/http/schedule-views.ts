import type { Closure, LibraryId, Shift } from '@refdesk/protocol';
import type { Directory } from '../core/ports/index.ts';
import type { ClosureRecord, ShiftRecord } from '../core/schedules/schedule-records.ts';

/** Names for schedule views, looked up once per library and responder. */
export function scheduleNames(directory: Directory) {
  const libraries = new Map<LibraryId, string>();
  return {
    library(id: LibraryId): string {
      let name = libraries.get(id);
      if (name === undefined) {
        name = directory.library(id)?.name ?? id;
        libraries.set(id, name);
      }
      return name;
    },
    responder: (id: ShiftRecord['responderId']) => directory.responder(id)?.displayName ?? id,
  };
}

export type ScheduleNames = ReturnType<typeof scheduleNames>;

export function shiftView(shift: ShiftRecord, names: ScheduleNames): Shift {
  return {
    id: shift.id,
    libraryId: shift.libraryId,
    libraryName: names.library(shift.libraryId),
    responderId: shift.responderId,
    responderName: names.responder(shift.responderId),
    kind: shift.kind,
    day: shift.day,
    date: shift.date,
    startMinute: shift.startMinute,
    endMinute: shift.endMinute,
    timeZone: shift.timeZone,
  };
}

export function closureView(closure: ClosureRecord): Closure {
  return {
    id: closure.id,
    libraryId: closure.libraryId,
    startDate: closure.startDate,
    endDate: closure.endDate,
    timeZone: closure.timeZone,
    reason: closure.reason,
    startsAt: closure.startsAt,
    endsAt: closure.endsAt,
  };
}
