import { LibrarySurveySchema, SurveyAnswersSchema } from '@refdesk/protocol';
import * as v from 'valibot';
import type { SurveyStore } from '../core/ports/index.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase } from './sql.ts';

const QuestionsSchema = LibrarySurveySchema.entries.questions;

/**
 * Libraries' survey questions and patrons' answers over SQL (migration 12).
 *
 * @example
 * const surveys = createSqlSurveyStore(db);
 * surveys.saveLibrarySurvey(libraryId, [{ id: 'found', kind: 'yes_no', text: 'Did you find it?' }], now);
 */
export function createSqlSurveyStore(db: SqlDatabase): SurveyStore {
  return {
    librarySurvey(libraryId) {
      const row = db.get('SELECT questions FROM library_surveys WHERE library_id = ?', libraryId);
      if (row === undefined) return [];
      return createRowReader('library_surveys', row, []).json('questions', QuestionsSchema);
    },
    saveLibrarySurvey(libraryId, questions, at) {
      db.run(
        `INSERT INTO library_surveys (library_id, questions, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (library_id) DO UPDATE SET questions = excluded.questions,
          updated_at = excluded.updated_at`,
        libraryId,
        JSON.stringify(v.parse(QuestionsSchema, questions)),
        at,
      );
    },
    saveAnswers(chatId, answers) {
      db.run('UPDATE surveys SET answers = ? WHERE chat_id = ?', JSON.stringify(answers), chatId);
    },
    answers(chatId) {
      const row = db.get('SELECT answers FROM surveys WHERE chat_id = ?', chatId);
      if (row === undefined || row.answers === null) return null;
      return createRowReader('surveys', row, []).json('answers', SurveyAnswersSchema);
    },
  };
}
