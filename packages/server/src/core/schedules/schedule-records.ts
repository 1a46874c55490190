import type {
  CooperativeId,
  LibraryId,
  ResponderId,
  ShiftChangeKind,
  ShiftChangeStatus,
  ShiftKind,
} from '@refdesk/protocol';
import type { Millis } from '../model.ts';

/**
 * A shift as stored: local times in the zone it was booked in (the library's), so a weekly shift
 * stays at 09:00 across daylight-saving changes. Weekly: `day` (0 = Sunday); one-off: `date`.
 */
export interface ShiftRecord {
  id: string;
  cooperativeId: CooperativeId;
  libraryId: LibraryId;
  responderId: ResponderId;
  kind: ShiftKind;
  day: number | null;
  date: string | null;
  startMinute: number;
  endMinute: number;
  timeZone: string;
  createdBy: ResponderId;
  createdAt: Millis;
}

/**
 * Whole local days a library (or, with no library, the whole cooperative) is closed. `startsAt`
 * and `endsAt` are the UTC instants of the first midnight and the midnight after the last day.
 */
export interface ClosureRecord {
  id: string;
  cooperativeId: CooperativeId;
  libraryId: LibraryId | null;
  startDate: string;
  endDate: string;
  timeZone: string;
  reason: string;
  startsAt: Millis;
  endsAt: Millis;
  createdBy: ResponderId;
  createdAt: Millis;
}

/** A library's weekly hours owed: set directly, or read from its size against the tiers. */
export interface LibraryHoursRecord {
  libraryId: LibraryId;
  hoursOwed: number | null;
  size: number | null;
}

/**
 * One instance of a shift, in UTC. After a claim or a swap, `shift` names who holds it now (their
 * id and library) and `takenFrom` who had it before.
 */
export interface ShiftOccurrence {
  shift: ShiftRecord;
  startsAt: Millis;
  endsAt: Millis;
  takenFrom?: ResponderId;
}

/**
 * An occurrence of a shift its librarian was not online for (Local or Cooperative status) by its
 * start plus the grace period: owed as a make-up until `madeUpBy` names the shift booked for it.
 */
export interface MissedShiftRecord {
  id: string;
  cooperativeId: CooperativeId;
  shiftId: string;
  libraryId: LibraryId;
  responderId: ResponderId;
  startsAt: Millis;
  endsAt: Millis;
  detectedAt: Millis;
  madeUpBy: string | null;
}

/**
 * A give-up or a swap of one occurrence (`shiftId` at `startsAt`). The shift's own librarian
 * (`fromResponderId`, or whoever holds that occurrence after an earlier change) stays responsible
 * until the change settles: a give-up `claimed`, a swap `approved`. A swap may take one of the
 * partner's occurrences (`swapShiftId` at `swapStartsAt`) in exchange.
 */
export interface ShiftChangeRecord {
  id: string;
  cooperativeId: CooperativeId;
  kind: ShiftChangeKind;
  status: ShiftChangeStatus;
  shiftId: string;
  startsAt: Millis;
  endsAt: Millis;
  /** The library of whoever gives the occurrence (its admin approves, withdraws). */
  libraryId: LibraryId;
  fromResponderId: ResponderId;
  toResponderId: ResponderId | null;
  toLibraryId: LibraryId | null;
  swapShiftId: string | null;
  swapStartsAt: Millis | null;
  swapEndsAt: Millis | null;
  createdAt: Millis;
  decidedAt: Millis | null;
  decidedBy: ResponderId | null;
}

/** A library's schedule settings: swaps approved by an admin, and its backup librarians. */
export interface LibraryScheduleSettingsRecord {
  libraryId: LibraryId;
  swapApproval: boolean;
  backups: ResponderId[];
}
