import type { ResponderId } from '@refdesk/protocol';
import type { Millis, Responder } from '../model.ts';

/** A responder's login: the password hash never leaves the storage and auth layers. */
export interface Account {
  responder: Responder;
  passwordHash: string;
}

/** A signed-in responder's session. The cookie carries the id; storage keeps only its hash. */
export interface SessionRecord {
  idHash: string;
  responderId: ResponderId;
  csrfToken: string;
  createdAt: Millis;
  expiresAt: Millis;
}

export interface AccountStore {
  accountByEmail(email: string): Account | undefined;
  insertAccount(account: Account): void;
  session(idHash: string): SessionRecord | undefined;
  insertSession(session: SessionRecord): void;
  deleteSession(idHash: string): void;
  deleteExpiredSessions(now: Millis): void;
}
