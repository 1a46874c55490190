import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql.ts';
import { chat, ids, LIB, OTHER_LIB, openWithDirectory } from './fixtures.ts';

/**
 * Libraries' survey questions and patrons' answers.
 *
 * @example
 * surveyContract(() => openNodeSqlite(':memory:'));
 */
export function surveyContract(open: () => SqlDatabase): void {
  describe('library surveys', () => {
    it('keeps a library’s questions in order, replacing them when saved again', () => {
      const stores = openWithDirectory(open);
      expect(stores.surveys.librarySurvey(LIB)).toEqual([]);
      stores.surveys.saveLibrarySurvey(LIB, [{ id: 'a', kind: 'text', text: 'First?' }], 1);
      const questions = [
        { id: 'found', kind: 'yes_no', text: 'Found it?' },
        { id: 'gripe', kind: 'complaint', text: 'Any complaint?' },
      ] as const;
      stores.surveys.saveLibrarySurvey(LIB, [...questions], 2);
      expect(stores.surveys.librarySurvey(LIB)).toEqual(questions);
      expect(stores.surveys.librarySurvey(OTHER_LIB)).toEqual([]);
    });

    it('keeps answers on the chat’s survey', () => {
      const stores = openWithDirectory(open);
      const chatId = ids.chat('c_1');
      stores.room.insertChat(chat({ id: chatId, state: 'ended' }));
      expect(stores.surveys.answers(chatId)).toBeNull();
      stores.feedback.insertSurvey(chatId, 4, null, 10);
      expect(stores.surveys.answers(chatId)).toBeNull();
      stores.surveys.saveAnswers(chatId, { found: 'yes', speed: 5 });
      expect(stores.surveys.answers(chatId)).toEqual({ found: 'yes', speed: 5 });
      expect(stores.feedback.survey(chatId)?.rating).toBe(4);
    });

    it('drops free-text answers with the transcript, keeping ratings and yes/no', () => {
      const stores = openWithDirectory(open);
      const chatId = ids.chat('c_1');
      stores.room.insertChat(chat({ id: chatId, state: 'ended', endedAt: 5 }));
      stores.feedback.insertSurvey(chatId, 2, 'Call me on 555-1234', 10);
      stores.surveys.saveAnswers(chatId, { found: 'no', speed: 2, gripe: 'I am Pat, 555-1234' });
      stores.privacy.removeTranscript(chatId, 20);
      expect(stores.surveys.answers(chatId)).toEqual({ found: 'no', speed: 2 });
      expect(stores.feedback.survey(chatId)?.comment).toBeNull();
    });
  });
}
