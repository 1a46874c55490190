import { describe, expect, it } from 'vitest';
import { createRoomHarness, recordingPeer } from '../../../test/support/room-harness.ts';

function setup(config: { patronLeftGraceMs?: number } = {}) {
  const h = createRoomHarness(config);
  h.library('springfield');
  const ana = h.responder('ana', 'springfield', { maxChats: 1 });
  h.room.start();
  const anaPeer = h.online(ana);
  return { h, ana, anaPeer };
}

/** A patron's page going away for good: the `departing` frame, then its socket closing. */
function leavePage(
  h: ReturnType<typeof setup>['h'],
  session: ReturnType<typeof h.patron>['session'],
) {
  h.room.patronFrame(session, { type: 'departing' });
  h.room.patronClosed(session);
}

describe('a patron who leaves the page on purpose', () => {
  it('shows in the offer since when the patron left, and leaves the queue after the 60 s grace', () => {
    const { h, anaPeer } = setup();
    const { session, chatId } = h.patron('springfield');
    h.clock.advance(5_000);
    const leftAt = h.clock.now();
    leavePage(h, session);
    expect(anaPeer.last('offer')?.offer).toMatchObject({ chatId, patronLeftAt: leftAt });
    expect(h.stores.room.chat(chatId)?.patronLeftAt).toBe(leftAt);
    h.clock.advance(60_000 - 1);
    expect(anaPeer.of('offer_withdrawn')).toHaveLength(0);
    h.clock.advance(1);
    expect(anaPeer.last('offer_withdrawn')).toEqual({
      type: 'offer_withdrawn',
      chatId,
      reason: 'patron_left',
    });
    expect(h.stores.room.chat(chatId)).toMatchObject({ state: 'ended', endReason: 'patron_left' });
  });

  it('keeps the grace configurable', () => {
    const { h, anaPeer } = setup({ patronLeftGraceMs: 10_000 });
    const { session, chatId } = h.patron('springfield');
    leavePage(h, session);
    h.clock.advance(10_000);
    expect(anaPeer.last('offer_withdrawn')).toMatchObject({ chatId, reason: 'patron_left' });
  });

  it('stays in the queue, live again, when the patron comes back within the grace', () => {
    const { h, anaPeer } = setup();
    const { session, chatId } = h.patron('springfield');
    leavePage(h, session);
    h.clock.advance(30_000);
    const again = recordingPeer<never>();
    const library = h.stores.directory.library(session.libraryId);
    if (!library) throw new Error('library');
    h.room.patronHello(
      again,
      {
        type: 'hello',
        protocolVersion: 1,
        libraryId: library.id,
        resumeToken: session.resumeToken,
      },
      library,
    );
    const offer = anaPeer.last('offer')?.offer;
    expect(offer?.chatId).toBe(chatId);
    expect(offer).not.toHaveProperty('patronLeftAt');
    h.clock.advance(60_000);
    const reasons = anaPeer.of('offer_withdrawn').map((frame) => frame.reason);
    expect(reasons).not.toContain('patron_left');
    expect(h.stores.room.chat(chatId)?.state).toBe('queued');
    expect(h.stores.room.chat(chatId)?.patronLeftAt).toBeUndefined();
  });

  it('is not marked as left while another tab of the same chat is still open', () => {
    const { h, anaPeer } = setup();
    const { session, chatId } = h.patron('springfield');
    const library = h.stores.directory.library(session.libraryId);
    if (!library) throw new Error('library');
    const secondTab = recordingPeer<never>();
    h.room.patronHello(
      secondTab,
      {
        type: 'hello',
        protocolVersion: 1,
        libraryId: library.id,
        resumeToken: session.resumeToken,
      },
      library,
    );
    leavePage(h, session);
    expect(anaPeer.last('offer')?.offer).not.toHaveProperty('patronLeftAt');
    h.clock.advance(120_000);
    expect(h.stores.room.chat(chatId)?.state).toBe('queued');
  });

  it('is not counted in the places in line and wait estimates of the patrons behind', () => {
    const { h, ana, anaPeer } = setup();
    const first = h.patron('springfield', 'First question');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId: first.chatId });
    const ghost = h.patron('springfield', 'Second question');
    const waiting = h.patron('springfield', 'Third question');
    expect(waiting.peer.last('queued')).toMatchObject({ position: 2 });
    const twoAhead = waiting.peer.last('queued')?.estimatedWaitSeconds ?? 0;
    leavePage(h, ghost.session);
    expect(waiting.peer.last('queued')).toMatchObject({ position: 1 });
    expect(waiting.peer.last('queued')?.estimatedWaitSeconds).toBe(twoAhead / 2);
  });

  it('leaves an active chat with its librarian (the grace applies to the queue only)', () => {
    const { h, ana, anaPeer } = setup();
    const { session, chatId } = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
    leavePage(h, session);
    h.clock.advance(60_000);
    expect(h.stores.room.chat(chatId)?.state).toBe('active');
  });

  it('still leaves the queue after the grace when the room restarted meanwhile', () => {
    const { h } = setup();
    const { session, chatId } = h.patron('springfield');
    leavePage(h, session);
    h.clock.advance(20_000);
    h.restart();
    h.clock.advance(40_000);
    expect(h.stores.room.chat(chatId)).toMatchObject({ state: 'ended', endReason: 'patron_left' });
  });
});
