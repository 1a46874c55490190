import { assertNever } from '@refdesk/protocol';
import type { FollowUpRecord, Millis } from '../model.ts';
import { localDate } from '../schedules/zoned-time.ts';
import { outcomesReport, whoAnsweredReport } from './answer-reports.ts';
import type { ReportEvent, ReportLibrary } from './chat-facts.ts';
import type { ChatTally, TallyPart } from './chat-tallies.ts';
import { contributionReport } from './contribution-report.ts';
import {
  type HoursOwed,
  hoursStaffedReport,
  type MakeUpsOwed,
  type ReportResponder,
} from './hours-staffed-report.ts';
import type { ReportPeriod } from './report-period.ts';
import type { ReportName, ReportResult } from './report-result.ts';
import { heatmapReport, waitReport } from './traffic-reports.ts';

/** Everything a report is computed from; `scope` is the one library asked for, or null for all. */
export interface ReportInput {
  /** The period's chat counts of one kind (see chat-tallies.ts), read as a report needs them. */
  tallies: (part: TallyPart) => readonly ChatTally[];
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
  /** Make-ups owed for the hours-staffed report; none without it. */
  makeUps?: MakeUpsOwed;
}

/**
 * Computes one named report (definitions in docs/reports.md).
 *
 * @example
 * buildReport('contribution', input).rows;
 */
export function buildReport(name: ReportName, input: ReportInput): ReportResult {
  const { tallies, libraries, scope } = input;
  switch (name) {
    case 'contribution':
      return contributionReport(tallies('requested'), tallies('accepted'), libraries, scope);
    case 'heatmap':
      return heatmapReport(tallies('hours'), scope);
    case 'wait':
      return waitReport(tallies('waits'), scope);
    case 'who-answered':
      return whoAnsweredReport(tallies('answers'), libraries, scope);
    case 'outcomes': {
      const today = localDate(input.now, input.period.timeZone).date;
      return outcomesReport(tallies('ends'), libraries, input.followUps, today, scope, (id) => {
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
        input.makeUps,
      );
    default:
      return assertNever(name);
  }
}
