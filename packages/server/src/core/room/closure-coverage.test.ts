import type { CooperativeId, LibraryId, ResponderId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createRoomHarness } from '../../../test/support/room-harness.ts';
import { closureInterval } from '../schedules/closures.ts';

const HOUR = 3_600_000;
// The harness starts on Monday 30 November 2026 at 15:00 UTC: 09:00 in Chicago.
const START = Date.UTC(2026, 10, 30, 15);

/** Springfield (all hours, Chicago) with Olga of Ogdenville online to cover it. */
function coveredSpringfield() {
  const h = createRoomHarness({ responderIdleMs: 30 * 24 * HOUR });
  h.library('springfield');
  h.library('ogdenville');
  const olga = h.responder('olga', 'ogdenville');
  h.room.start();
  return { h, olgaPeer: h.online(olga) };
}

function close(
  h: ReturnType<typeof createRoomHarness>,
  libraryId: string | null,
  startDate: string,
  endDate: string,
) {
  const cooperativeId = h.room.context.cooperative.id as CooperativeId;
  h.stores.schedules.insertClosure({
    id: `closure_${startDate}`,
    cooperativeId,
    libraryId: libraryId as LibraryId | null,
    startDate,
    endDate,
    timeZone: 'America/Chicago',
    reason: 'Holiday',
    ...closureInterval(startDate, endDate, 'America/Chicago'),
    createdBy: 'r_olga' as ResponderId,
    createdAt: START,
  });
  h.room.settingsChanged();
}

describe('closures on the clock', () => {
  it('withdraws the cooperative offer at the instant a closure starts and offers again when it ends', () => {
    const { h, olgaPeer } = coveredSpringfield();
    close(h, 'springfield', '2026-12-01', '2026-12-01');
    const { peer, chatId } = h.patron('springfield');
    expect(olgaPeer.last('offer')?.offer.chatId).toBe(chatId);
    // Midnight of 1 December in Chicago is 06:00 UTC.
    const starts = Date.UTC(2026, 11, 1, 6);
    expect(h.room.context.scheduler.armedAt()).toBe(starts);
    h.clock.advance(starts - START - 1);
    expect(olgaPeer.of('offer_withdrawn')).toHaveLength(0);
    h.clock.advance(1);
    expect(olgaPeer.last('offer_withdrawn')).toMatchObject({ chatId });
    expect(peer.last('offline')).toEqual({ type: 'offline', reason: 'outside_hours' });
    const offers = olgaPeer.of('offer').length;
    h.clock.advance(24 * HOUR - 1);
    expect(olgaPeer.of('offer')).toHaveLength(offers);
    h.clock.advance(1);
    expect(olgaPeer.of('offer')).toHaveLength(offers + 1);
    expect(olgaPeer.last('offer')?.offer.chatId).toBe(chatId);
  });

  it('tells the widget nobody can answer while the whole cooperative is closed', () => {
    const { h } = coveredSpringfield();
    const springfield = h.stores.directory.library('springfield' as LibraryId);
    if (!springfield) throw new Error('no springfield');
    expect(h.room.widgetInfo(springfield).available).toBe(true);
    close(h, null, '2026-11-30', '2026-11-30');
    expect(h.room.widgetInfo(springfield).available).toBe(false);
  });
});
