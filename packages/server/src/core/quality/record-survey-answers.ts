import type { ChatId, LibraryId, SurveyAnswers } from '@refdesk/protocol';
import type { RoomContext } from '../room/room-context.ts';
import { keptAnswers, surveyComplaint } from './survey-answers.ts';

/**
 * Keeps a patron's answers to their home library's survey questions (whoever answered the chat)
 * and turns a complaint written there into a Complaint forward to the quality team. Without the
 * survey store (a room test), nothing is kept.
 *
 * @example
 * recordSurveyAnswers(ctx, session.libraryId, chatId, frame.answers);
 */
export function recordSurveyAnswers(
  ctx: RoomContext,
  homeLibraryId: LibraryId,
  chatId: ChatId,
  answers: SurveyAnswers,
): void {
  if (!ctx.surveys) return;
  const questions = ctx.surveys.librarySurvey(homeLibraryId);
  const kept = keptAnswers(questions, answers);
  if (Object.keys(kept).length === 0) return;
  ctx.surveys.saveAnswers(chatId, kept);
  const complaint = surveyComplaint({
    questions,
    answers: kept,
    id: ctx.ids.id('qc'),
    cooperativeId: ctx.cooperative.id,
    chatId,
    now: ctx.clock.now(),
  });
  if (complaint && ctx.quality) ctx.quality.insertCase(complaint);
}
