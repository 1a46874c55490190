import type {
  ArchivePage,
  ChatQualityResponse,
  QualityCase,
  QualityCasesResponse,
  Review,
} from '@refdesk/protocol';
import { RUSA_AREAS } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const review: Review = {
  areas: Object.fromEntries(
    RUSA_AREAS.map((area) => [area, { rating: 'meets', note: '' }]),
  ) as Review['areas'],
  tags: ['ended_abruptly', 'tone'],
  comment: 'Close the chat with the patron, not on them.',
};

async function forwardCoveredChat(): Promise<QualityCase> {
  const cora = await h.as('cora');
  const response = await cora.post(`/api/chats/${h.seed.chats.coveredByBen}/quality`, {
    label: 'complaint',
    comment: 'The patron says the chat ended abruptly.',
  });
  expect(response.status).toBe(201);
  return json<QualityCase>(response);
}

describe('forwarding a chat to quality', () => {
  it('lets the patron’s home library admin forward a chat another library answered', async () => {
    const forwarded = await forwardCoveredChat();
    expect(forwarded).toMatchObject({
      label: 'complaint',
      state: 'new',
      source: 'forward',
      createdBy: { displayName: 'Cora Chen' },
      chat: { chatId: 'chat_covered', responder: { displayName: 'Ben Brooks' } },
    });
    const quality = await json<ChatQualityResponse>(
      await (await h.as('ben')).get(`/api/chats/${h.seed.chats.coveredByBen}/quality`),
    );
    expect(quality.cases.map((one) => one.label)).toEqual(['complaint']);
  });

  it('refuses a forward from someone who may not read the transcript, and an unknown label', async () => {
    const ana = await h.as('ana');
    const body = { label: 'complaint', comment: 'Hmm' };
    expect((await ana.post(`/api/chats/${h.seed.chats.atShelbyville}/quality`, body)).status).toBe(
      403,
    );
    const bad = { label: 'rant', comment: 'Hmm' };
    expect((await ana.post(`/api/chats/${h.seed.chats.byAna}/quality`, bad)).status).toBe(400);
  });

  it('shows the survey answer next to the chat', async () => {
    h.stores.feedback.insertSurvey(h.seed.chats.coveredByBen, 2, 'Cut off', h.clock.now());
    const quality = await json<ChatQualityResponse>(
      await (await h.as('ana')).get(`/api/chats/${h.seed.chats.coveredByBen}/quality`),
    );
    expect(quality.survey).toMatchObject({ rating: 2, comment: 'Cut off' });
  });
});

describe('reviewing a forwarded chat', () => {
  it('goes from the inbox through the rubric to Ben, who replies, and is closed', async () => {
    const { id } = await forwardCoveredChat();
    const qa = await h.as('qa');
    const inbox = await json<QualityCasesResponse>(await qa.get('/api/quality/cases'));
    expect(inbox.cases.map((one) => [one.id, one.state])).toEqual([[id, 'new']]);

    const reviewed = await json<QualityCase>(
      await qa.put(`/api/quality/cases/${id}/review`, review),
    );
    expect(reviewed).toMatchObject({
      state: 'in_review',
      review,
      reviewedBy: { displayName: 'Quinn Quality' },
    });
    const sent = await qa.post(`/api/quality/cases/${id}/messages`, { text: 'Say goodbye first.' });
    expect(sent.status).toBe(201);
    expect((await json<QualityCase>(sent)).state).toBe('feedback_sent');
    expect(h.mailer.sent.at(-1)).toMatchObject({
      to: 'ben@shelbyville.example',
      subject: expect.stringContaining('Quality feedback on your chat'),
      text: expect.stringContaining('Say goodbye first.'),
    });

    const ben = await h.as('ben');
    const mine = await json<QualityCasesResponse>(await ben.get('/api/quality/feedback'));
    expect(mine.unread).toBe(1);
    expect(mine.cases[0]?.review).toEqual(review);
    await ben.get(`/api/quality/cases/${id}`);
    expect((await json<QualityCasesResponse>(await ben.get('/api/quality/feedback'))).unread).toBe(
      0,
    );
    expect(
      (await ben.post(`/api/quality/cases/${id}/messages`, { text: 'Understood.' })).status,
    ).toBe(201);
    expect(h.mailer.sent.at(-1)).toMatchObject({
      to: 'qa@coop.example',
      text: expect.stringContaining('Understood.'),
    });

    const closed = await json<QualityCase>(
      await qa.post(`/api/quality/cases/${id}/actions`, { action: 'close' }),
    );
    expect(closed.state).toBe('closed');
    expect(closed.messages.map((m) => [m.author.displayName, m.text])).toEqual([
      ['Quinn Quality', 'Say goodbye first.'],
      ['Ben Brooks', 'Understood.'],
    ]);
    expect((await ben.post(`/api/quality/cases/${id}/messages`, { text: 'More' })).status).toBe(
      409,
    );
  });

  it('keeps the review from the home library and from Ben’s colleagues, and the inbox from librarians', async () => {
    const { id } = await forwardCoveredChat();
    await (await h.as('qa')).put(`/api/quality/cases/${id}/review`, review);
    for (const actor of ['cora', 'ana'] as const) {
      const client = await h.as(actor);
      expect((await client.get(`/api/quality/cases/${id}`)).status).toBe(403);
      const quality = await json<ChatQualityResponse>(
        await client.get(`/api/chats/${h.seed.chats.coveredByBen}/quality`),
      );
      expect(quality.cases[0]?.review).toBeNull();
      expect((await client.get('/api/quality/cases')).status).toBe(403);
    }
    expect((await (await h.as('ben')).put(`/api/quality/cases/${id}/review`, review)).status).toBe(
      403,
    );
  });

  it('refuses feedback before the review is saved', async () => {
    const { id } = await forwardCoveredChat();
    const response = await (await h.as('qa')).post(`/api/quality/cases/${id}/messages`, {
      text: 'Hi',
    });
    expect(response.status).toBe(409);
  });

  it('assigns a case to a reviewer with a due date, and refuses a librarian as reviewer', async () => {
    const { id } = await forwardCoveredChat();
    const dev = await h.as('dev');
    const due = h.clock.now() + 7 * 86_400_000;
    const assigned = await json<QualityCase>(
      await dev.post(`/api/quality/cases/${id}/actions`, {
        action: 'assign',
        reviewerId: 'demo-quinn',
        dueAt: due,
      }),
    );
    expect(assigned).toMatchObject({ assignee: { displayName: 'Quinn Quality' }, dueAt: due });
    const refused = await dev.post(`/api/quality/cases/${id}/actions`, {
      action: 'assign',
      reviewerId: 'demo-ana',
      dueAt: null,
    });
    expect(refused.status).toBe(404);
  });
});

describe('the transcript archive', () => {
  const ids = (page: ArchivePage) => page.chats.map((chat) => chat.chatId);

  it('gives each role the chats it may read, newest first', async () => {
    const list = async (actor: 'ana' | 'ben' | 'cora' | 'dev' | 'qa') =>
      ids(await json<ArchivePage>(await (await h.as(actor)).get('/api/transcripts')));
    const springfield = ['chat_current', 'chat_covered', 'chat_by_ana'];
    expect(await list('ana')).toEqual(springfield);
    expect(await list('cora')).toEqual(springfield);
    expect((await list('ben')).sort()).toEqual([
      'chat_covered',
      'chat_current',
      'chat_shelbyville',
    ]);
    expect(await list('qa')).toHaveLength(4);
    expect(await list('dev')).toHaveLength(4);
  });

  it('filters, searches and pages', async () => {
    const qa = await h.as('qa');
    const get = async (query: string) =>
      json<ArchivePage>(await qa.get(`/api/transcripts?${query}`));
    expect(ids(await get('q=genealogy'))).toEqual(['chat_covered']);
    expect(ids(await get('libraryId=shelbyville'))).toEqual(['chat_shelbyville']);
    expect(ids(await get('responderId=demo-ana'))).toEqual(['chat_by_ana']);
    expect(ids(await get('tier=cooperative'))).toEqual(['chat_current', 'chat_covered']);
    const first = await get('limit=3');
    expect(first.chats).toHaveLength(3);
    const rest = await get(`limit=3&cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
    expect(rest).toMatchObject({ nextCursor: null });
    expect(rest.chats).toHaveLength(1);
    expect((await qa.get('/api/transcripts?rating=9')).status).toBe(400);
    expect((await qa.get('/api/transcripts?cursor=nonsense')).status).toBe(400);
  });

  it('exports the filtered list as CSV, one row per chat', async () => {
    const response = await (await h.as('ana')).get('/api/transcripts/export.csv?q=genealogy');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('chat_covered,');
    expect(lines[1]).toContain('How do I get into the genealogy database?');
  });
});
