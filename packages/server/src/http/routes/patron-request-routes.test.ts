import type {
  AuditEntry,
  ClientMessageId,
  CooperativeId,
  ErasureResult,
  LibraryId,
  PatronChatListResponse,
} from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';
import { PATRON_EMAIL } from '../../../test/support/app-history.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const BASE = '/api/libraries/springfield/patron-chats';
const BROWSER = 'walrus-browser-0123456789';

describe("a patron's requests", () => {
  it('finds a patron\u2019s chats at the library by their email in any case, or by a chat id', async () => {
    const cora = await h.as('cora');
    const byEmail = await json<PatronChatListResponse>(
      await cora.get(`${BASE}?email=PAT@example.org`),
    );
    expect(byEmail.chats.map((chat) => chat.id)).toEqual([
      h.seed.chats.current,
      h.seed.chats.coveredByBen,
      h.seed.chats.byAna,
    ]);
    const byId = await json<PatronChatListResponse>(
      await cora.get(`${BASE}?chatId=${h.seed.chats.byAna}`),
    );
    expect(byId.chats).toHaveLength(1);
    expect((await cora.get(BASE)).status).toBe(400);
    // Another library's patron is not Springfield's to export.
    const sam = await json<PatronChatListResponse>(await cora.get(`${BASE}?email=sam@example.org`));
    expect(sam.chats).toEqual([]);
  });

  it('exports the chats as text or JSON, without the staff\u2019s internal notes, and audits it', async () => {
    const cora = await h.as('cora');
    const text = await cora.get(`${BASE}/export?email=${PATRON_EMAIL}&format=text`);
    expect(text.headers.get('content-disposition')).toMatch(
      /attachment; filename="chats-springfield-/,
    );
    const body = await text.text();
    expect(body).toContain('Do you have the 1911 city directory?');
    expect(body).not.toContain('Internal:');
    const file = await json<{ chats: { messages: unknown[] }[] }>(
      await cora.get(`${BASE}/export?email=${PATRON_EMAIL}`),
    );
    expect(file.chats).toHaveLength(3);
    const log = await json<{ entries: AuditEntry[] }>(await (await h.as('dev')).get('/api/audit'));
    expect(log.entries[0]).toMatchObject({
      action: 'patron_exported',
      detail: '3 chats exported as json',
    });
  });

  it('erases the ended chats and follow-ups of a patron, keeps the events, and audits it without the email', async () => {
    const events = h.stores.db.get<{ n: number }>('SELECT count(*) AS n FROM events')?.n;
    const cora = await h.as('cora');
    const erased = await json<ErasureResult>(
      await cora.post(`${BASE}/erase`, { email: PATRON_EMAIL }),
    );
    expect(erased).toMatchObject({ chats: 2 });
    expect(erased.messages).toBeGreaterThan(0);
    const left = await json<PatronChatListResponse>(
      await cora.get(`${BASE}?email=${PATRON_EMAIL}`),
    );
    // The chat still going is the room's; it is erased once it ends.
    expect(left.chats.map((chat) => chat.id)).toEqual([h.seed.chats.current]);
    const erasedRow = h.stores.db.get(
      'SELECT question, patron_name, patron_email FROM chats WHERE id = ?',
      h.seed.chats.byAna,
    );
    expect(erasedRow).toEqual({ question: '', patron_name: null, patron_email: null });
    expect(h.stores.db.get<{ n: number }>('SELECT count(*) AS n FROM events')?.n).toBe(events);
    const log = await json<{ entries: AuditEntry[] }>(await (await h.as('dev')).get('/api/audit'));
    expect(log.entries[0]).toMatchObject({
      action: 'patron_erased',
      actorName: 'Cora Chen',
      subjectEmail: '',
    });
    expect(JSON.stringify(log.entries[0])).not.toMatch(/pat@/i);
  });

  it('finds and erases the chats of a widget by its browser id, which only the salted hash matches', async () => {
    const room = h.rooms.roomFor('demo-public' as CooperativeId);
    const library = h.stores.directory.library('springfield' as LibraryId);
    if (!room || !library) throw new Error('no demo room');
    const hello = {
      type: 'hello',
      protocolVersion: 1,
      libraryId: library.id,
      browserId: BROWSER,
    } as const;
    const session = room.patronHello(
      { send: () => undefined, close: () => undefined },
      hello,
      library,
      '192.0.2.9',
    );
    room.patronFrame(session, {
      type: 'ask',
      clientMessageId: 'q1' as ClientMessageId,
      question: 'Walrus atlas?',
    });
    const chatId = session.chatId;
    if (!chatId) throw new Error('no chat');
    const stored = h.stores.db.get<{ browser_hash: string }>(
      'SELECT browser_hash FROM chats WHERE id = ?',
      chatId,
    );
    expect(stored?.browser_hash).toMatch(/./);
    expect(stored?.browser_hash).not.toBe(BROWSER);

    const cora = await h.as('cora');
    const found = await json<PatronChatListResponse>(
      await cora.get(`${BASE}?browserId=${BROWSER}`),
    );
    expect(found.chats.map((chat) => chat.id)).toEqual([chatId]);
    const other = await json<PatronChatListResponse>(
      await cora.get(`${BASE}?browserId=${'z'.repeat(20)}`),
    );
    expect(other.chats).toEqual([]);
    expect((await cora.get(`${BASE}?browserId=short`)).status).toBe(400);

    room.patronFrame(session, { type: 'leave' });
    const erased = await json<ErasureResult>(
      await cora.post(`${BASE}/erase`, { browserId: BROWSER }),
    );
    expect(erased).toMatchObject({ chats: 1 });
    expect(
      h.stores.db.get('SELECT question, browser_hash FROM chats WHERE id = ?', chatId),
    ).toEqual({
      question: '',
      browser_hash: null,
    });
  });
});
