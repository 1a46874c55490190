import type { Review } from '@refdesk/protocol';
import { RUSA_AREAS } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import type { ArchiveFilter } from '../../core/ports/index.ts';
import { createForward, saveReview } from '../../core/quality/quality-case.ts';
import type { Stores } from '../open-storage.ts';
import type { SqlDatabase } from '../sql.ts';
import {
  COOP,
  chat,
  ids,
  LIB,
  message,
  OTHER_COOP,
  OTHER_LIB,
  openWithDirectory,
  RESPONDER,
} from './fixtures.ts';

const BOB = ids.responder('r_bob');
const review: Review = {
  areas: Object.fromEntries(
    RUSA_AREAS.map((area) => [area, { rating: 'partly', note: `about ${area}` }]),
  ) as Review['areas'],
  tags: ['tone', 'no_searching'],
  comment: 'Search the catalogue together.',
};

/** Three ended chats of LIB (one by Bob from another library, one practice) and one of OTHER_LIB. */
function seedChats(stores: Stores) {
  const add = (id: string, at: number, extra: Parameters<typeof chat>[0], text: string) => {
    stores.room.insertChat(
      chat({
        id: ids.chat(id),
        resumeTokenHash: `h-${id}`,
        createdAt: at,
        state: 'ended',
        ...extra,
      }),
    );
    stores.room.insertMessage(message({ chatId: ids.chat(id), id: ids.message(`m-${id}`), text }));
  };
  add(
    'c_census',
    1_000,
    { responderId: RESPONDER, outcome: 'answered', question: 'Census records of 1911?' },
    'Try the genealogy database.',
  );
  add(
    'c_bob',
    2_000,
    { responderId: BOB, tier: 'cooperative', outcome: 'referred', question: 'Opening hours?' },
    'We open at nine.',
  );
  add(
    'c_practice',
    3_000,
    { responderId: RESPONDER, practice: true, question: 'Practice census question' },
    'Practice.',
  );
  add(
    'c_other',
    4_000,
    { libraryId: OTHER_LIB, responderId: BOB, question: 'Census for Shelbyville?' },
    'Elsewhere.',
  );
  stores.feedback.insertSurvey(ids.chat('c_bob'), 2, 'Too short', 2_500);
}

const base = (extra: Partial<ArchiveFilter> = {}): ArchiveFilter => ({
  cooperativeId: COOP,
  scope: { kind: 'cooperative' },
  limit: 50,
  ...extra,
});

const ids_ = (stores: Stores, filter: ArchiveFilter) =>
  stores.archive.search(filter).map((found) => found.chat.id);

/**
 * The transcript archive (filters, FTS5 search, pages) and quality cases with their threads.
 *
 * @example
 * qualityContract(() => openNodeSqlite(':memory:'));
 */
export function qualityContract(open: () => SqlDatabase): void {
  describe('transcript archive', () => {
    it('lists the cooperative’s chats newest first, leaving practice chats out unless asked', () => {
      const stores = openWithDirectory(open);
      seedChats(stores);
      expect(ids_(stores, base())).toEqual(['c_other', 'c_bob', 'c_census']);
      expect(ids_(stores, base({ practice: true }))).toEqual(['c_practice']);
      expect(ids_(stores, base({ cooperativeId: OTHER_COOP }))).toEqual([]);
    });

    it('keeps a library’s staff to their patrons’ chats and the chats they answered', () => {
      const stores = openWithDirectory(open);
      seedChats(stores);
      const scope = { kind: 'own', libraryId: OTHER_LIB, responderId: RESPONDER } as const;
      expect(ids_(stores, base({ scope }))).toEqual(['c_other', 'c_census']);
    });

    it('filters by dates, library, responder, outcome, tier, rating and forwarding', () => {
      const stores = openWithDirectory(open);
      seedChats(stores);
      expect(ids_(stores, base({ from: 2_000, to: 4_000 }))).toEqual(['c_bob']);
      expect(ids_(stores, base({ libraryId: LIB }))).toEqual(['c_bob', 'c_census']);
      expect(ids_(stores, base({ responderId: BOB }))).toEqual(['c_other', 'c_bob']);
      expect(ids_(stores, base({ outcome: 'answered' }))).toEqual(['c_census']);
      expect(ids_(stores, base({ tier: 'cooperative' }))).toEqual(['c_bob']);
      expect(stores.archive.search(base({ rating: 2 }))).toMatchObject([
        { chat: { id: 'c_bob' }, rating: 2, forwarded: false },
      ]);
      stores.feedback.insertQualityForward(ids.chat('c_census'), RESPONDER, 'Look', 5_000);
      expect(ids_(stores, base({ forwarded: true }))).toEqual(['c_census']);
      expect(ids_(stores, base({ forwarded: false }))).toEqual(['c_other', 'c_bob']);
    });

    it('searches questions and messages by word prefixes, whatever the punctuation typed', () => {
      const stores = openWithDirectory(open);
      seedChats(stores);
      expect(ids_(stores, base({ text: 'census' }))).toEqual(['c_other', 'c_census']);
      expect(ids_(stores, base({ text: 'genealog' }))).toEqual(['c_census']);
      expect(ids_(stores, base({ text: '"nine (*' }))).toEqual(['c_bob']);
      expect(ids_(stores, base({ text: '  ' }))).toHaveLength(3);
    });

    it('pages with a cursor of the last row', () => {
      const stores = openWithDirectory(open);
      seedChats(stores);
      const first = stores.archive.search(base({ limit: 2 }));
      const last = first.at(-1)?.chat;
      expect(first.map((found) => found.chat.id)).toEqual(['c_other', 'c_bob']);
      if (!last) throw new Error('no page');
      expect(ids_(stores, base({ before: { createdAt: last.createdAt, id: last.id } }))).toEqual([
        'c_census',
      ]);
    });
  });

  it('pages a search with a cursor of the last row', () => {
    const stores = openWithDirectory(open);
    seedChats(stores);
    const first = stores.archive.search(base({ text: 'census', limit: 1 }));
    const last = first.at(-1)?.chat;
    if (!last) throw new Error('no page');
    expect(last.id).toBe('c_other');
    const before = { createdAt: last.createdAt, id: last.id };
    expect(ids_(stores, base({ text: 'census', before }))).toEqual(['c_census']);
  });

  describe('quality store', () => {
    it('stores a forward, its review and its thread, and lists it by cooperative, chat and responder', () => {
      const stores = openWithDirectory(open);
      seedChats(stores);
      const forward = createForward({
        id: 'qc_1',
        cooperativeId: COOP,
        chatId: ids.chat('c_bob'),
        label: 'complaint',
        comment: 'Patron unhappy',
        by: RESPONDER,
        now: 6_000,
      });
      stores.quality.insertCase(forward);
      expect(stores.quality.qualityCase('qc_1')).toEqual(forward);
      expect(stores.quality.reviewedCasesOfResponder(BOB)).toEqual([]);
      const reviewed = saveReview(forward, review, RESPONDER, 7_000);
      if ('refused' in reviewed) throw new Error(reviewed.refused);
      stores.quality.updateCase(reviewed);
      expect(stores.quality.casesOfCooperative(COOP)).toEqual([reviewed]);
      expect(stores.quality.casesOfChat(ids.chat('c_bob'))).toEqual([reviewed]);
      expect(stores.quality.reviewedCasesOfResponder(BOB)).toEqual([reviewed]);
      stores.quality.insertMessage({
        caseId: 'qc_1',
        authorId: RESPONDER,
        text: 'Feedback',
        at: 8_000,
      });
      stores.quality.insertMessage({ caseId: 'qc_1', authorId: BOB, text: 'Thanks', at: 9_000 });
      expect(stores.quality.messages('qc_1').map((m) => m.text)).toEqual(['Feedback', 'Thanks']);
      expect(stores.quality.readAt('qc_1', BOB)).toBe(0);
      stores.quality.markRead('qc_1', BOB, 8_500);
      stores.quality.markRead('qc_1', BOB, 8_000);
      expect(stores.quality.readAt('qc_1', BOB)).toBe(8_500);
    });

    it('turns a forward from the console’s socket frame into a new FYI case', () => {
      const stores = openWithDirectory(open);
      seedChats(stores);
      stores.feedback.insertQualityForward(ids.chat('c_census'), RESPONDER, 'Have a look', 5_000);
      expect(stores.quality.casesOfChat(ids.chat('c_census'))).toMatchObject([
        {
          source: 'forward',
          label: 'fyi',
          state: 'new',
          comment: 'Have a look',
          createdBy: RESPONDER,
          cooperativeId: COOP,
        },
      ]);
    });

    it('drops a deleted chat from search and its cases with it', () => {
      const stores = openWithDirectory(open);
      seedChats(stores);
      stores.feedback.insertQualityForward(ids.chat('c_census'), RESPONDER, 'Have a look', 5_000);
      stores.db.run('DELETE FROM chats WHERE id = ?', 'c_census');
      expect(ids_(stores, base({ text: 'genealogy' }))).toEqual([]);
      expect(
        stores.db.get(
          'SELECT count(*) AS n FROM chat_search WHERE chat_search MATCH ?',
          'genealogy',
        )?.n,
      ).toBe(0);
      expect(stores.quality.casesOfChat(ids.chat('c_census'))).toEqual([]);
    });
  });
}
