/**
 * Migration 3, accounts: disabled accounts, where a session signed in from, invitations and
 * password resets (single use, expiring, token hashes only), and the audit log of account changes.
 * Audit rows name people and libraries without foreign keys: the log outlives what it describes.
 *
 * @example
 * db.exec(SCHEMA_ACCOUNTS);
 */
export const SCHEMA_ACCOUNTS = `
ALTER TABLE responders ADD COLUMN disabled_at INTEGER;
ALTER TABLE sessions ADD COLUMN user_agent TEXT;
ALTER TABLE sessions ADD COLUMN address TEXT;
CREATE INDEX sessions_by_responder ON sessions (responder_id, created_at);

CREATE TABLE invitations (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  library_id TEXT NOT NULL REFERENCES libraries (id),
  email TEXT NOT NULL CHECK (email = lower(email)),
  roles TEXT NOT NULL CHECK (json_valid(roles)),
  invited_by TEXT,
  invited_by_name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  accepted_at INTEGER,
  revoked_at INTEGER
);
CREATE INDEX invitations_by_library ON invitations (library_id, created_at);

CREATE TABLE password_resets (
  token_hash TEXT PRIMARY KEY,
  responder_id TEXT NOT NULL REFERENCES responders (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX password_resets_by_responder ON password_resets (responder_id);

CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  at INTEGER NOT NULL,
  cooperative_id TEXT NOT NULL,
  library_id TEXT NOT NULL,
  actor_id TEXT,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  subject_id TEXT,
  subject_email TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX audit_by_cooperative ON audit_log (cooperative_id, at);
CREATE INDEX audit_by_library ON audit_log (library_id, at);
`;
