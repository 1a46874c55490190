import type { ResumeToken } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import {
  clientId,
  createRoomHarness,
  groupId,
  recordingPeer,
} from '../../../test/support/room-harness.ts';

function setup() {
  const h = createRoomHarness();
  h.library('springfield', { groupId: groupId('county'), name: 'Springfield Public Library' });
  h.library('shelbyville', { groupId: groupId('county'), name: 'Shelbyville Public Library' });
  const ana = h.responder('ana', 'springfield');
  const ben = h.responder('ben', 'shelbyville');
  h.room.start();
  return { h, ana, ben };
}

describe('accepting a chat', () => {
  it('gives the chat to exactly one of 100 librarians who accept at once', () => {
    const h = createRoomHarness();
    h.library('springfield');
    const responders = Array.from({ length: 100 }, (_, i) =>
      h.responder(`r${i}`, 'springfield', { maxChats: 5 }),
    );
    h.room.start();
    const peers = responders.map((responder) => h.online(responder));
    const { peer, chatId } = h.patron('springfield');
    responders.forEach((responder, i) => {
      h.room.responderFrame(peers[i] as never, responder, { type: 'accept', chatId });
    });
    const winners = peers.filter((p) => p.of('chat_assigned').length === 1);
    expect(winners).toHaveLength(1);
    const losers = peers.filter((p) => p !== winners[0]);
    for (const loser of losers) {
      expect(loser.last('offer_withdrawn')).toMatchObject({ chatId, reason: 'accepted_elsewhere' });
      expect(loser.last('error')).toMatchObject({ code: 'already_taken', ref: 'accept' });
    }
    expect(peer.of('assigned')).toHaveLength(1);
    const accepted = h.stores.db.all("SELECT actor_id FROM events WHERE kind = 'accepted'");
    expect(accepted).toHaveLength(1);
  });

  it('tells the patron who is helping, with the disclosure when another library answers', () => {
    const { h, ben } = setup();
    const benPeer = h.online(ben);
    const { peer, chatId } = h.patron('springfield');
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId });
    expect(peer.last('assigned')).toEqual({
      type: 'assigned',
      chatId,
      responderName: 'Ben',
      libraryName: 'Shelbyville Public Library',
      isHomeLibrary: false,
      disclosure:
        'A librarian from Shelbyville Public Library is helping you on behalf of Springfield Public Library.',
    });
    const assigned = benPeer.last('chat_assigned');
    expect(assigned?.homeLibrary).toEqual({
      id: 'springfield',
      name: 'Springfield Public Library',
    });
    expect(assigned?.transcript.map((m) => m.text)).toContain('Can I renew a book online?');
  });

  it('refuses an accept for a chat that was never offered to that librarian', () => {
    const { h, ana, ben } = setup();
    const anaPeer = h.online(ana);
    const benPeer = h.online(ben);
    const { chatId } = h.patron('springfield');
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId });
    expect(benPeer.last('error')).toMatchObject({ code: 'forbidden' });
    expect(anaPeer.last('offer')?.offer.chatId).toBe(chatId);
  });
});

describe('messages', () => {
  it('numbers messages per chat, acknowledges after storing, and stores a retried message once', () => {
    const { h, ana } = setup();
    const anaPeer = h.online(ana);
    const { peer, session, chatId } = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
    const id = clientId();
    h.room.patronFrame(session, {
      type: 'send',
      clientMessageId: id,
      text: 'My card number is 1234',
    });
    h.room.patronFrame(session, {
      type: 'send',
      clientMessageId: id,
      text: 'My card number is 1234',
    });
    const acks = peer.of('ack').filter((ack) => ack.clientMessageId === id);
    expect(acks).toHaveLength(2);
    expect(acks[0]?.seq).toBe(acks[1]?.seq);
    const stored = h.stores.room
      .messagesAfter(chatId, 0, true)
      .filter((m) => m.clientMessageId === id);
    expect(stored).toHaveLength(1);
    expect(anaPeer.of('message').filter((m) => m.message.clientMessageId === id)).toHaveLength(1);
    const seqs = h.stores.room.messagesAfter(chatId, 0, true).map((m) => m.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('never shows internal notes to the patron', () => {
    const { h, ana } = setup();
    const anaPeer = h.online(ana);
    const { peer, chatId } = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
    h.room.responderFrame(anaPeer, ana, {
      type: 'note',
      chatId,
      clientMessageId: clientId(),
      text: 'Patron seems to be a student',
    });
    expect(peer.of('message').map((m) => m.text)).not.toContain('Patron seems to be a student');
    expect(anaPeer.last('message')?.message).toMatchObject({ internal: true });
  });

  it('refuses messages from a librarian who is not helping with the chat', () => {
    const { h, ana, ben } = setup();
    const anaPeer = h.online(ana);
    const benPeer = h.online(ben);
    const { peer, chatId } = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
    h.room.responderFrame(benPeer, ben, {
      type: 'send',
      chatId,
      clientMessageId: clientId(),
      text: 'hi',
    });
    expect(benPeer.last('error')).toMatchObject({ code: 'forbidden', ref: 'send' });
    expect(peer.of('message').map((m) => m.text)).not.toContain('hi');
  });
});

describe('resuming', () => {
  it('replays only what follows the last seq the patron saw, then where the chat stands', () => {
    const { h, ana } = setup();
    const anaPeer = h.online(ana);
    const { peer, session, chatId } = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
    const seen = Math.max(...peer.of('message').map((m) => m.seq));
    h.room.patronClosed(session);
    h.room.responderFrame(anaPeer, ana, {
      type: 'send',
      chatId,
      clientMessageId: clientId(),
      text: 'Yes, at our website.',
    });
    const again = recordingPeer<never>() as unknown as typeof peer;
    const library = h.stores.directory.library(session.libraryId);
    if (!library) throw new Error('library');
    h.room.patronHello(
      again,
      {
        type: 'hello',
        protocolVersion: 1,
        libraryId: library.id,
        resumeToken: session.resumeToken,
        lastSeq: seen,
      },
      library,
    );
    expect(again.frames[0]).toMatchObject({ type: 'welcome', chatId, state: 'active' });
    expect(again.of('message').map((m) => m.text)).toEqual(['Yes, at our website.']);
    expect(again.last('assigned')?.responderName).toBe('Ana');
  });

  it('answers an unknown resume token with session_expired and a fresh start', () => {
    const { h } = setup();
    const peer = recordingPeer<never>() as unknown as ReturnType<typeof h.patron>['peer'];
    const library = h.stores.directory.library('springfield' as never);
    if (!library) throw new Error('library');
    const session = h.room.patronHello(
      peer,
      {
        type: 'hello',
        protocolVersion: 1,
        libraryId: library.id,
        resumeToken: 'x'.repeat(20) as ResumeToken,
      },
      library,
    );
    expect(peer.frames[0]).toMatchObject({ type: 'error', code: 'session_expired' });
    expect(peer.frames[1]).toMatchObject({ type: 'welcome', chatId: null, state: 'none' });
    expect(session.resumeToken).not.toBe('x'.repeat(20));
  });

  it('ends a chat whose patron has been gone longer than the resume window', () => {
    const { h, ana } = setup();
    const anaPeer = h.online(ana);
    const { session, chatId } = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
    h.room.patronClosed(session);
    h.clock.advance(10 * 60_000 - 1);
    h.room.responderFrame(anaPeer, ana, { type: 'ping' });
    expect(anaPeer.of('patron_left')).toHaveLength(0);
    h.clock.advance(1);
    expect(anaPeer.last('patron_left')?.chatId).toBe(chatId);
    expect(h.stores.room.chat(chatId)).toMatchObject({ state: 'ended', endReason: 'expired' });
  });
});

describe('a second question after a chat ended', () => {
  it('opens a new chat with a new resume token and stops telling the socket about the old one', () => {
    const { h, ana } = setup();
    const anaPeer = h.online(ana);
    const first = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId: first.chatId });
    h.room.patronFrame(first.session, { type: 'leave' });
    const oldToken = first.session.resumeToken;
    h.room.patronFrame(first.session, {
      type: 'ask',
      clientMessageId: clientId(),
      question: 'One more thing',
    });
    const welcome = first.peer.last('welcome');
    expect(welcome?.chatId).not.toBe(first.chatId);
    expect(welcome?.resumeToken).not.toBe(oldToken);
    first.peer.clear();
    h.room.responderFrame(anaPeer, ana, { type: 'end', chatId: first.chatId, outcome: 'answered' });
    expect(first.peer.of('ended')).toEqual([]);
  });
});
