import type { CooperativeId, LibraryId, ResponderId, ScheduleSettings } from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import type {
  ClosureRecord,
  LibraryHoursRecord,
  ShiftRecord,
} from '../schedules/schedule-records.ts';

/** What the room reads of the schedules: closures close a library's coverage. */
export interface ClosureReader {
  /** The cooperative's closures (its libraries' and its own) that end after `at`, by start. */
  closuresEndingAfter(cooperativeId: CooperativeId, at: Millis): ClosureRecord[];
}

/** Hours owed, shifts and closures of the cooperatives (core/schedules/). */
export interface ScheduleStore extends ClosureReader {
  /** Minimum staffing 1 and no tiers until the coordinator saves some. */
  scheduleSettings(cooperativeId: CooperativeId): ScheduleSettings;
  saveScheduleSettings(cooperativeId: CooperativeId, settings: ScheduleSettings): void;
  libraryHours(libraryId: LibraryId): LibraryHoursRecord | undefined;
  saveLibraryHours(record: LibraryHoursRecord): void;
  insertShift(shift: ShiftRecord): void;
  shift(id: string): ShiftRecord | undefined;
  /** Every shift of the cooperative, by library then start. */
  shiftsOf(cooperativeId: CooperativeId): ShiftRecord[];
  shiftsOfResponder(responderId: ResponderId): ShiftRecord[];
  /** False when there was no such shift. */
  removeShift(id: string): boolean;
  insertClosure(closure: ClosureRecord): void;
  closure(id: string): ClosureRecord | undefined;
  /** False when there was no such closure. */
  removeClosure(id: string): boolean;
}
