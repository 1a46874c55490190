import type { ChatId, FollowUpId, LibraryId, PatronServerFrame } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import {
  clientId,
  createRoomHarness,
  type RoomHarness,
  recordingPeer,
} from '../../../test/support/room-harness.ts';
import type { Responder } from '../model.ts';
import type { PrivacyStore } from '../ports/index.ts';
import { nextScrubTime } from './nightly-scrub.ts';
import { DAY_MS } from './retention-policy.ts';
import { runScrub } from './run-scrub.ts';

const SPRINGFIELD = 'springfield' as LibraryId;

function setup() {
  const h = createRoomHarness();
  h.library('springfield');
  const ana = h.responder('ana', 'springfield');
  h.stores.privacy.setRetention(SPRINGFIELD, {
    identifierDays: 30,
    transcriptDays: 60,
    redactMessages: true,
  });
  h.room.start();
  return { h, ana };
}

/** A whole chat: the patron gives a name and an email, types a card number; Ana answers and ends. */
function chatAndEnd(h: RoomHarness, ana: Responder, n: number) {
  const library = h.stores.directory.library(SPRINGFIELD);
  if (!library) throw new Error('no springfield');
  // Days pass between chats: Ana's console went idle, so she signs in again.
  const anaPeer = h.online(ana);
  const session = h.room.patronHello(
    recordingPeer<PatronServerFrame>(),
    {
      type: 'hello',
      protocolVersion: 1,
      libraryId: SPRINGFIELD,
      pageUrl: 'https://springfield.example/?card=1',
    },
    library,
  );
  h.room.patronFrame(session, {
    type: 'ask',
    clientMessageId: clientId(),
    question: `Reach me at patron${n}@example.org about census records`,
    name: `Patron ${n}`,
    email: `patron${n}@example.org`,
  });
  const chatId = session.chatId as ChatId;
  h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
  h.room.patronFrame(session, {
    type: 'send',
    clientMessageId: clientId(),
    text: 'My barcode is 21234000123456, phone 555-123-4567',
  });
  h.room.responderFrame(anaPeer, ana, {
    type: 'send',
    chatId,
    clientMessageId: clientId(),
    text: 'Found three census reels for 1911.',
  });
  h.room.responderFrame(anaPeer, ana, { type: 'end', chatId, outcome: 'answered' });
  return chatId;
}

function row(h: RoomHarness, chatId: ChatId) {
  return h.stores.db.get<{
    question: string;
    patron_name: string | null;
    patron_email: string | null;
    page_url: string | null;
    ended_at: number;
  }>(
    'SELECT question, patron_name, patron_email, page_url, ended_at FROM chats WHERE id = ?',
    chatId,
  );
}
const texts = (h: RoomHarness, chatId: ChatId) =>
  h.stores.db.all<{ text: string; display_name: string }>(
    'SELECT text, display_name FROM messages WHERE chat_id = ? ORDER BY seq',
    chatId,
  );
const events = (h: RoomHarness, chatId: ChatId) =>
  h.stores.db.all('SELECT * FROM events WHERE chat_id = ? ORDER BY id', chatId);

describe('the nightly scrub', () => {
  it('clears identifiers after 30 days and transcripts after 60, each night, and keeps every event', () => {
    const { h, ana } = setup();
    const chats: { id: ChatId; events: unknown[] }[] = [];
    for (let day = 0; day <= 170; day++) {
      if (day % 10 === 0 && day <= 100) {
        const id = chatAndEnd(h, ana, day);
        chats.push({ id, events: events(h, id) });
      }
      h.clock.advance(DAY_MS);
      const last = h.stores.privacy.lastScrub(h.room.context.cooperative.id);
      if (!last) continue;
      expect(last.finishedAt).toBe(last.startedAt);
      for (const chat of chats) {
        const stored = row(h, chat.id);
        const ended = stored?.ended_at ?? Number.POSITIVE_INFINITY;
        const messages = texts(h, chat.id);
        if (ended < last.startedAt - 60 * DAY_MS) {
          expect(stored).toMatchObject({
            question: '',
            patron_name: null,
            patron_email: null,
            page_url: null,
          });
          expect(messages).toEqual([]);
        } else if (ended < last.startedAt - 30 * DAY_MS) {
          expect(stored).toMatchObject({
            question: 'Reach me at [email removed] about census records',
            patron_name: null,
            patron_email: null,
            page_url: null,
          });
          expect(messages.map((m) => m.text)).toEqual(
            expect.arrayContaining([
              'Reach me at [email removed] about census records',
              'My barcode is [card number removed], phone [phone removed]',
              'Found three census reels for 1911.',
            ]),
          );
          expect(messages.map((m) => m.display_name)).not.toContain(
            `Patron ${chats.indexOf(chat) * 10}`,
          );
        } else {
          expect(stored?.patron_email).toMatch(/^patron\d+@example.org$/);
          expect(messages.map((m) => m.text).join('\n')).toContain('21234000123456');
          expect(messages.map((m) => m.display_name)).toContain(
            `Patron ${chats.indexOf(chat) * 10}`,
          );
        }
        expect(events(h, chat.id)).toEqual(chat.events);
      }
    }
    // Every chat is past both dates by now; the last nights found nothing more to do.
    for (const chat of chats) expect(texts(h, chat.id)).toEqual([]);
  });

  it('runs at 03:00 UTC, and asks for no timer while no ended chat keeps text', () => {
    const { h, ana } = setup();
    expect(h.room.context.scheduler.armedAt()).toBeUndefined();
    chatAndEnd(h, ana, 1);
    const now = h.clock.now();
    expect(h.room.context.scheduler.armedAt()).toBe(Math.min(nextScrubTime(now), now + DAY_MS));
    h.clock.advance(nextScrubTime(now) - now);
    expect(h.stores.privacy.lastScrub(h.room.context.cooperative.id)).toMatchObject({
      startedAt: nextScrubTime(now),
      finishedAt: nextScrubTime(now),
    });
  });

  it('resumes a run that crashed mid-way and finishes it, counting each chat once', () => {
    const { h, ana } = setup();
    const ids = Array.from({ length: 12 }, (_, n) => chatAndEnd(h, ana, n));
    h.room.stop();
    h.clock.advance(40 * DAY_MS);
    const cooperativeId = h.room.context.cooperative.id;
    const libraries = h.stores.directory.librariesOf(cooperativeId);
    let writes = 0;
    const crashing: PrivacyStore = {
      ...h.stores.privacy,
      clearIdentifiers(chatId, at) {
        if (++writes === 7) throw new Error('power cut');
        h.stores.privacy.clearIdentifiers(chatId, at);
      },
    };
    const input = { cooperativeId, libraries, logger: h.room.context.logger, batchSize: 5 };
    expect(() => runScrub({ ...input, privacy: crashing, now: h.clock.now() })).toThrow(
      'power cut',
    );
    const crashed = h.stores.privacy.lastScrub(cooperativeId);
    expect(crashed).toMatchObject({ finishedAt: null, counts: { identifiersCleared: 5 } });
    // The batch that crashed rolled back whole: its first chat still has its email.
    expect(row(h, ids[5] as ChatId)?.patron_email).toBe('patron5@example.org');

    const resumed = runScrub({ ...input, privacy: h.stores.privacy, now: h.clock.now() + 1000 });
    expect(resumed).toMatchObject({
      startedAt: crashed?.startedAt,
      finishedAt: h.clock.now() + 1000,
      counts: { identifiersCleared: 12, messagesRedacted: 36, transcriptsRemoved: 0 },
    });
    for (const id of ids) expect(row(h, id)?.patron_email).toBeNull();
    const again = runScrub({ ...input, privacy: h.stores.privacy, now: h.clock.now() + 2000 });
    expect(again.counts).toEqual({
      identifiersCleared: 0,
      messagesRedacted: 0,
      transcriptsRemoved: 0,
      messagesDeleted: 0,
      followUpIdentifiersCleared: 0,
      followUpTextsRemoved: 0,
    });
  });

  it('leaves message text alone for a library that opted out of redaction', () => {
    const { h, ana } = setup();
    h.stores.privacy.setRetention(SPRINGFIELD, {
      identifierDays: 30,
      transcriptDays: 60,
      redactMessages: false,
    });
    const id = chatAndEnd(h, ana, 7);
    h.clock.advance(45 * DAY_MS);
    expect(row(h, id)).toMatchObject({ patron_email: null, patron_name: null });
    expect(
      texts(h, id)
        .map((m) => m.text)
        .join('\n'),
    ).toContain('21234000123456');
  });

  it('clears closed follow-ups’ names and emails after 30 days and their questions after 60, never an open one, and keeps the reports', () => {
    const { h, ana } = setup();
    const library = h.stores.directory.library(SPRINGFIELD);
    if (!library) throw new Error('no springfield');
    const leaveQuestion = (n: number) => {
      const peer = recordingPeer<PatronServerFrame>();
      const session = h.room.patronHello(
        peer,
        { type: 'hello', protocolVersion: 1, libraryId: SPRINGFIELD },
        library,
      );
      h.room.patronFrame(session, {
        type: 'offline_question',
        question: `Call me on 555-123-4567 about the ${n} maps`,
        email: `asker${n}@example.org`,
        name: `Asker ${n}`,
      });
      const received = peer.of('received')[0];
      if (!received?.followUpId) throw new Error('no follow-up');
      return received.followUpId;
    };
    const close = (id: FollowUpId) => {
      const record = h.stores.followUps.followUp(id);
      if (!record) throw new Error('no follow-up');
      h.stores.followUps.updateFollowUp({ ...record, status: 'closed' });
      h.stores.followUps.addNote({
        followUpId: id,
        authorId: ana.id,
        authorName: ana.displayName,
        text: 'Emailed asker the map list',
        at: h.clock.now(),
      });
    };
    const closed = leaveQuestion(1);
    close(closed);
    const open = leaveQuestion(2);
    const reports = () => h.stores.db.all('SELECT * FROM report_chats ORDER BY chat_id');
    const eventsBefore = h.stores.db.all('SELECT * FROM events ORDER BY id');
    const reportsBefore = reports();
    const followUp = (id: FollowUpId) =>
      h.stores.db.get<{ question: string; patron_name: string | null; contact_email: string }>(
        'SELECT question, patron_name, contact_email FROM follow_ups WHERE id = ?',
        id,
      );
    const notes = (id: FollowUpId) =>
      h.stores.db.all('SELECT text FROM follow_up_notes WHERE follow_up_id = ?', id);

    h.clock.advance(29 * DAY_MS);
    expect(followUp(closed)).toEqual({
      question: 'Call me on 555-123-4567 about the 1 maps',
      patron_name: 'Asker 1',
      contact_email: 'asker1@example.org',
    });
    h.clock.advance(2 * DAY_MS);
    expect(followUp(closed)).toEqual({
      question: 'Call me on [phone removed] about the 1 maps',
      patron_name: null,
      contact_email: '',
    });
    expect(notes(closed)).toHaveLength(1);
    h.clock.advance(30 * DAY_MS);
    expect(followUp(closed)).toEqual({ question: '', patron_name: null, contact_email: '' });
    expect(notes(closed)).toEqual([]);
    // The open one still waits for its answer: a librarian needs the address.
    expect(followUp(open)).toEqual({
      question: 'Call me on 555-123-4567 about the 2 maps',
      patron_name: 'Asker 2',
      contact_email: 'asker2@example.org',
    });
    expect(h.stores.db.all('SELECT * FROM events ORDER BY id')).toEqual(eventsBefore);
    expect(reports()).toEqual(reportsBefore);
  });
});
