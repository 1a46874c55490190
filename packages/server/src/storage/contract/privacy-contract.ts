import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql.ts';
import { COOP, chat, ids, LIB, message, openWithDirectory } from './fixtures.ts';

const ENDED = { state: 'ended' as const, endedAt: 10_000 };

/**
 * Retention settings, scrub progress and erasure on every adapter: what the scrub selects, what
 * it clears, and that the events log is never touched.
 *
 * @example
 * privacyContract(() => openNodeSqlite(':memory:'));
 */
export function privacyContract(open: () => SqlDatabase): void {
  describe('privacy store', () => {
    it('keeps a library\u2019s retention, the cooperative\u2019s floor and the last scrub run', () => {
      const { privacy } = openWithDirectory(open);
      expect(privacy.retention(LIB)).toBeUndefined();
      const settings = { identifierDays: 40, transcriptDays: null, redactMessages: false };
      privacy.setRetention(LIB, settings);
      privacy.setRetention(LIB, { ...settings, identifierDays: 41 });
      expect(privacy.retention(LIB)).toEqual({ ...settings, identifierDays: 41 });
      privacy.setRetentionFloor(COOP, { identifierDays: 30, transcriptDays: 90 });
      expect(privacy.retentionFloor(COOP)).toEqual({ identifierDays: 30, transcriptDays: 90 });
      const run = {
        startedAt: 1,
        finishedAt: null,
        counts: {
          identifiersCleared: 1,
          messagesRedacted: 2,
          transcriptsRemoved: 3,
          messagesDeleted: 4,
          followUpIdentifiersCleared: 5,
          followUpTextsRemoved: 6,
        },
      };
      privacy.saveScrub(COOP, run);
      expect(privacy.lastScrub(COOP)).toEqual(run);
    });

    it('selects ended chats past a date until they are cleared, skipping the ones the room holds', () => {
      const { room, privacy } = openWithDirectory(open);
      room.insertChat(chat({ ...ENDED, patronEmail: 'pat@example.org', patronName: 'Pat' }));
      room.insertChat(chat({ ...ENDED, id: ids.chat('c_2'), resumeTokenHash: 'h2' }));
      room.insertChat(chat({ id: ids.chat('c_live'), resumeTokenHash: 'h3' }));
      expect(privacy.hasScrubWork(COOP)).toBe(true);
      expect(privacy.chatsWithIdentifiers(LIB, 10_000, 10)).toEqual([]);
      expect(privacy.chatsWithIdentifiers(LIB, 10_001, 10)).toEqual([
        ids.chat('c_1'),
        ids.chat('c_2'),
      ]);
      expect(privacy.chatsWithIdentifiers(LIB, 10_001, 10, [ids.chat('c_2')])).toEqual([
        ids.chat('c_1'),
      ]);
      privacy.clearIdentifiers(ids.chat('c_1'), 20_000);
      expect(privacy.chatsWithIdentifiers(LIB, 10_001, 10)).toEqual([ids.chat('c_2')]);
      expect(room.chat(ids.chat('c_1'))).toMatchObject({ patronEmail: null, patronName: null });
    });

    it('removes a transcript but keeps the chat row and its events', () => {
      const { room, privacy, db } = openWithDirectory(open);
      room.insertChat(chat({ ...ENDED, patronEmail: 'pat@example.org' }));
      room.insertMessage(message({ text: 'my email is pat@example.org' }));
      room.appendEvent({
        cooperativeId: COOP,
        chatId: ids.chat('c_1'),
        kind: 'ended',
        actorId: null,
        data: {},
        at: 10_000,
      });
      expect(privacy.chatTexts(ids.chat('c_1')).map((t) => t.seq)).toEqual([0, 1]);
      privacy.rewriteText({ chatId: ids.chat('c_1'), seq: 1, text: 'my email is [email removed]' });
      expect(room.messagesAfter(ids.chat('c_1'), 0, true)[0]?.text).toBe(
        'my email is [email removed]',
      );
      expect(privacy.removeTranscript(ids.chat('c_1'), 20_000)).toBe(1);
      expect(room.messagesAfter(ids.chat('c_1'), 0, true)).toEqual([]);
      expect(room.chat(ids.chat('c_1'))).toMatchObject({
        question: '',
        patronEmail: null,
        state: 'ended',
      });
      expect(privacy.chatsWithTranscripts(LIB, 30_000, 10)).toEqual([]);
      expect(privacy.hasScrubWork(COOP)).toBe(false);
      expect(db.get<{ n: number }>('SELECT count(*) AS n FROM events')?.n).toBe(1);
    });

    it('finds a patron\u2019s chats by email in any case or by id, at their library only', () => {
      const { room, privacy } = openWithDirectory(open);
      room.insertChat(chat({ ...ENDED, patronEmail: 'Pat@Example.org' }));
      expect(privacy.patronChats(LIB, { email: 'pat@example.org' }).map((c) => c.id)).toEqual([
        ids.chat('c_1'),
      ]);
      expect(privacy.patronChats(LIB, { chatId: ids.chat('c_1') })).toHaveLength(1);
      expect(privacy.patronChats(ids.library('lib-b'), { email: 'pat@example.org' })).toEqual([]);
    });
  });
}
