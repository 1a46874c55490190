import type { LibraryId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createRoomHarness, SETTINGS } from '../../../test/support/room-harness.ts';
import type { CoverageWindow } from '../model.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// The harness starts on Monday 30 November 2026 at 15:00 UTC: 09:00 in Chicago.
const START = Date.UTC(2026, 10, 30, 15);
const monday = (from: number, to: number): CoverageWindow[] => [
  { day: 1, startMinute: from, endMinute: to },
];

/** Springfield, covered by the cooperative only in `coverage`; Olga of Ogdenville covers. */
function coveredSpringfield(coverage: CoverageWindow[]) {
  // Nobody sends heartbeats here: keep responders from going idle while hours pass.
  const h = createRoomHarness({ responderIdleMs: 30 * DAY });
  h.library('springfield', { settings: { coverage } });
  h.library('ogdenville');
  const olga = h.responder('olga', 'ogdenville');
  h.room.start();
  const olgaPeer = h.online(olga);
  return { h, olga, olgaPeer };
}

function editCoverage(h: ReturnType<typeof createRoomHarness>, coverage: CoverageWindow[]) {
  const library = h.stores.directory.library('springfield' as LibraryId);
  if (!library) throw new Error('no springfield');
  h.stores.directory.updateLibrary({ ...library, settings: { ...library.settings, coverage } });
  h.room.settingsChanged();
}

describe('coverage hours on the clock', () => {
  it('offers a chat waiting outside hours at the instant its library\u2019s window opens', () => {
    const { h, olgaPeer } = coveredSpringfield(monday(10 * 60, 12 * 60));
    const { peer, chatId } = h.patron('springfield');
    expect(peer.last('offline')).toEqual({ type: 'offline', reason: 'outside_hours' });
    h.clock.advance(HOUR - 1);
    expect(olgaPeer.of('offer')).toHaveLength(0);
    h.clock.advance(1);
    expect(h.clock.now()).toBe(START + HOUR);
    expect(olgaPeer.last('offer')?.offer).toMatchObject({ chatId, tier: 'cooperative' });
    expect(peer.last('queued')).toMatchObject({ chatId, position: 1, tier: 'cooperative' });
  });

  it('withdraws a cooperative offer at the instant the window closes', () => {
    const { h, olgaPeer } = coveredSpringfield(monday(9 * 60, 9 * 60 + 30));
    const { peer, chatId } = h.patron('springfield');
    expect(olgaPeer.last('offer')?.offer.chatId).toBe(chatId);
    h.clock.advance(30 * MINUTE - 1);
    expect(olgaPeer.of('offer_withdrawn')).toHaveLength(0);
    h.clock.advance(1);
    expect(olgaPeer.last('offer_withdrawn')).toEqual({
      type: 'offer_withdrawn',
      chatId,
      reason: 'moved',
    });
    expect(peer.last('offline')).toEqual({ type: 'offline', reason: 'outside_hours' });
  });

  it('keeps one timer for coverage while a chat waits, and none once nobody waits', () => {
    const { h, olga, olgaPeer } = coveredSpringfield(monday(10 * 60, 12 * 60));
    const idle = h.clock.pendingTimers();
    expect(h.room.context.scheduler.armedAt()).toBeUndefined();
    const { chatId } = h.patron('springfield');
    h.patron('springfield', 'And my fines?');
    expect(h.clock.pendingTimers()).toBe(idle + 1);
    expect(h.room.context.scheduler.armedAt()).toBe(START + HOUR);
    h.room.responderFrame(olgaPeer, olga, { type: 'set_status', status: 'local' });
    h.room.responderFrame(olgaPeer, olga, { type: 'set_status', status: 'cooperative' });
    expect(h.clock.pendingTimers()).toBe(idle + 1);
    h.clock.advance(HOUR);
    expect(h.room.context.scheduler.armedAt()).toBe(START + 3 * HOUR);
    h.room.responderFrame(olgaPeer, olga, { type: 'accept', chatId });
    const [other] = [...h.room.context.chats.values()].filter((c) => c.record.id !== chatId);
    if (!other) throw new Error('the second chat is gone');
    h.room.responderFrame(olgaPeer, olga, { type: 'accept', chatId: other.record.id });
    // Nobody waits: no coverage timer. What may stay armed is the quality sample's next draw, at
    // the start of next month (its chats are answered now), never a coverage boundary.
    const armed = h.room.context.scheduler.armedAt();
    expect(armed === undefined || new Date(armed).getUTCDate() === 1).toBe(true);
    expect(armed === undefined || armed > START + 3 * HOUR).toBe(true);
  });

  it('re-arms for new hours when the library\u2019s admin edits them, and offers at once when they open now', () => {
    const { h, olgaPeer } = coveredSpringfield(monday(10 * 60, 12 * 60));
    const { chatId } = h.patron('springfield');
    editCoverage(h, monday(9 * 60 + 10, 12 * 60));
    expect(h.room.context.scheduler.armedAt()).toBe(START + 10 * MINUTE);
    h.clock.advance(10 * MINUTE);
    expect(olgaPeer.last('offer')?.offer.chatId).toBe(chatId);
    editCoverage(h, monday(11 * 60, 12 * 60));
    expect(olgaPeer.last('offer_withdrawn')?.chatId).toBe(chatId);
    expect(h.room.context.scheduler.armedAt()).toBe(START + 2 * HOUR);
    editCoverage(h, SETTINGS.coverage);
    expect(olgaPeer.of('offer')).toHaveLength(2);
    expect(h.room.context.scheduler.armedAt()).toBeUndefined();
  });

  it('re-checks at least daily while the window is days away, and opens on the day', () => {
    // Saturday 5 December 2026 from 00:00 in Chicago: 06:00 UTC.
    const { h, olgaPeer } = coveredSpringfield([{ day: 6, startMinute: 0, endMinute: 60 }]);
    const { chatId } = h.patron('springfield');
    expect(h.room.context.scheduler.armedAt()).toBe(START + DAY);
    h.clock.advance(DAY);
    expect(h.room.context.scheduler.armedAt()).toBe(START + 2 * DAY);
    h.clock.advance(Date.UTC(2026, 11, 5, 6) - h.clock.now() - 1);
    expect(olgaPeer.of('offer')).toHaveLength(0);
    h.clock.advance(1);
    expect(olgaPeer.last('offer')?.offer.chatId).toBe(chatId);
  });

  it('still opens on time when another library\u2019s time zone cannot be read', () => {
    const { h, olgaPeer } = coveredSpringfield(monday(10 * 60, 12 * 60));
    h.library('nowhere', { timezone: 'Mars/Olympus_Mons', settings: { coverage: monday(0, 60) } });
    h.room.settingsChanged();
    const { chatId } = h.patron('springfield');
    h.clock.advance(HOUR);
    expect(olgaPeer.last('offer')?.offer.chatId).toBe(chatId);
  });

  it('arms again when a room is rebuilt after an eviction, and offers at the boundary', () => {
    const { h, olga, olgaPeer } = coveredSpringfield(monday(10 * 60, 12 * 60));
    const { peer, session, chatId } = h.patron('springfield');
    const before = h.clock.pendingTimers();
    h.replace().resume({
      responders: [{ peer: olgaPeer, responder: olga }],
      patrons: [{ ...session, peer }],
    });
    expect(h.clock.pendingTimers()).toBe(before);
    expect(h.room.context.scheduler.armedAt()).toBe(START + HOUR);
    h.clock.advance(HOUR);
    expect(olgaPeer.last('offer')?.offer.chatId).toBe(chatId);
    // Rebuilt from storage alone (its sockets closed): the window's close is armed next.
    h.restart();
    expect(h.room.context.scheduler.armedAt()).toBe(START + 3 * HOUR);
  });
});
