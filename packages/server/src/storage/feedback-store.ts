import type { FeedbackStore } from '../core/ports/index.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase } from './sql.ts';

/**
 * Surveys and quality forwards over SQL. The chat must exist: both tables reference `chats`.
 *
 * @example
 * const feedback = createSqlFeedbackStore(db);
 * feedback.insertSurvey(chatId, 5, 'Found the article, thanks!', clock.now());
 */
export function createSqlFeedbackStore(db: SqlDatabase): FeedbackStore {
  return {
    insertSurvey(chatId, rating, comment, at) {
      const { changes } = db.run(
        'INSERT INTO surveys (chat_id, rating, comment, at) VALUES (?, ?, ?, ?) ON CONFLICT (chat_id) DO NOTHING',
        chatId,
        rating,
        comment,
        at,
      );
      return changes === 1;
    },
    survey(chatId) {
      const row = db.get(
        'SELECT chat_id, rating, comment, at FROM surveys WHERE chat_id = ?',
        chatId,
      );
      if (row === undefined) return undefined;
      const r = createRowReader('surveys', row, ['chat_id']);
      const comment = r.nullableText('comment');
      return { chatId: r.text('chat_id'), rating: r.number('rating'), comment, at: r.number('at') };
    },
    insertQualityForward(chatId, responderId, comment, at) {
      db.run(
        'INSERT INTO quality_forwards (chat_id, responder_id, comment, at) VALUES (?, ?, ?, ?)',
        chatId,
        responderId,
        comment,
        at,
      );
    },
    qualityForwards: (chatId) =>
      db
        .all(
          'SELECT chat_id, responder_id, comment, at FROM quality_forwards WHERE chat_id = ? ORDER BY id',
          chatId,
        )
        .map((row) => {
          const r = createRowReader('quality_forwards', row, ['chat_id', 'at']);
          return {
            chatId: r.text('chat_id'),
            responderId: r.text('responder_id'),
            comment: r.text('comment'),
            at: r.number('at'),
          };
        }),
  };
}
