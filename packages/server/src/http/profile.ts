import type { ResponderProfile } from '@refdesk/protocol';
import type { Responder } from '../core/model.ts';
import type { Directory } from '../core/ports/index.ts';

/** A responder as the console sees them. */
export function responderProfile(directory: Directory, responder: Responder): ResponderProfile {
  return {
    id: responder.id,
    displayName: responder.displayName,
    email: responder.email,
    library: {
      id: responder.libraryId,
      name: directory.library(responder.libraryId)?.name ?? responder.libraryId,
    },
    roles: responder.roles,
  };
}
