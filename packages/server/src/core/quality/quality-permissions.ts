import type { ChatRecord, Responder } from '../model.ts';

/** The quality team: quality reviewers and coordinators review cases and send feedback. */
export function isQualityReviewer(responder: Responder): boolean {
  return responder.roles.includes('quality_reviewer') || responder.roles.includes('coordinator');
}

/**
 * A saved review and its feedback thread: the quality team, the responder who answered the chat
 * and the library admins of that responder's library. Never other libraries (the patron's home
 * library forwarded it but does not read the review of another library's librarian).
 *
 * @example
 * if (!canSeeReview(me, chat, answeredBy)) delete view.review;
 */
export function canSeeReview(
  responder: Responder,
  chat: ChatRecord,
  answeredBy: Responder | undefined,
): boolean {
  if (isQualityReviewer(responder)) return true;
  if (!answeredBy || chat.responderId !== answeredBy.id) return false;
  if (responder.id === answeredBy.id) return true;
  return responder.roles.includes('library_admin') && responder.libraryId === answeredBy.libraryId;
}
