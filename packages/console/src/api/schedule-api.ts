import {
  type Closure,
  type ClosureInput,
  ClosureListResponseSchema,
  type CoverageGrid,
  CoverageGridSchema,
  type ExpectedNow,
  ExpectedNowSchema,
  HoursResponseSchema,
  type LibraryHoursInput,
  type LibraryScheduleSettings,
  LibraryScheduleSettingsSchema,
  type MissedShift,
  MissedShiftListResponseSchema,
  type Occurrence,
  OccurrenceListResponseSchema,
  type ScheduleSettings,
  type Shift,
  type ShiftChange,
  type ShiftChangeAction,
  type ShiftChangeInput,
  ShiftChangeListResponseSchema,
  ShiftChangeSchema,
  type ShiftInput,
  ShiftListResponseSchema,
  ShiftSchema,
} from '@refdesk/protocol/responder';
import type * as v from 'valibot';
import type { HttpClient } from './http-client.ts';

/** The `.ics` of my shifts: a plain link, so the browser downloads it with the session cookie. */
export const MY_SHIFTS_ICS = '/api/schedules/shifts/mine.ics';

export interface ScheduleApi {
  myShifts(): Promise<Shift[]>;
  /** A library's shifts (its admin, a coordinator); every library's without one (a coordinator). */
  libraryShifts(libraryId?: string): Promise<Shift[]>;
  bookShift(input: ShiftInput): Promise<Shift>;
  removeShift(id: string): Promise<void>;
  coverageGrid(week?: string): Promise<CoverageGrid>;
  expectedNow(): Promise<ExpectedNow>;
  /** Missed shifts (owed as make-ups) of the libraries I manage, newest first. */
  missedShifts(): Promise<MissedShift[]>;
  hoursOwed(): Promise<v.InferOutput<typeof HoursResponseSchema>>;
  saveScheduleSettings(settings: ScheduleSettings): Promise<void>;
  saveLibraryHours(libraryId: string, input: LibraryHoursInput): Promise<void>;
  closures(): Promise<Closure[]>;
  addClosure(input: ClosureInput): Promise<void>;
  removeClosure(id: string): Promise<void>;
  /** The coming four weeks of someone's shifts (mine without an id), claims and swaps applied. */
  occurrences(responderId?: string): Promise<Occurrence[]>;
  /** Open offers of the cooperative, and the give-ups and swaps I may see, newest first. */
  shiftChanges(): Promise<ShiftChange[]>;
  offerShiftChange(input: ShiftChangeInput): Promise<ShiftChange>;
  actOnShiftChange(id: string, action: ShiftChangeAction): Promise<ShiftChange>;
  librarySchedule(libraryId: string): Promise<LibraryScheduleSettings>;
  saveLibrarySchedule(libraryId: string, settings: LibraryScheduleSettings): Promise<void>;
}

/**
 * Schedules: shifts, the coverage grid, expected now, hours owed and closures.
 *
 * @example
 * const grid = await scheduleApi(http).coverageGrid('2026-12-06');
 */
export function scheduleApi(http: HttpClient): ScheduleApi {
  const base = '/api/schedules';
  return {
    myShifts: async () => (await http.get(`${base}/shifts/mine`, ShiftListResponseSchema)).shifts,
    async libraryShifts(libraryId) {
      const query = libraryId ? `?library=${encodeURIComponent(libraryId)}` : '';
      return (await http.get(`${base}/shifts${query}`, ShiftListResponseSchema)).shifts;
    },
    bookShift: (input) => http.send('POST', `${base}/shifts`, input, ShiftSchema),
    removeShift: (id) => http.send('DELETE', `${base}/shifts/${encodeURIComponent(id)}`),
    coverageGrid: (week) =>
      http.get(`${base}/grid${week ? `?week=${week}` : ''}`, CoverageGridSchema),
    expectedNow: () => http.get(`${base}/now`, ExpectedNowSchema),
    missedShifts: async () =>
      (await http.get(`${base}/missed`, MissedShiftListResponseSchema)).missed,
    hoursOwed: () => http.get(`${base}/hours`, HoursResponseSchema),
    saveScheduleSettings: (settings) => http.send('PUT', `${base}/settings`, settings),
    saveLibraryHours: (libraryId, input) =>
      http.send('PUT', `${base}/hours/${encodeURIComponent(libraryId)}`, input),
    closures: async () => (await http.get(`${base}/closures`, ClosureListResponseSchema)).closures,
    addClosure: (input) => http.send('POST', `${base}/closures`, input),
    removeClosure: (id) => http.send('DELETE', `${base}/closures/${encodeURIComponent(id)}`),
    async occurrences(responderId) {
      const query = responderId ? `?responder=${encodeURIComponent(responderId)}` : '';
      const path = `${base}/occurrences${query}`;
      return (await http.get(path, OccurrenceListResponseSchema)).occurrences;
    },
    shiftChanges: async () =>
      (await http.get(`${base}/changes`, ShiftChangeListResponseSchema)).changes,
    offerShiftChange: (input) => http.send('POST', `${base}/changes`, input, ShiftChangeSchema),
    actOnShiftChange: (id, action) =>
      http.send(
        'POST',
        `${base}/changes/${encodeURIComponent(id)}/actions`,
        { action },
        ShiftChangeSchema,
      ),
    librarySchedule: (libraryId) =>
      http.get(
        `${base}/library-settings/${encodeURIComponent(libraryId)}`,
        LibraryScheduleSettingsSchema,
      ),
    saveLibrarySchedule: (libraryId, settings) =>
      http.send('PUT', `${base}/library-settings/${encodeURIComponent(libraryId)}`, settings),
  };
}
