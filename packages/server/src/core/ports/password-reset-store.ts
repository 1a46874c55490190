import type { ResponderId } from '@refdesk/protocol';
import type { Millis } from '../model.ts';

/** A password reset link: single use, expiring; storage keeps only the token's hash. */
export interface PasswordResetRecord {
  tokenHash: string;
  responderId: ResponderId;
  createdAt: Millis;
  expiresAt: Millis;
  usedAt: Millis | null;
}

export interface PasswordResetStore {
  insertReset(reset: PasswordResetRecord): void;
  resetByTokenHash(tokenHash: string): PasswordResetRecord | undefined;
  /** Marks an unused, unexpired reset used; false when it was used or expired by then. */
  useReset(tokenHash: string, at: Millis): boolean;
  /** Forgets every reset of a responder (after a password change). */
  deleteResetsOf(responderId: ResponderId): void;
}
