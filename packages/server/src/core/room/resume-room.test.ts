import { describe, expect, it } from 'vitest';
import { clientId, createRoomHarness, groupId } from '../../../test/support/room-harness.ts';

function springfieldWithBen() {
  const h = createRoomHarness();
  h.library('springfield', { groupId: groupId('county') });
  h.library('shelbyville', { groupId: groupId('county') });
  const ben = h.responder('ben', 'shelbyville');
  h.room.start();
  const benPeer = h.online(ben);
  const patron = h.patron('springfield', 'Where are the 1920 census films?');
  return { h, ben, benPeer, patron };
}

/** Drops the room's memory and wakes a new room with the sockets that stayed open. */
function hibernate(
  h: ReturnType<typeof springfieldWithBen>['h'],
  responders: Parameters<ReturnType<typeof h.replace>['resume']>[0]['responders'],
  patron: ReturnType<typeof springfieldWithBen>['patron'],
) {
  const { session } = patron;
  const [resumed] = h.replace().resume({
    responders,
    patrons: [{ ...session, peer: patron.peer }],
  });
  if (!resumed) throw new Error('no session came back');
  return resumed;
}

const eventKinds = (h: ReturnType<typeof springfieldWithBen>['h']) =>
  h.stores.db.all<{ kind: string }>('SELECT kind FROM events ORDER BY id').map((row) => row.kind);

describe('resuming a room whose sockets outlived its memory', () => {
  it('re-attaches a waiting patron and the responder offered the chat without a new welcome, offer or queue position, and records no offline spell', () => {
    const { h, ben, benPeer, patron } = springfieldWithBen();
    expect(benPeer.of('offer')).toHaveLength(1);
    benPeer.clear();
    patron.peer.clear();
    const before = eventKinds(h).length;
    hibernate(h, [{ peer: benPeer, responder: ben }], patron);
    expect(benPeer.frames).toEqual([]);
    expect(patron.peer.frames).toEqual([]);
    // The offer is recomputed, so the audit log records it again; nothing else happened.
    expect(eventKinds(h).slice(before)).toEqual(['offered']);
  });

  it('lets the responder accept the offer they heard before, and the patron hears who joined', () => {
    const { h, ben, benPeer, patron } = springfieldWithBen();
    const session = hibernate(h, [{ peer: benPeer, responder: ben }], patron);
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId: patron.chatId });
    expect(benPeer.last('chat_assigned')?.chatId).toBe(patron.chatId);
    expect(patron.peer.last('assigned')?.responderName).toBe('Ben');
    h.room.patronFrame(session, { type: 'send', clientMessageId: clientId(), text: 'Thanks!' });
    expect(benPeer.last('message')?.message.text).toBe('Thanks!');
  });

  it('keeps an active chat going both ways, recording neither an offline spell nor a resume', () => {
    const { h, ben, benPeer, patron } = springfieldWithBen();
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId: patron.chatId });
    const before = eventKinds(h).length;
    const session = hibernate(h, [{ peer: benPeer, responder: ben }], patron);
    h.room.responderFrame(benPeer, ben, {
      type: 'send',
      chatId: patron.chatId,
      clientMessageId: clientId(),
      text: 'Microfilm room, second floor.',
    });
    expect(patron.peer.last('message')?.text).toBe('Microfilm room, second floor.');
    h.room.patronFrame(session, { type: 'send', clientMessageId: clientId(), text: 'On my way' });
    expect(benPeer.last('message')?.message.text).toBe('On my way');
    // Messages are stored in the messages table only: no event at all, offline, resume or other.
    expect(eventKinds(h).slice(before)).toEqual([]);
  });

  it('does not expire the chat of a patron who never left, however long the resume window passes', () => {
    const { h, ben, benPeer, patron } = springfieldWithBen();
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId: patron.chatId });
    hibernate(h, [{ peer: benPeer, responder: ben }], patron);
    h.clock.advance(11 * 60_000);
    expect(patron.peer.of('ended')).toEqual([]);
    expect(h.stores.room.chat(patron.chatId)?.state).toBe('active');
  });

  it('gives a chat back to the queue after the grace period when its responder’s socket did not survive', () => {
    const { h, ben, benPeer, patron } = springfieldWithBen();
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId: patron.chatId });
    hibernate(h, [], patron);
    h.clock.advance(60_000);
    expect(h.stores.room.chat(patron.chatId)?.state).toBe('queued');
  });
});
