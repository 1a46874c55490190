import { describe, expect, it } from 'vitest';
import type { FollowUpRecord } from '../model.ts';
import { buildReport, type ReportInput } from './build-report.ts';
import { talliesFromEvents } from './chat-tallies.ts';
import { eventStream, LIBRARIES, RESPONDERS } from './report-events.testing.ts';
import { reportPeriod } from './report-period.ts';

function input(
  s: ReturnType<typeof eventStream>,
  from: string,
  to: string,
  tz: string,
  extra: Partial<ReportInput> = {},
): ReportInput {
  const result = reportPeriod(from, to, tz);
  if (!result.ok) throw new Error(result.message);
  return {
    tallies: talliesFromEvents(
      s.events.filter((event) => event.chatId !== null),
      result.period,
      (id) => RESPONDERS.get(id)?.libraryId ?? null,
    ),
    statusEvents: s.events.filter((event) => event.kind === 'status_changed'),
    libraries: LIBRARIES,
    responders: RESPONDERS,
    followUps: [],
    period: result.period,
    now: result.period.end,
    scope: null,
    owed: () => null,
    ...extra,
  };
}

const at = (month: number, day: number, hour: number, minute = 0) =>
  Date.UTC(2026, month - 1, day, hour, minute);

describe('the contribution report', () => {
  it('divides chats a library accepted by chats its own patrons requested, per library and month', () => {
    const s = eventStream();
    // Springfield's patrons: 4 chats, 3 answered by Shelbyville. Shelbyville's: 2, both by itself.
    for (const [i, responder, library] of [
      [1, 'milhouse', 'shb'],
      [2, 'milhouse', 'shb'],
      [3, 'milhouse', 'shb'],
    ] as const) {
      s.queued(`spr-${i}`, 'spr', at(3, i, 15));
      s.accepted(`spr-${i}`, responder, library, at(3, i, 15, 1));
    }
    s.queued('spr-4', 'spr', at(4, 2, 15));
    s.queued('shb-1', 'shb', at(4, 3, 15));
    s.accepted('shb-1', 'milhouse', 'shb', at(4, 3, 15, 1));
    s.queued('shb-2', 'shb', at(4, 4, 15));
    s.accepted('shb-2', 'lisa', 'spr', at(4, 4, 15, 1));
    s.queued('practice', 'spr', at(4, 4, 16), true);
    s.accepted('practice', 'lisa', 'spr', at(4, 4, 16, 1));
    const report = buildReport(
      'contribution',
      input(s, '2026-03-01', '2026-04-30', 'America/Chicago'),
    );
    const byName = Object.fromEntries(report.rows.map((row) => [row.library, row]));
    expect(byName.Springfield).toMatchObject({
      requested: 4,
      accepted: 1,
      contribution_percentage: 25,
    });
    expect(byName.Shelbyville).toMatchObject({
      requested: 2,
      accepted: 4,
      contribution_percentage: 200,
    });
    expect(byName.Ogdenville).toMatchObject({
      requested: 0,
      accepted: 0,
      contribution_percentage: null,
    });
    expect(report.cooperative).toMatchObject({ requested: 6, accepted: 5 });
    const april = report.months?.filter((row) => row.month === '2026-04') ?? [];
    expect(april.map((row) => [row.library, row.requested, row.accepted])).toEqual([
      ['Shelbyville', 2, 1],
      ['Springfield', 1, 1],
    ]);
  });

  it('puts a chat in the month of its time zone, not of UTC', () => {
    const s = eventStream();
    s.queued('new-year', 'spr', Date.UTC(2026, 0, 1, 3)); // 21:00 on 31 December in Chicago
    const chicago = buildReport(
      'contribution',
      input(s, '2025-12-01', '2026-01-31', 'America/Chicago'),
    );
    const utc = buildReport('contribution', input(s, '2025-12-01', '2026-01-31', 'UTC'));
    expect(chicago.months?.map((row) => row.month)).toEqual(['2025-12']);
    expect(utc.months?.map((row) => row.month)).toEqual(['2026-01']);
  });

  it('shows a library admin their library and the cooperative totals', () => {
    const s = eventStream();
    s.queued('a', 'spr', at(5, 1, 12));
    s.queued('b', 'shb', at(5, 1, 12));
    const report = buildReport(
      'contribution',
      input(s, '2026-05-01', '2026-05-31', 'UTC', { scope: 'shb' }),
    );
    expect(report.rows.map((row) => row.library)).toEqual(['Shelbyville']);
    expect(report.cooperative).toMatchObject({ requested: 2 });
  });
});

describe('the heatmap report', () => {
  it('buckets by local weekday and hour on both sides of a daylight saving change', () => {
    const s = eventStream();
    s.queued('before', 'spr', Date.UTC(2026, 2, 7, 15)); // Saturday 7 March, 09:00 CST
    s.queued('after', 'spr', Date.UTC(2026, 2, 9, 14)); // Monday 9 March, 09:00 CDT
    const report = buildReport('heatmap', input(s, '2026-03-01', '2026-03-31', 'America/Chicago'));
    const hot = report.rows.filter((row) => Number(row.requested) > 0);
    expect(hot.map((row) => [row.weekday, row.hour, row.requested])).toEqual([
      [1, 9, 1],
      [6, 9, 1],
    ]);
    expect(report.rows).toHaveLength(168);
  });
});

describe('the wait report', () => {
  it('buckets waits, takes p50 and p90 of answered chats, and counts abandonment by wait', () => {
    const s = eventStream();
    const waits = [10, 20, 40, 70, 90, 100, 200, 400, 700, 800];
    waits.forEach((seconds, i) => {
      s.queued(`c${i}`, 'spr', at(6, 1, 9));
      s.accepted(`c${i}`, 'lisa', 'spr', at(6, 1, 9) + seconds * 1000);
    });
    s.queued('gave-up', 'spr', at(6, 2, 9));
    s.ended('gave-up', at(6, 2, 9) + 45_000, 'patron_left');
    s.queued('missed', 'spr', at(6, 2, 10));
    s.offline('missed', at(6, 2, 10));
    s.ended('missed', at(6, 2, 10, 15), 'expired');
    const report = buildReport('wait', input(s, '2026-06-01', '2026-06-30', 'UTC'));
    expect(report.rows.map((row) => [row.wait, row.answered, row.abandoned, row.missed])).toEqual([
      ['under 30 s', 2, 0, 0],
      ['30-60 s', 1, 1, 0],
      ['1-2 min', 3, 0, 0],
      ['2-5 min', 1, 0, 0],
      ['5-10 min', 1, 0, 0],
      ['10 min or more', 2, 0, 1],
    ]);
    expect(report.summary).toMatchObject({
      p50_seconds: 90,
      p90_seconds: 700,
      abandoned: 1,
      missed: 1,
    });
  });
});

describe('the who-answered and outcomes reports', () => {
  it('shares answers between local, group and cooperative, and counts outcomes and follow-ups', () => {
    const s = eventStream();
    s.queued('a', 'spr', at(6, 1, 9));
    s.accepted('a', 'lisa', 'spr', at(6, 1, 9, 1));
    s.ended('a', at(6, 1, 9, 9), 'responder_ended', 'answered');
    s.queued('b', 'spr', at(6, 1, 10));
    s.accepted('b', 'milhouse', 'shb', at(6, 1, 10, 1));
    s.ended('b', at(6, 1, 10, 9), 'responder_ended', 'follow_up_by_home_library');
    s.queued('c', 'spr', at(6, 1, 11));
    s.accepted('c', 'otto', 'ogd', at(6, 1, 11, 1));
    s.queued('d', 'spr', at(6, 1, 12));
    s.accepted('d', 'otto', 'ogd', at(6, 1, 12, 1));
    s.ended('d', at(6, 1, 12, 2), 'patron_left');
    s.ended('d', at(6, 1, 12, 3), 'patron_left', 'lost');
    const who = buildReport('who-answered', input(s, '2026-06-01', '2026-06-30', 'UTC'));
    expect(who.rows[2]).toMatchObject({
      library: 'Springfield',
      local: 1,
      group: 1,
      cooperative: 2,
      local_share: 25,
      cooperative_share: 50,
    });
    const followUp = (deadline: string | null, status: FollowUpRecord['status']) =>
      ({ libraryId: 'spr', deadline, status }) as FollowUpRecord;
    const followUps = [
      followUp('2026-06-29', 'open'),
      followUp('2026-07-02', 'claimed'),
      followUp('2026-06-01', 'closed'),
      followUp(null, 'open'),
    ];
    const outcomes = buildReport(
      'outcomes',
      input(s, '2026-06-01', '2026-06-30', 'UTC', { followUps, now: at(6, 30, 12) }),
    );
    expect(outcomes.rows.find((row) => row.library === 'Springfield')).toMatchObject({
      answered: 1,
      follow_up_by_home_library: 1,
      lost: 1,
      none: 0,
      follow_ups_open: 3,
      follow_ups_overdue: 1,
    });
    // The follow-up without a date is past its library's promise: overdue too.
    const promised = buildReport(
      'outcomes',
      input(s, '2026-06-01', '2026-06-30', 'UTC', {
        followUps: followUps.map((f, i) => ({ ...f, id: `fu_${i}` }) as FollowUpRecord),
        now: at(6, 30, 12),
        promiseDueAt: (id) => (id === 'fu_3' ? at(6, 30, 11) : undefined),
      }),
    );
    expect(promised.rows.find((row) => row.library === 'Springfield')).toMatchObject({
      follow_ups_open: 3,
      follow_ups_overdue: 2,
    });
  });
});

describe('the hours-staffed report', () => {
  it('adds time in Local or Cooperative status, clipped to the period, with an empty owed column', () => {
    const s = eventStream();
    s.status('lisa', 'local', at(5, 31, 22)); // two hours before June
    s.status('lisa', 'away', at(6, 1, 1));
    s.status('lisa', 'cooperative', at(6, 1, 9));
    s.status('lisa', 'offline', at(6, 1, 11, 30));
    s.status('otto', 'cooperative', at(6, 30, 23)); // still on at the end of the period
    const report = buildReport('hours-staffed', input(s, '2026-06-01', '2026-06-30', 'UTC'));
    const hours = Object.fromEntries(
      report.rows.map((row) => [`${row.library}/${row.responder}`, row.hours_staffed]),
    );
    expect(hours).toMatchObject({
      'Springfield/Lisa': 3.5,
      'Springfield/(all)': 3.5,
      'Ogdenville/Otto': 1,
      'Shelbyville/(all)': 0,
    });
    expect(report.rows.every((row) => row.hours_owed === null)).toBe(true);
    expect(report.cooperative).toMatchObject({ hours_staffed: 4.5 });
  });
});
