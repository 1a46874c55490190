import type { ResponderId } from '@refdesk/protocol';
import type { Responder } from '../model.ts';
import type { InvitationRecord } from '../ports/index.ts';
import { type AccountWorld, audit, libraryOf } from './account-actions.ts';
import { isInvitationOpen, isResetOpen } from './account-tokens.ts';

/** The one answer for an unknown, expired, used or revoked link: nothing tells them apart. */
export const DEAD_LINK = 'This link is not valid any more. Ask for a new one.';

/** The open invitation a token names, or undefined (unknown, expired, used, revoked). */
export function openInvitation(
  world: AccountWorld,
  tokenHash: string,
): InvitationRecord | undefined {
  const invitation = world.stores.invitations.invitationByTokenHash(tokenHash);
  return invitation && isInvitationOpen(invitation, world.clock.now()) ? invitation : undefined;
}

/**
 * Accepts an invitation: closes it (once) and opens the account with the chosen name and the
 * already hashed password. Synchronous, so nothing else runs between the check and the writes.
 *
 * @example
 * const hash = await passwords.hash(password);
 * const result = acceptInvitation(world, hashToken(token), { displayName, passwordHash: hash });
 */
export function acceptInvitation(
  world: AccountWorld,
  tokenHash: string,
  input: { displayName: string; passwordHash: string },
): { ok: true; responder: Responder } | { ok: false; reason: 'dead_link' | 'email_taken' } {
  const invitation = openInvitation(world, tokenHash);
  if (!invitation) return { ok: false, reason: 'dead_link' };
  if (world.stores.accounts.accountByEmail(invitation.email))
    return { ok: false, reason: 'email_taken' };
  const now = world.clock.now();
  if (!world.stores.invitations.closeInvitation(invitation.id, 'accepted', now))
    return { ok: false, reason: 'dead_link' };
  const responder: Responder = {
    id: world.ids.id('r') as ResponderId,
    libraryId: invitation.libraryId,
    email: invitation.email,
    displayName: input.displayName,
    roles: invitation.roles,
    maxChats: 3,
  };
  world.stores.accounts.insertAccount({ responder, passwordHash: input.passwordHash });
  const library = libraryOf(world, responder.libraryId);
  audit(
    world,
    { id: responder.id, displayName: responder.displayName },
    'invitation_accepted',
    library,
    responder,
    `invited by ${invitation.invitedByName}`,
  );
  return { ok: true, responder };
}

/**
 * Sets a new password through a reset link: uses the link (once), ends every session and every
 * other reset link of the account. The caller closes the person's sockets.
 */
export function resetPassword(
  world: AccountWorld,
  tokenHash: string,
  passwordHash: string,
): { ok: true; responder: Responder } | { ok: false } {
  const now = world.clock.now();
  const reset = world.stores.passwordResets.resetByTokenHash(tokenHash);
  const account =
    reset && isResetOpen(reset, now) && world.stores.accounts.account(reset.responderId);
  if (!reset || !account || account.disabledAt !== undefined) return { ok: false };
  if (!world.stores.passwordResets.useReset(tokenHash, now)) return { ok: false };
  const { responder } = account;
  world.stores.accounts.setPasswordHash(responder.id, passwordHash);
  world.stores.accounts.deleteSessionsOf(responder.id);
  world.stores.passwordResets.deleteResetsOf(responder.id);
  audit(
    world,
    null,
    'password_reset',
    libraryOf(world, responder.libraryId),
    responder,
    'through an emailed link',
  );
  return { ok: true, responder };
}
