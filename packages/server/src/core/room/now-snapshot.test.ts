import type { LibraryId, PatronServerFrame } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import {
  clientId,
  createRoomHarness,
  groupId,
  recordingPeer,
} from '../../../test/support/room-harness.ts';

function setup() {
  const h = createRoomHarness();
  h.library('springfield', { groupId: groupId('county') });
  h.library('shelbyville', { groupId: groupId('county') });
  const ana = h.responder('ana', 'springfield');
  const ben = h.responder('ben', 'shelbyville');
  h.room.start();
  return { h, ana, ben };
}

describe('the Now board snapshot', () => {
  it('shows who is online, who waits since when and at which tier, and who is being answered', () => {
    const { h, ana, ben } = setup();
    h.online(ana, 'local');
    const benPeer = h.online(ben, 'cooperative');
    const first = h.patron('shelbyville');
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId: first.chatId });
    h.clock.advance(1000);
    const waiting = h.patron('springfield');
    const board = h.room.nowSnapshot(null);
    expect(board.responders.map((r) => [r.displayName, r.status, r.chats])).toEqual([
      [ana.displayName, 'local', 0],
      [ben.displayName, 'cooperative', 1],
    ]);
    expect(board.waiting).toEqual([
      expect.objectContaining({
        chatId: waiting.chatId,
        tier: 'local',
        waitingSince: h.clock.now(),
        offers: 1,
      }),
    ]);
    expect(board.active).toEqual([
      expect.objectContaining({ chatId: first.chatId, responderName: ben.displayName }),
    ]);
    expect(board.active[0]?.library.id).toBe('shelbyville');
  });

  it('limits a library admin’s board to their library, and changes as the room does', () => {
    const { h, ana, ben } = setup();
    const anaPeer = h.online(ana, 'local');
    h.online(ben, 'local');
    const theirs = h.patron('shelbyville');
    const ours = h.patron('springfield');
    const scoped = h.room.nowSnapshot('springfield' as LibraryId);
    expect(scoped.responders.map((r) => r.id)).toEqual([ana.id]);
    expect(scoped.waiting.map((w) => w.chatId)).toEqual([ours.chatId]);
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId: ours.chatId });
    const after = h.room.nowSnapshot('springfield' as LibraryId);
    expect(after.waiting).toEqual([]);
    expect(after.active.map((a) => a.chatId)).toEqual([ours.chatId]);
    expect(h.room.nowSnapshot(null).waiting.map((w) => w.chatId)).toEqual([theirs.chatId]);
  });
});

describe('the disclosure', () => {
  it('reaches each patron in their widget’s language when another library answers', () => {
    const { h, ben } = setup();
    const cooperative = h.stores.directory.cooperative(h.room.context.cooperative.id);
    if (!cooperative) throw new Error('no cooperative');
    h.stores.directory.updateCooperative({
      ...cooperative,
      disclosures: { fr: 'Une bibliothécaire de {responderLibrary} pour {patronLibrary}.' },
    });
    const benPeer = h.online(ben, 'cooperative');
    const library = h.stores.directory.library('springfield' as LibraryId);
    if (!library) throw new Error('no library');
    const french = recordingPeer<PatronServerFrame>();
    const session = h.room.patronHello(
      french,
      { type: 'hello', protocolVersion: 1, libraryId: library.id, locale: 'fr-CA' },
      library,
    );
    h.room.patronFrame(session, { type: 'ask', clientMessageId: clientId(), question: 'Bonjour' });
    const english = h.patron('springfield');
    const chatId = session.chatId;
    if (!chatId) throw new Error('no chat');
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId });
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId: english.chatId });
    expect(french.last('assigned')?.disclosure).toBe(
      `Une bibliothécaire de ${h.stores.directory.library('shelbyville' as LibraryId)?.name} pour ${library.name}.`,
    );
    expect(english.peer.last('assigned')?.disclosure).toMatch(/^A librarian from /);
  });
});
