import type { LibraryId, ResponderId, Role } from '@refdesk/protocol';
import type { Millis, Responder } from '../model.ts';

/** A responder's login: the password hash never leaves the storage and auth layers. */
export interface Account {
  responder: Responder;
  passwordHash: string;
}

/** An account as stored: disabled accounts cannot sign in and have no sessions. */
export interface StoredAccount extends Account {
  /** When the account was disabled; absent while it is enabled. */
  disabledAt?: Millis;
}

/** A signed-in responder's session. The cookie carries the id; storage keeps only its hash. */
export interface SessionRecord {
  idHash: string;
  responderId: ResponderId;
  csrfToken: string;
  createdAt: Millis;
  expiresAt: Millis;
  /** The browser that signed in (User-Agent, shortened), to tell sessions apart. */
  userAgent?: string;
  /** The network address that signed in. */
  address?: string;
}

export interface AccountStore {
  accountByEmail(email: string): StoredAccount | undefined;
  account(id: ResponderId): StoredAccount | undefined;
  /** A library's accounts, by display name. */
  accountsOf(libraryId: LibraryId): StoredAccount[];
  /** Inserts an enabled account. */
  insertAccount(account: Account): void;
  setRoles(id: ResponderId, roles: Role[]): void;
  setPasswordHash(id: ResponderId, passwordHash: string): void;
  /** Disables (a time) or enables (null) an account. */
  setDisabledAt(id: ResponderId, at: Millis | null): void;
  session(idHash: string): SessionRecord | undefined;
  insertSession(session: SessionRecord): void;
  deleteSession(idHash: string): void;
  deleteExpiredSessions(now: Millis): void;
  /** A responder's sessions, newest first. */
  sessionsOf(responderId: ResponderId): SessionRecord[];
  /** Deletes a responder's sessions but `keepIdHash`; returns how many. */
  deleteSessionsOf(responderId: ResponderId, keepIdHash?: string): number;
}
