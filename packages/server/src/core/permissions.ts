import type { ChatRecord, Library, Responder } from './model.ts';

/**
 * Who may do what, as pure functions of the signed-in responder, so every route and frame asks
 * the same questions. A coordinator acts for the whole cooperative; a library admin for their
 * own library; a quality reviewer reads transcripts across the cooperative.
 *
 * @example
 * if (!canEditLibrary(me, myLibrary, library)) throw new HttpError('forbidden', '...');
 */
export function isCoordinatorOf(responder: Responder, home: Library, library: Library): boolean {
  return responder.roles.includes('coordinator') && home.cooperativeId === library.cooperativeId;
}

/** Policy page, scripts of the library scope, widget settings. */
export function canEditLibrary(responder: Responder, home: Library, library: Library): boolean {
  if (isCoordinatorOf(responder, home, library)) return true;
  return responder.roles.includes('library_admin') && responder.libraryId === library.id;
}

/** Staff-only sections of policy pages: any responder of the same cooperative. */
export function canReadStaffOnly(home: Library, library: Library): boolean {
  return home.cooperativeId === library.cooperativeId;
}

/** A library's follow-up queue: its own responders, and coordinators. */
export function canWorkFollowUps(responder: Responder, home: Library, library: Library): boolean {
  return responder.libraryId === library.id || isCoordinatorOf(responder, home, library);
}

/**
 * A chat's transcript: the responder who answered it, staff of the patron's home library,
 * coordinators and quality reviewers of the cooperative. Nobody else.
 */
export function canReadTranscript(responder: Responder, home: Library, chat: ChatRecord): boolean {
  if (home.cooperativeId !== chat.cooperativeId) return false;
  if (chat.responderId === responder.id) return true;
  if (responder.libraryId === chat.libraryId) return true;
  return responder.roles.includes('coordinator') || responder.roles.includes('quality_reviewer');
}
