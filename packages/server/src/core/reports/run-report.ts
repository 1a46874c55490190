import type { CooperativeId, LibraryId } from '@refdesk/protocol';
import type { DirectoryStore, FollowUpStore, ReportStore, ScheduleStore } from '../ports/index.ts';
import { effectiveHoursOwed } from '../schedules/hours-owed.ts';
import { buildReport } from './build-report.ts';
import type { ReportLibrary } from './chat-facts.ts';
import type { ReportResponder } from './hours-staffed-report.ts';
import type { ReportPeriod } from './report-period.ts';
import type { ReportName, ReportResult } from './report-result.ts';
import { zoneOffsets } from './zone-offsets.ts';

/** The stores a report reads. */
export interface ReportSources {
  directory: Pick<DirectoryStore, 'librariesOf' | 'respondersOf'>;
  reports: ReportStore;
  followUps: Pick<FollowUpStore, 'followUpsOf'>;
  schedules: Pick<ScheduleStore, 'scheduleSettings' | 'libraryHours' | 'missedShiftsOf'>;
  /** The libraries' promises: a follow-up past its promise counts as overdue. */
  followUpDuties?: Pick<import('../ports/index.ts').FollowUpDutyStore, 'deadline'>;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Reads what one report needs from storage and computes it.
 *
 * @example
 * runReport(stores, cooperativeId, 'contribution', period, null, clock.now());
 */
export function runReport(
  sources: ReportSources,
  cooperativeId: CooperativeId,
  name: ReportName,
  period: ReportPeriod,
  scope: string | null,
  now: number,
): ReportResult {
  const { directory, reports, followUps, schedules } = sources;
  const found = directory.librariesOf(cooperativeId);
  const libraries = new Map<string, ReportLibrary>(
    found.map((l) => [l.id, { id: l.id, name: l.name, groupId: l.groupId }]),
  );
  const responders = new Map<string, ReportResponder>();
  for (const library of found) {
    for (const r of directory.respondersOf(library.id)) {
      responders.set(r.id, { id: r.id, name: r.displayName, libraryId: r.libraryId });
    }
  }
  const staffing = name === 'hours-staffed';
  // Missed shifts of the period still owed as make-ups, by library and by responder.
  const owedMakeUps = staffing
    ? schedules
        .missedShiftsOf(cooperativeId)
        .filter((m) => m.madeUpBy === null && m.startsAt >= period.start && m.startsAt < period.end)
    : [];
  const window = {
    start: period.start,
    end: period.end,
    offsets: zoneOffsets(period.start, period.end, period.timeZone),
  };
  return buildReport(name, {
    tallies: (part) => reports.chatTallies(cooperativeId, window, part),
    statusEvents: staffing ? reports.statusEvents(cooperativeId, period.start, period.end) : [],
    libraries,
    responders,
    followUps: name === 'outcomes' ? found.flatMap((l) => followUps.followUpsOf(l.id)) : [],
    promiseDueAt: (id) => sources.followUpDuties?.deadline(id)?.dueAt,
    period,
    now,
    scope,
    // A library owes its weekly hours for each week of the period (none set: nothing to compare);
    // people owe no hours of their own (their shifts are how the library pays its hours).
    owed: (libraryId, responderId) => {
      if (responderId !== null || !staffing) return null;
      const entry = schedules.libraryHours(libraryId as LibraryId);
      if (!entry) return null;
      const weekly = effectiveHoursOwed(entry, schedules.scheduleSettings(cooperativeId).tiers);
      return Math.round(((weekly * (period.end - period.start)) / WEEK_MS) * 100) / 100;
    },
    makeUps: (libraryId, responderId) =>
      owedMakeUps.filter(
        (m) => m.libraryId === libraryId && (responderId === null || m.responderId === responderId),
      ).length,
  });
}
