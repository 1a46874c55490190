import type { ChatFact } from './chat-facts.ts';
import { localTime, type ReportPeriod } from './report-period.ts';
import { percentile, type ReportResult, type ReportRow } from './report-result.ts';

/**
 * Chats requested by weekday (0 = Sunday) and hour in the period's time zone: 168 rows, with the
 * cooperative's count beside the scoped one.
 *
 * @example
 * heatmapReport(facts, period, 'lib-springfield').rows[0]; // { weekday: 0, hour: 0, requested: 0, cooperative_requested: 2 }
 */
export function heatmapReport(
  facts: readonly ChatFact[],
  period: ReportPeriod,
  scope: string | null,
): ReportResult {
  const scoped = new Array<number>(168).fill(0);
  const all = new Array<number>(168).fill(0);
  for (const fact of facts) {
    const t = localTime(fact.requestedAt, period.timeZone);
    const cell = t.weekday * 24 + t.hour;
    all[cell] = (all[cell] ?? 0) + 1;
    if (scope === null || fact.libraryId === scope) scoped[cell] = (scoped[cell] ?? 0) + 1;
  }
  const rows: ReportRow[] = scoped.map((requested, cell) => ({
    weekday: Math.floor(cell / 24),
    hour: cell % 24,
    requested,
    cooperative_requested: all[cell] ?? 0,
  }));
  const busiest = rows.reduce<ReportRow | null>(
    (best, item) => (best && Number(best.requested) >= Number(item.requested) ? best : item),
    null,
  );
  return {
    name: 'heatmap',
    columns: ['weekday', 'hour', 'requested', 'cooperative_requested'],
    rows,
    cooperative: null,
    summary: {
      requested: scoped.reduce((sum, n) => sum + n, 0),
      busiest_weekday: busiest && Number(busiest.requested) > 0 ? (busiest.weekday ?? null) : null,
      busiest_hour: busiest && Number(busiest.requested) > 0 ? (busiest.hour ?? null) : null,
    },
  };
}

/** Wait buckets: label and upper bound in seconds (exclusive). */
export const WAIT_BUCKETS: readonly { label: string; below: number }[] = [
  { label: 'under 30 s', below: 30 },
  { label: '30-60 s', below: 60 },
  { label: '1-2 min', below: 120 },
  { label: '2-5 min', below: 300 },
  { label: '5-10 min', below: 600 },
  { label: '10 min or more', below: Number.POSITIVE_INFINITY },
];

function bucketOf(waitMs: number): number {
  const index = WAIT_BUCKETS.findIndex((bucket) => waitMs / 1000 < bucket.below);
  return index === -1 ? WAIT_BUCKETS.length - 1 : index;
}

function waitFigures(facts: readonly ChatFact[]): { rows: ReportRow[]; summary: ReportRow } {
  const rows: ReportRow[] = WAIT_BUCKETS.map((bucket) => ({
    wait: bucket.label,
    answered: 0,
    abandoned: 0,
    missed: 0,
  }));
  const answeredWaits: number[] = [];
  const count = { answered: 0, abandoned: 0, missed: 0 };
  for (const fact of facts) {
    if (fact.waitMs === null || fact.fate === 'waiting') continue;
    const target = rows[bucketOf(fact.waitMs)];
    if (target) target[fact.fate] = Number(target[fact.fate]) + 1;
    count[fact.fate] += 1;
    if (fact.fate === 'answered') answeredWaits.push(fact.waitMs);
  }
  answeredWaits.sort((a, b) => a - b);
  const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));
  return {
    rows,
    summary: {
      ...count,
      p50_seconds: seconds(percentile(answeredWaits, 50)),
      p90_seconds: seconds(percentile(answeredWaits, 90)),
    },
  };
}

/**
 * Wait-time distribution of the chats that finished waiting (answered, abandoned or missed) by
 * bucket, with p50 and p90 of the answered chats' waits, in seconds.
 *
 * @example
 * waitReport(facts, null).summary; // { answered: 9, abandoned: 1, missed: 1, p50_seconds: 12, p90_seconds: 75 }
 */
export function waitReport(facts: readonly ChatFact[], scope: string | null): ReportResult {
  const scoped = waitFigures(
    scope === null ? facts : facts.filter((fact) => fact.libraryId === scope),
  );
  return {
    name: 'wait',
    columns: ['wait', 'answered', 'abandoned', 'missed'],
    rows: scoped.rows,
    cooperative: scope === null ? null : waitFigures(facts).summary,
    summary: scoped.summary,
  };
}
