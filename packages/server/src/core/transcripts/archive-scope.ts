import type { LibraryId, ResponderId } from '@refdesk/protocol';
import type { Responder } from '../model.ts';

/**
 * Which chats a responder's transcript archive holds: coordinators and quality reviewers see the
 * cooperative's; everyone else the chats of their own library's patrons and the chats they
 * answered (the same rule as canReadTranscript, as a query).
 */
export type ArchiveScope =
  | { kind: 'cooperative' }
  | { kind: 'own'; libraryId: LibraryId; responderId: ResponderId };

/**
 * The archive scope of a signed-in responder.
 *
 * @example
 * const scope = archiveScope(me); // { kind: 'own', libraryId: 'springfield', responderId: me.id }
 */
export function archiveScope(responder: Responder): ArchiveScope {
  if (responder.roles.includes('coordinator') || responder.roles.includes('quality_reviewer')) {
    return { kind: 'cooperative' };
  }
  return { kind: 'own', libraryId: responder.libraryId, responderId: responder.id };
}
