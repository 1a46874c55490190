import type { CooperativeId, LibraryId, ResponderId } from '@refdesk/protocol';
import { closureInterval } from './closures.ts';
import type { ClosureRecord, ShiftChangeRecord, ShiftRecord } from './schedule-records.ts';

/** Records for the schedule tests: Springfield in New York, Ana on Mondays 09:00 to 12:00. */
export const COOP = 'coop' as CooperativeId;
export const SPRINGFIELD = 'springfield' as LibraryId;
export const SHELBYVILLE = 'shelbyville' as LibraryId;
export const ANA = 'r_ana' as ResponderId;
export const CORA = 'r_cora' as ResponderId;

export function shift(overrides: Partial<ShiftRecord> = {}): ShiftRecord {
  return {
    id: 'shift_1',
    cooperativeId: COOP,
    libraryId: SPRINGFIELD,
    responderId: ANA,
    kind: 'weekly',
    day: 1,
    date: null,
    startMinute: 9 * 60,
    endMinute: 12 * 60,
    timeZone: 'America/New_York',
    createdBy: ANA,
    createdAt: 0,
    ...overrides,
  };
}

export function closure(
  startDate: string,
  endDate: string,
  overrides: Partial<ClosureRecord> = {},
): ClosureRecord {
  const timeZone = overrides.timeZone ?? 'America/New_York';
  return {
    id: 'closure_1',
    cooperativeId: COOP,
    libraryId: SPRINGFIELD,
    startDate,
    endDate,
    timeZone,
    reason: 'Holiday',
    ...closureInterval(startDate, endDate, timeZone),
    createdBy: ANA,
    createdAt: 0,
    ...overrides,
  };
}

export const BEN = 'r_ben' as ResponderId;

/** Ana's give-up of her Monday 7 December 2026 occurrence (09:00 EST = 14:00 UTC), offered. */
export function giveUp(overrides: Partial<ShiftChangeRecord> = {}): ShiftChangeRecord {
  return {
    id: 'change_1',
    cooperativeId: COOP,
    kind: 'give_up',
    status: 'offered',
    shiftId: 'shift_1',
    startsAt: Date.UTC(2026, 11, 7, 14),
    endsAt: Date.UTC(2026, 11, 7, 17),
    libraryId: SPRINGFIELD,
    fromResponderId: ANA,
    toResponderId: null,
    toLibraryId: null,
    swapShiftId: null,
    swapStartsAt: null,
    swapEndsAt: null,
    createdAt: 0,
    decidedAt: null,
    decidedBy: null,
    ...overrides,
  };
}
