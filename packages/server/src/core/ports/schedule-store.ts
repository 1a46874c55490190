import type { CooperativeId, LibraryId, ResponderId, ScheduleSettings } from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import type {
  ClosureRecord,
  LibraryHoursRecord,
  LibraryScheduleSettingsRecord,
  MissedShiftRecord,
  ShiftChangeRecord,
  ShiftRecord,
} from '../schedules/schedule-records.ts';

/** What the room uses of the schedules: closures close coverage; missed shifts are recorded. */
export interface RoomSchedules {
  /** The cooperative's closures (its libraries' and its own) that end after `at`, by start. */
  closuresEndingAfter(cooperativeId: CooperativeId, at: Millis): ClosureRecord[];
  /** Every shift of the cooperative, by library then start. */
  shiftsOf(cooperativeId: CooperativeId): ShiftRecord[];
  /** False when that occurrence was already recorded as missed. */
  insertMissedShift(missed: MissedShiftRecord): boolean;
  /** Give-ups and swaps whose occurrences (either of a swap's two) end after `at`, oldest first. */
  shiftChangesEndingAfter(cooperativeId: CooperativeId, at: Millis): ShiftChangeRecord[];
  /** Swap approval off and no backups until the library's admin saves some. */
  libraryScheduleSettings(libraryId: LibraryId): LibraryScheduleSettingsRecord;
}

/** Hours owed, shifts and closures of the cooperatives (core/schedules/). */
export interface ScheduleStore extends RoomSchedules {
  /** Minimum staffing 1 and no tiers until the coordinator saves some. */
  scheduleSettings(cooperativeId: CooperativeId): ScheduleSettings;
  saveScheduleSettings(cooperativeId: CooperativeId, settings: ScheduleSettings): void;
  libraryHours(libraryId: LibraryId): LibraryHoursRecord | undefined;
  saveLibraryHours(record: LibraryHoursRecord): void;
  insertShift(shift: ShiftRecord): void;
  shift(id: string): ShiftRecord | undefined;
  shiftsOfResponder(responderId: ResponderId): ShiftRecord[];
  /** False when there was no such shift. */
  removeShift(id: string): boolean;
  insertClosure(closure: ClosureRecord): void;
  closure(id: string): ClosureRecord | undefined;
  /** False when there was no such closure. */
  removeClosure(id: string): boolean;
  /** The cooperative's missed shifts, newest first. */
  missedShiftsOf(cooperativeId: CooperativeId): MissedShiftRecord[];
  missedShift(id: string): MissedShiftRecord | undefined;
  /** Records the make-up shift booked against a missed one; false when there is no such one. */
  setMadeUpBy(id: string, shiftId: string): boolean;
  insertShiftChange(change: ShiftChangeRecord): void;
  shiftChange(id: string): ShiftChangeRecord | undefined;
  /** Saves a change's status, partner and decision; false when there is no such change. */
  updateShiftChange(change: ShiftChangeRecord): boolean;
  /** Every give-up and swap of the cooperative, newest first (the history). */
  shiftChangesOf(cooperativeId: CooperativeId): ShiftChangeRecord[];
  saveLibraryScheduleSettings(settings: LibraryScheduleSettingsRecord): void;
}
