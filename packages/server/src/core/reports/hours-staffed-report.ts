import type { Millis } from '../model.ts';
import type { ReportEvent, ReportLibrary } from './chat-facts.ts';
import type { ReportPeriod } from './report-period.ts';
import type { ReportResult, ReportRow } from './report-result.ts';

/** A responder as the hours report names them. */
export interface ReportResponder {
  id: string;
  name: string;
  libraryId: string;
}

/**
 * Hours owed by a library or responder over the period (core/schedules/ hours owed), null where
 * nothing is owed by that row.
 */
export type HoursOwed = (libraryId: string, responderId: string | null) => number | null;

/** Make-ups owed (missed shifts in the period not yet made up) by a library or a responder. */
export type MakeUpsOwed = (libraryId: string, responderId: string | null) => number;

const STAFFED = new Set(['local', 'cooperative']);
const hours = (ms: number) => Math.round((ms / 3_600_000) * 100) / 100;

/**
 * Milliseconds each responder spent in the Local or Cooperative status within the period, from
 * `status_changed` events (stored order; the last one before the period included, if any).
 * `now` ends a status still on.
 */
export function staffedMs(
  events: readonly ReportEvent[],
  period: ReportPeriod,
  now: Millis,
): Map<string, number> {
  const end = Math.min(period.end, now);
  const since = new Map<string, Millis>();
  const totals = new Map<string, number>();
  const close = (id: string, at: Millis) => {
    const from = since.get(id);
    if (from === undefined) return;
    since.delete(id);
    const ms = Math.min(at, end) - Math.max(from, period.start);
    if (ms > 0) totals.set(id, (totals.get(id) ?? 0) + ms);
  };
  for (const event of events) {
    if (event.kind !== 'status_changed' || !event.actorId) continue;
    close(event.actorId, event.at);
    if (STAFFED.has(String(event.data.status))) since.set(event.actorId, event.at);
  }
  for (const id of [...since.keys()]) close(id, end);
  return totals;
}

/**
 * Hours staffed per responder (grouped by library, with a row per library's total), the hours
 * owed when a schedule says so, and the make-ups owed for shifts missed in the period.
 *
 * @example
 * hoursStaffedReport(events, libraries, responders, period, clock.now(), null, () => null);
 */
export function hoursStaffedReport(
  events: readonly ReportEvent[],
  libraries: ReadonlyMap<string, ReportLibrary>,
  responders: ReadonlyMap<string, ReportResponder>,
  period: ReportPeriod,
  now: Millis,
  scope: string | null,
  owed: HoursOwed,
  makeUps: MakeUpsOwed = () => 0,
): ReportResult {
  const staffed = staffedMs(events, period, now);
  const rows: ReportRow[] = [];
  let cooperativeMs = 0;
  const sorted = [...libraries.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const library of sorted) {
    const people = [...responders.values()]
      .filter((responder) => responder.libraryId === library.id)
      .sort((a, b) => a.name.localeCompare(b.name));
    const libraryMs = people.reduce((sum, person) => sum + (staffed.get(person.id) ?? 0), 0);
    cooperativeMs += libraryMs;
    if (scope !== null && library.id !== scope) continue;
    rows.push({
      library: library.name,
      responder: '(all)',
      hours_staffed: hours(libraryMs),
      hours_owed: owed(library.id, null),
      make_ups_owed: makeUps(library.id, null),
    });
    for (const person of people) {
      rows.push({
        library: library.name,
        responder: person.name,
        hours_staffed: hours(staffed.get(person.id) ?? 0),
        hours_owed: owed(library.id, person.id),
        make_ups_owed: makeUps(library.id, person.id),
      });
    }
  }
  const cooperative: ReportRow = { library: 'Cooperative', hours_staffed: hours(cooperativeMs) };
  return {
    name: 'hours-staffed',
    columns: ['library', 'responder', 'hours_staffed', 'hours_owed', 'make_ups_owed'],
    rows,
    cooperative,
    summary: cooperative,
  };
}
