import { assertNever, type StaffOnlyAudience } from '@refdesk/protocol';
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

/** Policy page owners, problem reports about a page: any responder of the same cooperative. */
export function canReadStaffOnly(home: Library, library: Library): boolean {
  return home.cooperativeId === library.cooperativeId;
}

/**
 * A policy page's staff-only section: for its audience. `home_library`: the library's own
 * responders and the coordinators (who edit every page); `cooperative`: every responder of it.
 */
export function canReadStaffNotes(
  responder: Responder,
  home: Library,
  library: Library,
  audience: StaffOnlyAudience,
): boolean {
  if (!canReadStaffOnly(home, library)) return false;
  switch (audience) {
    case 'cooperative':
      return true;
    case 'home_library':
      return responder.libraryId === library.id || isCoordinatorOf(responder, home, library);
    default:
      return assertNever(audience);
  }
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
