import type { LibraryId, ResponderId, Role } from '@refdesk/protocol';
import type { Millis } from '../model.ts';

/** An invitation to open an account: single use, expiring; storage keeps only the token's hash. */
export interface InvitationRecord {
  id: string;
  tokenHash: string;
  libraryId: LibraryId;
  email: string;
  roles: Role[];
  invitedBy: ResponderId | null;
  /** Who invited, as shown to the invitee and in lists ("Cora Chen", "command line"). */
  invitedByName: string;
  createdAt: Millis;
  expiresAt: Millis;
  acceptedAt: Millis | null;
  revokedAt: Millis | null;
}

export interface InvitationStore {
  insertInvitation(invitation: InvitationRecord): void;
  invitation(id: string): InvitationRecord | undefined;
  invitationByTokenHash(tokenHash: string): InvitationRecord | undefined;
  /** A library's invitations neither accepted nor revoked, expired or not, newest first. */
  pendingInvitationsOf(libraryId: LibraryId): InvitationRecord[];
  /**
   * Marks an open invitation accepted (or revoked) at `at`; false when it was already used,
   * revoked or expired by then, so each invitation is used once.
   */
  closeInvitation(id: string, how: 'accepted' | 'revoked', at: Millis): boolean;
}
