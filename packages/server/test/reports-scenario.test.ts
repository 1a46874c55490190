import type { ChatId, CooperativeId, LibraryId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../src/core/reports/report-period.ts';
import type { ReportName, ReportRow } from '../src/core/reports/report-result.ts';
import { runReport } from '../src/core/reports/run-report.ts';
import {
  COOP,
  clientId,
  createRoomHarness,
  groupId,
  recordingPeer,
} from './support/room-harness.ts';

/**
 * Real chats through the room (fake clock), then every report read back from storage and checked
 * against counts the test keeps itself.
 */
function scenario() {
  // Nobody goes away for being idle: the test says when statuses change.
  const h = createRoomHarness({ responderIdleMs: 24 * 3_600_000 });
  h.library('springfield', { groupId: groupId('county'), name: 'Springfield' });
  h.library('shelbyville', { groupId: groupId('county'), name: 'Shelbyville' });
  h.library('ogdenville', { name: 'Ogdenville' });
  const ana = h.responder('ana', 'springfield', { maxChats: 10 });
  const ben = h.responder('ben', 'shelbyville', { maxChats: 10 });
  h.room.start();
  const benPeer = h.online(ben);
  const accept = (who: typeof ana, peer: typeof benPeer, chatId: ChatId) =>
    h.room.responderFrame(peer, who, { type: 'accept', chatId });
  const end = (
    who: typeof ana,
    peer: typeof benPeer,
    chatId: ChatId,
    outcome: 'answered' | 'lost',
  ) => h.room.responderFrame(peer, who, { type: 'end', chatId, outcome });

  // Springfield's patrons answered by Shelbyville (Ana is not on yet): 2 chats, after 20 s each.
  const s1 = h.patron('springfield').chatId;
  h.clock.advance(20_000);
  accept(ben, benPeer, s1);
  const s2 = h.patron('springfield').chatId;
  h.clock.advance(20_000);
  accept(ben, benPeer, s2);
  end(ben, benPeer, s1, 'answered');
  // Shelbyville's own patron, answered by Ben after 5 s.
  const b1 = h.patron('shelbyville').chatId;
  h.clock.advance(5_000);
  accept(ben, benPeer, b1);
  end(ben, benPeer, b1, 'lost');
  // Ana comes on; a Shelbyville patron answered by her (group) after 90 s.
  const anaPeer = h.online(ana);
  const b2 = h.patron('shelbyville').chatId;
  h.clock.advance(90_000);
  accept(ana, anaPeer, b2);
  end(ana, anaPeer, b2, 'answered');
  // A practice chat at Springfield, answered by Ana: left out of everything.
  const practicePeer = recordingPeer();
  const library = h.stores.directory.library('springfield' as LibraryId);
  if (!library) throw new Error('no library');
  const practice = h.room.patronHello(
    practicePeer as never,
    { type: 'hello', protocolVersion: 1, libraryId: library.id, practice: true },
    library,
  );
  h.room.patronFrame(practice, { type: 'ask', clientMessageId: clientId(), question: 'Test?' });
  accept(ana, anaPeer, practice.chatId as ChatId);
  // Abandoned: a Springfield patron leaves after 10 s while the local tier is offered.
  const abandoned = h.patron('springfield');
  h.clock.advance(10_000);
  h.room.patronFrame(abandoned.session, { type: 'leave' });
  // Missed: an Ogdenville patron (no one of its own or its group) goes straight to the
  // cooperative, where no one accepts; the patron leaves after 3 minutes.
  const missed = h.patron('ogdenville');
  h.clock.advance(180_000);
  h.room.patronFrame(missed.session, { type: 'leave' });
  h.clock.advance(30 * 60_000);
  h.room.responderFrame(benPeer, ben, { type: 'set_status', status: 'away' });
  return { h, ana, ben };
}

function report(
  h: ReturnType<typeof scenario>['h'],
  name: ReportName,
  scope: string | null = null,
) {
  const period = reportPeriod('2026-11-01', '2026-11-30', 'America/Chicago');
  if (!period.ok) throw new Error(period.message);
  return runReport(h.stores, COOP as CooperativeId, name, period.period, scope, h.clock.now());
}

const byLibrary = (rows: ReportRow[]) => Object.fromEntries(rows.map((row) => [row.library, row]));

describe('reports over chats that ran through the room', () => {
  it('computes every Contribution Percentage from what happened', () => {
    const { h } = scenario();
    const rows = byLibrary(report(h, 'contribution').rows);
    // Springfield: 3 requested (2 answered by Ben, 1 abandoned), accepted 1 (b2). Shelbyville:
    // 2 requested, accepted 3 (s1, s2, b1). Ogdenville: 1 requested (missed), accepted 0.
    expect(rows.Springfield).toMatchObject({
      requested: 3,
      accepted: 1,
      contribution_percentage: 33.3,
    });
    expect(rows.Shelbyville).toMatchObject({
      requested: 2,
      accepted: 3,
      contribution_percentage: 150,
    });
    expect(rows.Ogdenville).toMatchObject({
      requested: 1,
      accepted: 0,
      contribution_percentage: 0,
    });
    const scoped = report(h, 'contribution', 'springfield');
    expect(scoped.rows.map((row) => row.library)).toEqual(['Springfield']);
    expect(scoped.cooperative).toMatchObject({ requested: 6, accepted: 4 });
  });

  it('tells who answered, how long patrons waited, and how chats ended', () => {
    const { h } = scenario();
    const who = byLibrary(report(h, 'who-answered').rows);
    expect(who.Springfield).toMatchObject({ local: 0, group: 2, cooperative: 0 });
    expect(who.Shelbyville).toMatchObject({ local: 1, group: 1, cooperative: 0 });
    const wait = report(h, 'wait');
    expect(wait.summary).toMatchObject({
      answered: 4,
      abandoned: 1,
      missed: 1,
      p50_seconds: 20,
      p90_seconds: 90,
    });
    expect(wait.rows.map((row) => [row.wait, row.answered, row.abandoned, row.missed])).toEqual([
      ['under 30 s', 3, 1, 0],
      ['30-60 s', 0, 0, 0],
      ['1-2 min', 1, 0, 0],
      ['2-5 min', 0, 0, 1],
      ['5-10 min', 0, 0, 0],
      ['10 min or more', 0, 0, 0],
    ]);
    const outcomes = byLibrary(report(h, 'outcomes').rows);
    expect(outcomes.Springfield).toMatchObject({ answered: 1, abandoned: 1 });
    expect(outcomes.Shelbyville).toMatchObject({ answered: 1, lost: 1 });
    expect(outcomes.Ogdenville).toMatchObject({ missed: 1 });
    const heatmap = report(h, 'heatmap');
    // The harness clock starts at 15:00 UTC on Monday 30 November: 09:00 in Chicago (CST).
    const busy = heatmap.rows.filter((row) => Number(row.requested) > 0);
    expect(busy.map((row) => [row.weekday, row.hour, row.requested])).toEqual([[1, 9, 6]]);
  });

  it('adds the hours each responder spent in Local or Cooperative status', () => {
    const { h } = scenario();
    const rows = report(h, 'hours-staffed').rows;
    const hours = Object.fromEntries(
      rows.map((row) => [`${row.library}/${row.responder}`, row.hours_staffed]),
    );
    // Ben: from the start to 'away' (20+20+5+90+10+180 s + 30 min). Ana: from her start, still on.
    const benMs = (20 + 20 + 5 + 90 + 10 + 180) * 1000 + 30 * 60_000;
    const anaMs = (90 + 10 + 180) * 1000 + 30 * 60_000;
    const round = (ms: number) => Math.round((ms / 3_600_000) * 100) / 100;
    expect(hours['Shelbyville/Ben']).toBe(round(benMs));
    expect(hours['Springfield/Ana']).toBe(round(anaMs));
    // No library has hours owed set: nothing to compare.
    expect(rows.every((row) => row.hours_owed === null)).toBe(true);
  });

  it('sets the hours a library owes over the period beside the hours it staffed', () => {
    const { h } = scenario();
    h.stores.schedules.saveLibraryHours({
      libraryId: 'springfield' as LibraryId,
      hoursOwed: 7,
      size: null,
    });
    const rows = report(h, 'hours-staffed').rows;
    const owed = (library: string, responder: string) =>
      rows.find((row) => row.library === library && row.responder === responder)?.hours_owed;
    // November 2026 in Chicago: 30 days and the hour clocks fall back on the 1st; 7 h a week.
    expect(owed('Springfield', '(all)')).toBe(Math.round(((7 * (30 * 24 + 1)) / 168) * 100) / 100);
    expect(owed('Springfield', 'Ana')).toBeNull();
    expect(owed('Shelbyville', '(all)')).toBeNull();
  });
});
