import type { AuditEntry, Invitation, LibraryRef, Person, SessionInfo } from '@refdesk/protocol';
import type { Library } from '../core/model.ts';
import type {
  AuditRecord,
  Directory,
  InvitationRecord,
  SessionRecord,
  StoredAccount,
} from '../core/ports/index.ts';

/** A library as a `{ id, name }` reference. */
export function libraryRef(directory: Directory, libraryId: Library['id']): LibraryRef {
  return { id: libraryId, name: directory.library(libraryId)?.name ?? libraryId };
}

/** An account as the People page lists it (never its password hash). */
export function personView(directory: Directory, account: StoredAccount): Person {
  const { responder } = account;
  return {
    id: responder.id,
    email: responder.email,
    displayName: responder.displayName,
    library: libraryRef(directory, responder.libraryId),
    roles: responder.roles,
    disabled: account.disabledAt !== undefined,
  };
}

/** A pending invitation (never its token hash). */
export function invitationView(directory: Directory, invitation: InvitationRecord): Invitation {
  return {
    id: invitation.id,
    email: invitation.email,
    library: libraryRef(directory, invitation.libraryId),
    roles: invitation.roles,
    invitedBy: invitation.invitedByName,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
  };
}

/** The public id of a session: a prefix of its id's hash, shown to its owner only. */
export function publicSessionId(session: SessionRecord): string {
  return session.idHash.slice(0, 16);
}

export function sessionView(
  session: SessionRecord,
  current: SessionRecord | undefined,
): SessionInfo {
  return {
    id: publicSessionId(session),
    createdAt: session.createdAt,
    expiresAt: session.expiresAt,
    current: session.idHash === current?.idHash,
    userAgent: session.userAgent ?? null,
    address: session.address ?? null,
  };
}

export function auditView(directory: Directory, record: AuditRecord): AuditEntry {
  return {
    id: record.id,
    at: record.at,
    action: record.action,
    actor: record.actorId === null ? null : { id: record.actorId, displayName: record.actorName },
    actorName: record.actorName,
    subjectEmail: record.subjectEmail,
    library: libraryRef(directory, record.libraryId),
    detail: record.detail,
  };
}
