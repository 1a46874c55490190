import { describe, expect, it } from 'vitest';
import { createRoomHarness, groupId } from '../../../test/support/room-harness.ts';

function coopWithTwoLibraries(options: { grouped?: boolean } = {}) {
  const h = createRoomHarness();
  const group = options.grouped === false ? null : groupId('county');
  h.library('springfield', { groupId: group });
  h.library('shelbyville', { groupId: group });
  h.library('ogdenville', { groupId: null });
  const ana = h.responder('ana', 'springfield');
  const ben = h.responder('ben', 'shelbyville');
  const olga = h.responder('olga', 'ogdenville');
  h.room.start();
  return { h, ana, ben, olga };
}

describe('the routing cascade', () => {
  it("offers a Springfield patron's question to Springfield's own librarian first", () => {
    const { h, ana, ben } = coopWithTwoLibraries();
    const anaPeer = h.online(ana);
    const benPeer = h.online(ben);
    const { peer, chatId } = h.patron('springfield');
    expect(anaPeer.last('offer')?.offer).toMatchObject({ chatId, tier: 'local' });
    expect(benPeer.of('offer')).toHaveLength(0);
    expect(peer.last('queued')).toMatchObject({ chatId, position: 1, tier: 'local' });
  });

  it('rolls the chat up to the group when no local librarian accepts within the library timer', () => {
    const { h, ana, ben, olga } = coopWithTwoLibraries();
    const anaPeer = h.online(ana);
    const benPeer = h.online(ben);
    const olgaPeer = h.online(olga);
    const { peer, chatId } = h.patron('springfield');
    h.clock.advance(29_999);
    expect(benPeer.of('offer')).toHaveLength(0);
    h.clock.advance(1);
    expect(benPeer.last('offer')?.offer).toMatchObject({ chatId, tier: 'group' });
    expect(anaPeer.of('offer_withdrawn')).toHaveLength(0);
    expect(olgaPeer.of('offer')).toHaveLength(0);
    expect(peer.last('queued')?.tier).toBe('group');
    h.clock.advance(30_000);
    expect(olgaPeer.last('offer')?.offer).toMatchObject({ chatId, tier: 'cooperative' });
  });

  it('skips an empty tier at once: with no Springfield librarian online, Ben is offered the chat immediately', () => {
    const { h, ben } = coopWithTwoLibraries();
    const benPeer = h.online(ben);
    const { chatId } = h.patron('springfield');
    expect(benPeer.last('offer')?.offer).toMatchObject({ chatId, tier: 'group' });
  });

  it('skips the group tier when the library has no group', () => {
    const { h, ben } = coopWithTwoLibraries({ grouped: false });
    const benPeer = h.online(ben);
    const { chatId } = h.patron('springfield');
    expect(benPeer.last('offer')?.offer).toMatchObject({ chatId, tier: 'cooperative' });
  });

  it('keeps a librarian in Local status away from other libraries\u2019 patrons', () => {
    const { h, ben } = coopWithTwoLibraries();
    const benPeer = h.online(ben, 'local');
    const { peer } = h.patron('springfield');
    expect(benPeer.of('offer')).toHaveLength(0);
    expect(peer.last('offline')).toEqual({ type: 'offline', reason: 'no_responders' });
  });

  it('does not offer the chat to the cooperative outside the home library\u2019s coverage hours', () => {
    const h = createRoomHarness();
    // 15:00 UTC on a Monday is 09:00 in Chicago: cover only Tuesdays.
    h.library('springfield', {
      settings: { coverage: [{ day: 2, startMinute: 0, endMinute: 1440 }] },
    });
    h.library('ogdenville');
    const olga = h.responder('olga', 'ogdenville');
    h.room.start();
    const olgaPeer = h.online(olga);
    const { peer } = h.patron('springfield');
    expect(olgaPeer.of('offer')).toHaveLength(0);
    expect(peer.last('offline')).toEqual({ type: 'offline', reason: 'outside_hours' });
  });

  it('tells the patron nobody is available and turns a left question into a follow-up for the home library', () => {
    const { h } = coopWithTwoLibraries();
    const { peer, session, chatId } = h.patron('springfield');
    expect(peer.last('offline')?.reason).toBe('no_responders');
    h.room.patronFrame(session, {
      type: 'offline_question',
      question: 'Do you have the 1990 census microfilm?',
      email: 'pat@example.org',
      deadline: '2026-12-10',
    });
    const received = peer.last('received');
    expect(received?.what).toBe('offline_question');
    const followUps = h.stores.followUps.followUpsOf(session.libraryId);
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({
      id: received?.followUpId,
      source: 'offline_question',
      contactEmail: 'pat@example.org',
      deadline: '2026-12-10',
      status: 'open',
    });
    expect(h.stores.room.chat(chatId)?.state).toBe('ended');
  });

  it('offers a waiting chat as soon as a librarian comes online after the patron was told nobody was there', () => {
    const { h, ana } = coopWithTwoLibraries();
    const { peer, chatId } = h.patron('springfield');
    expect(peer.last('offline')).toBeDefined();
    const anaPeer = h.online(ana);
    expect(anaPeer.last('offer')?.offer.chatId).toBe(chatId);
    expect(peer.frames.at(-1)).toMatchObject({ type: 'queued', position: 1 });
  });

  it('rolls up at once when every librarian offered at a tier declines', () => {
    const { h, ana, ben } = coopWithTwoLibraries();
    const anaPeer = h.online(ana);
    const benPeer = h.online(ben);
    const { chatId } = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'decline', chatId });
    expect(benPeer.last('offer')?.offer).toMatchObject({ chatId, tier: 'group' });
    expect(anaPeer.last('offer_withdrawn')?.chatId).toBe(chatId);
  });

  it('gives no offers to a librarian at their maximum of open chats', () => {
    const { h, ana } = coopWithTwoLibraries();
    h.stores.accounts.insertAccount({
      responder: { ...ana, id: 'amy' as never, email: 'amy@example.org', maxChats: 1 },
      passwordHash: 'x',
    });
    const amy = { ...ana, id: 'amy' as never, email: 'amy@example.org', maxChats: 1 };
    const amyPeer = h.online(amy);
    const first = h.patron('springfield');
    h.room.responderFrame(amyPeer, amy, { type: 'accept', chatId: first.chatId });
    const second = h.patron('springfield', 'And another question');
    expect(amyPeer.of('offer').map((frame) => frame.offer.chatId)).not.toContain(second.chatId);
  });

  it('offers the longest-waiting chat first in the queue snapshot and tells patrons their place in line', () => {
    const { h, ana } = coopWithTwoLibraries();
    const anaPeer = h.online(ana);
    const first = h.patron('springfield', 'first');
    h.clock.advance(1_000);
    const second = h.patron('springfield', 'second');
    expect(second.peer.last('queued')?.position).toBe(2);
    const console2 = h.online(ana);
    const snapshot = console2.last('queue')?.offers.map((offer) => offer.chatId);
    expect(snapshot).toEqual([first.chatId, second.chatId]);
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId: first.chatId });
    expect(second.peer.last('queued')?.position).toBe(1);
  });
});
