import type { ChatId, LibraryId, SurveyAnswers, SurveyQuestion } from '@refdesk/protocol';
import type { Millis } from '../model.ts';

/** Libraries' own survey questions and patrons' answers to them. */
export interface SurveyStore {
  /** The library's questions in order; empty while it has none. */
  librarySurvey(libraryId: LibraryId): SurveyQuestion[];
  saveLibrarySurvey(libraryId: LibraryId, questions: readonly SurveyQuestion[], at: Millis): void;
  /** Keeps answers on the chat's survey row (which must exist). */
  saveAnswers(chatId: ChatId, answers: SurveyAnswers): void;
  /** The answers kept with the chat's survey, or null. */
  answers(chatId: ChatId): SurveyAnswers | null;
}
