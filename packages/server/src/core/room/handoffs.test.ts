import { describe, expect, it } from 'vitest';
import { createRoomHarness, groupId, recordingPeer } from '../../../test/support/room-harness.ts';

function setup() {
  const h = createRoomHarness();
  h.library('springfield', { groupId: groupId('county') });
  h.library('shelbyville', { groupId: groupId('county') });
  const ana = h.responder('ana', 'springfield');
  const ben = h.responder('ben', 'shelbyville');
  const cora = h.responder('cora', 'springfield');
  h.room.start();
  return { h, ana, ben, cora };
}

describe('a responder who disconnects', () => {
  it('keeps the chat through the grace period, then it returns to the front of the queue', () => {
    const { h, ana, ben } = setup();
    const benPeer = h.online(ben);
    const older = h.patron('springfield', 'older question');
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId: older.chatId });
    h.clock.advance(5_000);
    const anaPeer = h.online(ana);
    const newer = h.patron('springfield', 'newer question');
    h.room.responderClosed(benPeer, ben);
    h.clock.advance(59_999);
    expect(anaPeer.of('offer').map((o) => o.offer.chatId)).not.toContain(older.chatId);
    h.clock.advance(1);
    expect(anaPeer.last('offer')?.offer.chatId).toBe(older.chatId);
    const released = h.stores.db.all("SELECT chat_id FROM events WHERE kind = 'returned_to_queue'");
    expect(released).toEqual([{ chat_id: older.chatId }]);
    const fresh = h.online(ana);
    expect(fresh.last('queue')?.offers.map((o) => o.chatId)).toEqual([older.chatId, newer.chatId]);
  });

  it('gets the chat back when reconnecting within the grace period', () => {
    const { h, ben } = setup();
    const benPeer = h.online(ben);
    const { chatId } = h.patron('springfield');
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId });
    h.room.responderClosed(benPeer, ben);
    h.clock.advance(30_000);
    const back = recordingPeer<never>() as unknown as typeof benPeer;
    h.room.responderOpened(back, ben);
    expect(back.last('chat_assigned')?.chatId).toBe(chatId);
    h.clock.advance(60_000);
    expect(back.of('chat_released')).toHaveLength(0);
  });

  it('goes away by themselves after sending nothing for the idle limit', () => {
    const { h, ana } = setup();
    const anaPeer = h.online(ana);
    h.clock.advance(90_000);
    expect(anaPeer.last('status')).toEqual({ type: 'status', status: 'away', reason: 'inactive' });
    const { peer } = h.patron('springfield');
    expect(peer.last('offline')).toBeDefined();
  });
});

describe('transfers and taking back', () => {
  it('transfers a chat to another library, whose librarians are offered it', () => {
    const { h, ana, ben } = setup();
    const anaPeer = h.online(ana);
    const benPeer = h.online(ben, 'local');
    const { peer, chatId } = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
    h.room.responderFrame(anaPeer, ana, {
      type: 'transfer',
      chatId,
      to: { kind: 'library', libraryId: 'shelbyville' as never },
    });
    expect(anaPeer.last('chat_released')).toMatchObject({ chatId, reason: 'transferred' });
    expect(benPeer.last('offer')?.offer.chatId).toBe(chatId);
    expect(peer.of('message').at(-1)?.text).toContain('transferring you to Shelbyville Library');
  });

  it('lets the home library take back a chat another library is answering', () => {
    const { h, ben, cora } = setup();
    const benPeer = h.online(ben);
    const { peer, chatId } = h.patron('springfield');
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId });
    const coraPeer = h.online(cora);
    expect(coraPeer.last('covered_chats')?.chats.map((c) => c.chatId)).toEqual([chatId]);
    h.room.responderFrame(coraPeer, cora, { type: 'take_back', chatId });
    expect(benPeer.last('chat_released')).toMatchObject({ chatId, reason: 'taken_back' });
    expect(coraPeer.last('chat_assigned')?.chatId).toBe(chatId);
    expect(peer.last('assigned')).toMatchObject({
      responderName: 'Cora',
      isHomeLibrary: true,
      disclosure: null,
    });
    expect(coraPeer.last('covered_chats')?.chats).toEqual([]);
  });

  it('refuses a take-back from a librarian of another library', () => {
    const { h, ana, ben } = setup();
    const anaPeer = h.online(ana);
    const benPeer = h.online(ben);
    const { chatId } = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
    h.room.responderFrame(benPeer, ben, { type: 'take_back', chatId });
    expect(benPeer.last('error')).toMatchObject({ code: 'forbidden' });
  });
});

describe('ending a chat', () => {
  it('hands a follow-up to the home library when the outcome says so', () => {
    const { h, ben } = setup();
    const benPeer = h.online(ben);
    const { peer, chatId, session } = h.patron('springfield');
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId });
    h.room.responderFrame(benPeer, ben, {
      type: 'end',
      chatId,
      outcome: 'follow_up_by_home_library',
      followUp: { contactEmail: 'pat@example.org', deadline: '2026-12-05' },
    });
    expect(peer.last('ended')).toEqual({ type: 'ended', chatId, reason: 'responder_ended' });
    expect(benPeer.last('chat_ended')).toMatchObject({
      chatId,
      outcome: 'follow_up_by_home_library',
    });
    const [followUp] = h.stores.followUps.followUpsOf(session.libraryId);
    expect(followUp).toMatchObject({ chatId, source: 'chat', status: 'open', createdBy: 'ben' });
    expect(h.stores.room.chat(chatId)).toMatchObject({
      state: 'ended',
      outcome: 'follow_up_by_home_library',
    });
  });

  it('lets the librarian record an outcome after the patron left', () => {
    const { h, ana } = setup();
    const anaPeer = h.online(ana);
    const { session, chatId } = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
    h.room.patronFrame(session, { type: 'leave' });
    expect(anaPeer.last('patron_left')?.chatId).toBe(chatId);
    h.room.responderFrame(anaPeer, ana, { type: 'end', chatId, outcome: 'answered' });
    expect(h.stores.room.chat(chatId)).toMatchObject({
      endReason: 'patron_left',
      outcome: 'answered',
    });
  });
});

describe('a restart', () => {
  it('rebuilds queued and active chats from storage and resumes both sides', () => {
    const { h, ana, ben } = setup();
    const benPeer = h.online(ben);
    const active = h.patron('springfield', 'active one');
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId: active.chatId });
    const queued = h.patron('springfield', 'queued one');
    const room = h.restart();
    expect(room.context.chats.size).toBe(2);
    const anaPeer = h.online(ana);
    expect(anaPeer.of('offer').map((o) => o.offer.chatId)).toEqual([queued.chatId]);
    const benBack = recordingPeer<never>() as unknown as typeof benPeer;
    room.responderOpened(benBack, ben);
    expect(benBack.last('chat_assigned')?.chatId).toBe(active.chatId);
    const library = h.stores.directory.library('springfield' as never);
    if (!library) throw new Error('library');
    const patron = recordingPeer<never>() as unknown as typeof active.peer;
    room.patronHello(
      patron,
      {
        type: 'hello',
        protocolVersion: 1,
        libraryId: library.id,
        resumeToken: active.session.resumeToken,
        lastSeq: 0,
      },
      library,
    );
    expect(patron.frames[0]).toMatchObject({
      type: 'welcome',
      chatId: active.chatId,
      state: 'active',
    });
    expect(patron.of('message').map((m) => m.text)).toContain('active one');
  });
});
