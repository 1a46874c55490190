import type { LibraryId, ResponderId, Role } from '@refdesk/protocol';
import { hashToken } from '../hash-token.ts';
import type { Millis } from '../model.ts';
import type { IdGenerator, InvitationRecord, PasswordResetRecord } from '../ports/index.ts';

/** An invitation link works for 7 days. */
export const INVITATION_TTL_MS = 7 * 24 * 3600_000;
/** A password reset link works for 1 hour. */
export const RESET_TTL_MS = 3600_000;

/** Who did something to an account: a signed-in person, or null for the command line. */
export type AccountActor = { id: ResponderId; displayName: string } | null;

/** The name an audit entry or an invitation shows for an actor. */
export function actorName(actor: AccountActor): string {
  return actor?.displayName ?? 'command line';
}

/**
 * A new invitation and its token. The token goes into the link; storage keeps only its hash.
 *
 * @example
 * const { record, token } = newInvitation(ids, now, { libraryId, email, roles }, me);
 */
export function newInvitation(
  ids: IdGenerator,
  now: Millis,
  input: { libraryId: LibraryId; email: string; roles: Role[] },
  actor: AccountActor,
): { record: InvitationRecord; token: string } {
  const token = ids.secret();
  const record: InvitationRecord = {
    id: ids.id('inv'),
    tokenHash: hashToken(token),
    libraryId: input.libraryId,
    email: input.email.toLowerCase(),
    roles: [...input.roles],
    invitedBy: actor?.id ?? null,
    invitedByName: actorName(actor),
    createdAt: now,
    expiresAt: now + INVITATION_TTL_MS,
    acceptedAt: null,
    revokedAt: null,
  };
  return { record, token };
}

/** A new password reset for a responder, and its token (for the emailed link). */
export function newPasswordReset(
  ids: IdGenerator,
  now: Millis,
  responderId: ResponderId,
): { record: PasswordResetRecord; token: string } {
  const token = ids.secret();
  return {
    token,
    record: {
      tokenHash: hashToken(token),
      responderId,
      createdAt: now,
      expiresAt: now + RESET_TTL_MS,
      usedAt: null,
    },
  };
}

/** Whether an invitation can still be accepted at `now`. */
export function isInvitationOpen(invitation: InvitationRecord, now: Millis): boolean {
  return (
    invitation.acceptedAt === null && invitation.revokedAt === null && invitation.expiresAt > now
  );
}

/** Whether a reset link can still be used at `now`. */
export function isResetOpen(reset: PasswordResetRecord, now: Millis): boolean {
  return reset.usedAt === null && reset.expiresAt > now;
}

/** The console page a token opens: `/console/invitation#TOKEN`, `/console/reset-password#TOKEN`. */
export function accountLink(
  origin: string,
  kind: 'invitation' | 'reset-password',
  token: string,
): string {
  // The token rides in the fragment, so it never reaches server logs or a Referer header.
  return `${origin.replace(/\/+$/, '')}/console/${kind}#${token}`;
}
