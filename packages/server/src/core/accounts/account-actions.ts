import type { LibraryId, ResponderId, Role } from '@refdesk/protocol';
import type { Library, Responder } from '../model.ts';
import type {
  AccountStore,
  AuditRecord,
  AuditStore,
  Clock,
  Directory,
  IdGenerator,
  InvitationRecord,
  InvitationStore,
  PasswordResetStore,
} from '../ports/index.ts';
import { type AccountActor, actorName, newInvitation, newPasswordReset } from './account-tokens.ts';

/** What account changes work with, from the HTTP app or the command line. */
export interface AccountWorld {
  stores: {
    accounts: AccountStore;
    invitations: InvitationStore;
    passwordResets: PasswordResetStore;
    audit: AuditStore;
    directory: Directory;
  };
  clock: Clock;
  ids: IdGenerator;
}

/** Appends one audit entry about `subject` (an account, or an invitation's email) at `library`. */
export function audit(
  world: AccountWorld,
  actor: AccountActor,
  action: AuditRecord['action'],
  library: Library,
  subject: { id: ResponderId | null; email: string },
  detail = '',
): void {
  world.stores.audit.appendAudit({
    id: world.ids.id('audit'),
    at: world.clock.now(),
    cooperativeId: library.cooperativeId,
    libraryId: library.id,
    actorId: actor?.id ?? null,
    actorName: actorName(actor),
    action,
    subjectId: subject.id,
    subjectEmail: subject.email,
    detail,
  });
}

/**
 * Invites `email` to `library` with `roles` (permissions are the caller's to check). Refuses an
 * email that already has an account. Returns the stored invitation and its token.
 *
 * @example
 * const result = invite(world, me, springfield, { email, roles: ['librarian'] });
 */
export function invite(
  world: AccountWorld,
  actor: AccountActor,
  library: Library,
  input: { email: string; roles: Role[] },
): { ok: true; invitation: InvitationRecord; token: string } | { ok: false; message: string } {
  if (world.stores.accounts.accountByEmail(input.email))
    return { ok: false, message: `${input.email} already has an account.` };
  const { record, token } = newInvitation(
    world.ids,
    world.clock.now(),
    { libraryId: library.id, ...input },
    actor,
  );
  world.stores.invitations.insertInvitation(record);
  audit(
    world,
    actor,
    'invited',
    library,
    { id: null, email: record.email },
    input.roles.join(', '),
  );
  return { ok: true, invitation: record, token };
}

/** Sets someone's roles and records the change. */
export function changeRoles(
  world: AccountWorld,
  actor: AccountActor,
  person: Responder,
  library: Library,
  roles: Role[],
): void {
  world.stores.accounts.setRoles(person.id, roles);
  const detail = `${person.roles.join(', ')} → ${roles.join(', ')}`;
  audit(world, actor, 'roles_changed', library, person, detail);
}

/**
 * Disables or enables an account. Disabling deletes every session at once; the caller closes
 * the person's sockets. Returns false when it already was so (nothing recorded).
 */
export function setDisabled(
  world: AccountWorld,
  actor: AccountActor,
  person: Responder,
  library: Library,
  disabled: boolean,
): boolean {
  const account = world.stores.accounts.account(person.id);
  if (!account || (account.disabledAt !== undefined) === disabled) return false;
  world.stores.accounts.setDisabledAt(person.id, disabled ? world.clock.now() : null);
  if (disabled) {
    world.stores.accounts.deleteSessionsOf(person.id);
    world.stores.passwordResets.deleteResetsOf(person.id);
  }
  audit(world, actor, disabled ? 'disabled' : 'enabled', library, person);
  return true;
}

/** A new reset link's token for an account, recorded in the audit log as sent. */
export function startPasswordReset(
  world: AccountWorld,
  actor: AccountActor,
  person: Responder,
  library: Library,
): string {
  const { record, token } = newPasswordReset(world.ids, world.clock.now(), person.id);
  world.stores.passwordResets.insertReset(record);
  audit(world, actor, 'password_reset_sent', library, person);
  return token;
}

/** The library of a person or invitation; a missing one is a broken foreign key. */
export function libraryOf(world: AccountWorld, libraryId: LibraryId): Library {
  const library = world.stores.directory.library(libraryId);
  if (!library) throw new Error(`No library ${libraryId}`);
  return library;
}
