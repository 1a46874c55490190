import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql.ts';
import { chat, followUp, ids, LIB, OTHER_LIB, openWithDirectory, RESPONDER } from './fixtures.ts';

/**
 * Follow-ups with their notes, and feedback (surveys, quality forwards).
 *
 * @example
 * followUpContract(() => openNodeSqlite(':memory:'));
 */
export function followUpContract(open: () => SqlDatabase): void {
  describe('follow-up store', () => {
    it('reads back a follow-up with every field filled', () => {
      const { followUps, room } = openWithDirectory(open);
      room.insertChat(chat());
      const full = followUp({
        source: 'chat',
        chatId: ids.chat('c_1'),
        patronName: 'Pat',
        deadline: '2026-03-01',
        status: 'claimed',
        claimedBy: RESPONDER,
        createdBy: RESPONDER,
      });
      followUps.insertFollowUp(full);
      expect(followUps.followUp(full.id)).toEqual(full);
      expect(followUps.followUp(ids.followUp('nope'))).toBeUndefined();
    });

    it('lists the follow-ups of one library, oldest first', () => {
      const { followUps } = openWithDirectory(open);
      const newer = followUp({ id: ids.followUp('f_new'), createdAt: 5_000 });
      const older = followUp({ id: ids.followUp('f_old'), createdAt: 1_000, status: 'closed' });
      const elsewhere = followUp({ id: ids.followUp('f_b'), libraryId: OTHER_LIB });
      for (const f of [newer, older, elsewhere]) followUps.insertFollowUp(f);
      expect(followUps.followUpsOf(LIB)).toEqual([older, newer]);
      expect(followUps.followUpsOf(OTHER_LIB)).toEqual([elsewhere]);
    });

    it('stores an update of a follow-up and refuses one for a missing follow-up', () => {
      const { followUps } = openWithDirectory(open);
      followUps.insertFollowUp(followUp());
      const claimed = followUp({ status: 'claimed', claimedBy: RESPONDER });
      followUps.updateFollowUp(claimed);
      expect(followUps.followUp(claimed.id)).toEqual(claimed);
      expect(() => followUps.updateFollowUp(followUp({ id: ids.followUp('ghost') }))).toThrow();
    });

    it('keeps the notes of a follow-up in the order they were written', () => {
      const { followUps } = openWithDirectory(open);
      followUps.insertFollowUp(followUp());
      const note = (text: string, at: number) => ({
        followUpId: followUp().id,
        authorId: RESPONDER,
        authorName: 'Alice',
        text,
        at,
      });
      followUps.addNote(note('second', 20));
      followUps.addNote(note('first', 10));
      followUps.addNote(note('third, same time as second', 20));
      expect(followUps.notes(followUp().id).map((n) => n.text)).toEqual([
        'first',
        'second',
        'third, same time as second',
      ]);
      expect(followUps.notes(followUp().id)[0]).toEqual(note('first', 10));
      expect(followUps.notes(ids.followUp('other'))).toEqual([]);
    });
  });

  describe('feedback store', () => {
    it('stores one survey per chat and keeps the first when it is sent again', () => {
      const { feedback, room } = openWithDirectory(open);
      room.insertChat(chat());
      const chatId = ids.chat('c_1');
      expect(feedback.survey(chatId)).toBeUndefined();
      expect(feedback.insertSurvey(chatId, 5, null, 100)).toBe(true);
      expect(feedback.insertSurvey(chatId, 1, 'changed my mind', 200)).toBe(false);
      expect(feedback.survey(chatId)).toEqual({ chatId, rating: 5, comment: null, at: 100 });
    });

    it('stores quality forwards of a chat, oldest first', () => {
      const { feedback, room } = openWithDirectory(open);
      room.insertChat(chat());
      const chatId = ids.chat('c_1');
      feedback.insertQualityForward(chatId, RESPONDER, 'Great reference interview', 10);
      feedback.insertQualityForward(chatId, RESPONDER, 'Check the citation', 20);
      expect(feedback.qualityForwards(chatId)).toEqual([
        { chatId, responderId: RESPONDER, comment: 'Great reference interview', at: 10 },
        { chatId, responderId: RESPONDER, comment: 'Check the citation', at: 20 },
      ]);
    });
  });
}
