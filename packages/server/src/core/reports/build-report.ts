import { assertNever } from '@refdesk/protocol';
import type { FollowUpRecord, Millis } from '../model.ts';
import { outcomesReport, whoAnsweredReport } from './answer-reports.ts';
import { chatFacts, type ReportEvent, type ReportLibrary } from './chat-facts.ts';
import { contributionReport } from './contribution-report.ts';
import {
  type HoursOwed,
  hoursStaffedReport,
  type ReportResponder,
} from './hours-staffed-report.ts';
import { localDate, type ReportPeriod } from './report-period.ts';
import type { ReportName, ReportResult } from './report-result.ts';
import { heatmapReport, waitReport } from './traffic-reports.ts';

/** Everything a report is computed from; `scope` is the one library asked for, or null for all. */
export interface ReportInput {
  /** Events of the chats requested in the period, in stored order. */
  chatEvents: readonly ReportEvent[];
  /** `status_changed` events in the period, plus each responder's last one before it. */
  statusEvents: readonly ReportEvent[];
  libraries: ReadonlyMap<string, ReportLibrary>;
  responders: ReadonlyMap<string, ReportResponder>;
  followUps: readonly FollowUpRecord[];
  /** When a follow-up's library promise ends; past it, the follow-up is overdue. */
  promiseDueAt?: (id: FollowUpRecord['id']) => Millis | undefined;
  period: ReportPeriod;
  now: Millis;
  scope: string | null;
  owed: HoursOwed;
}

/**
 * Computes one named report (definitions in docs/reports.md).
 *
 * @example
 * buildReport('contribution', input).rows;
 */
export function buildReport(name: ReportName, input: ReportInput): ReportResult {
  const facts = () =>
    chatFacts(input.chatEvents, input.period, (id) => input.responders.get(id)?.libraryId ?? null);
  switch (name) {
    case 'contribution':
      return contributionReport(facts(), input.libraries, input.period, input.scope);
    case 'heatmap':
      return heatmapReport(facts(), input.period, input.scope);
    case 'wait':
      return waitReport(facts(), input.scope);
    case 'who-answered':
      return whoAnsweredReport(facts(), input.libraries, input.scope);
    case 'outcomes': {
      const today = localDate(input.now, input.period.timeZone);
      return outcomesReport(facts(), input.libraries, input.followUps, today, input.scope, (id) => {
        const dueAt = input.promiseDueAt?.(id);
        return dueAt !== undefined && dueAt <= input.now;
      });
    }
    case 'hours-staffed':
      return hoursStaffedReport(
        input.statusEvents,
        input.libraries,
        input.responders,
        input.period,
        input.now,
        input.scope,
        input.owed,
      );
    default:
      return assertNever(name);
  }
}
