import type { EarlierChatsResponse, LibraryId, Transcript } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const earlier = async (actor: 'ana' | 'ben' | 'qa', chatId: string) =>
  json<EarlierChatsResponse>(await (await h.as(actor)).get(`/api/chats/${chatId}/earlier`));

describe('GET /api/chats/:id', () => {
  it('returns the transcript with internal notes, the patron’s context and the outcome', async () => {
    const response = await (await h.as('ana')).get(`/api/chats/${h.seed.chats.coveredByBen}`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const transcript = await json<Transcript>(response);
    expect(transcript).toMatchObject({
      chatId: 'chat_covered',
      homeLibrary: { id: 'springfield', name: 'Springfield Public Library' },
      state: 'ended',
      tier: 'cooperative',
      outcome: 'answered',
      patron: {
        name: 'Pat',
        email: 'Pat@Example.org',
        pageUrl: 'https://springfield.example/catalogue',
      },
      responder: {
        id: 'demo-ben',
        displayName: 'Ben Brooks',
        library: { id: 'shelbyville', name: 'Shelbyville Public Library' },
      },
    });
    expect(transcript.messages.map((message) => [message.seq, message.internal])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  it('answers 404 for a chat that does not exist', async () => {
    expect((await (await h.as('dev')).get('/api/chats/chat_nope')).status).toBe(404);
  });
});

describe('GET /api/chats/:id/earlier', () => {
  it('lists the same patron’s earlier chats at the library, newest first, whatever the email’s case', async () => {
    const body = await earlier('ana', h.seed.chats.current);
    expect(body.shared).toBe(true);
    expect(body.chats).toEqual([
      expect.objectContaining({ chatId: 'chat_covered', responderName: 'Ben Brooks' }),
      expect.objectContaining({
        chatId: 'chat_by_ana',
        responderName: 'Ana Alvarez',
        outcome: 'answered',
      }),
    ]);
  });

  it('shows Ben, covering for Springfield, only the earlier chats he answered himself', async () => {
    const body = await earlier('ben', h.seed.chats.current);
    expect(body.chats.map((chat) => chat.chatId)).toEqual(['chat_covered']);
  });

  it('lists nothing when the patron’s library does not share earlier chats', async () => {
    const library = h.stores.directory.library('springfield' as LibraryId);
    if (!library) throw new Error('no library');
    h.stores.directory.updateLibrary({
      ...library,
      settings: { ...library.settings, shareEarlierChats: false },
    });
    expect(await earlier('qa', h.seed.chats.current)).toEqual({ shared: false, chats: [] });
  });

  it('lists only chats that started before this one', async () => {
    const body = await earlier('ana', h.seed.chats.byAna);
    expect(body).toEqual({ shared: true, chats: [] });
  });
});
