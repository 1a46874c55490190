import type { ChatTally } from './chat-tallies.ts';
import type { ReportResult, ReportRow } from './report-result.ts';

/**
 * Chats requested by weekday (0 = Sunday) and hour in the period's time zone: 168 rows, with the
 * cooperative's count beside the scoped one.
 *
 * @example
 * heatmapReport(tallies('hours'), 'lib-springfield').rows[0]; // { weekday: 0, hour: 0, requested: 0, cooperative_requested: 2 }
 */
export function heatmapReport(hours: readonly ChatTally[], scope: string | null): ReportResult {
  const scoped = new Array<number>(168).fill(0);
  const all = new Array<number>(168).fill(0);
  for (const { libraryId, value: cell, count } of hours) {
    all[cell] = (all[cell] ?? 0) + count;
    if (scope === null || libraryId === scope) scoped[cell] = (scoped[cell] ?? 0) + count;
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

type Fate = 'answered' | 'abandoned' | 'missed';
const isFate = (key: string): key is Fate =>
  key === 'answered' || key === 'abandoned' || key === 'missed';

/** Nearest-rank percentile of waits given as (half seconds, count), sorted, in whole seconds. */
function percentileSeconds(sorted: readonly ChatTally[], total: number, p: number): number | null {
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const { value, count } of sorted) {
    seen += count;
    // A wait of [500h, 500h + 500) ms rounds to floor((h + 1) / 2) seconds.
    if (seen >= rank) return Math.floor((value + 1) / 2);
  }
  return null;
}

function waitFigures(waits: readonly ChatTally[]): { rows: ReportRow[]; summary: ReportRow } {
  const rows: ReportRow[] = WAIT_BUCKETS.map((bucket) => ({
    wait: bucket.label,
    answered: 0,
    abandoned: 0,
    missed: 0,
  }));
  const answeredWaits: ChatTally[] = [];
  const count = { answered: 0, abandoned: 0, missed: 0 };
  for (const tally of waits) {
    if (!isFate(tally.key)) continue;
    const fate = tally.key;
    // Bounds are whole seconds, so the half seconds tell the bucket exactly.
    const target = rows[bucketOf(Math.floor(tally.value / 2) * 1000)];
    if (target) target[fate] = Number(target[fate]) + tally.count;
    count[fate] += tally.count;
    if (fate === 'answered') answeredWaits.push(tally);
  }
  answeredWaits.sort((a, b) => a.value - b.value);
  return {
    rows,
    summary: {
      ...count,
      p50_seconds: percentileSeconds(answeredWaits, count.answered, 50),
      p90_seconds: percentileSeconds(answeredWaits, count.answered, 90),
    },
  };
}

/**
 * Wait-time distribution of the chats that finished waiting (answered, abandoned or missed) by
 * bucket, with p50 and p90 of the answered chats' waits, in seconds.
 *
 * @example
 * waitReport(tallies('waits'), null).summary; // { answered: 9, abandoned: 1, missed: 1, p50_seconds: 12, p90_seconds: 75 }
 */
export function waitReport(waits: readonly ChatTally[], scope: string | null): ReportResult {
  const scoped = waitFigures(
    scope === null ? waits : waits.filter((tally) => tally.libraryId === scope),
  );
  return {
    name: 'wait',
    columns: ['wait', 'answered', 'abandoned', 'missed'],
    rows: scoped.rows,
    cooperative: scope === null ? null : waitFigures(waits).summary,
    summary: scoped.summary,
  };
}
