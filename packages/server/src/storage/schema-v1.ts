/**
 * The first schema. Plain SQLite DDL that both `node:sqlite` and Durable Object SQL accept: no PRAGMA,
 * no ATTACH, no version probes. Times are INTEGER milliseconds, booleans INTEGER 0/1, structured
 * values JSON text.
 *
 * Foreign keys only join tables that always share one database (a chat and its messages, a
 * responder and their sessions). Room data (chats, events, follow-ups, statuses) names libraries
 * and responders without a foreign key, because on Cloudflare the directory and a cooperative's
 * room may live in different Durable Objects.
 *
 * @example
 * db.exec(SCHEMA_V1);
 */
export const SCHEMA_V1 = `
CREATE TABLE cooperatives (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  policy_freshness_days INTEGER NOT NULL CHECK (policy_freshness_days > 0),
  disclosure_template TEXT NOT NULL
);

CREATE TABLE libraries (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL REFERENCES cooperatives (id),
  group_id TEXT,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('public', 'academic', 'special')),
  timezone TEXT NOT NULL,
  staffs_cooperative INTEGER NOT NULL CHECK (staffs_cooperative IN (0, 1)),
  settings TEXT NOT NULL CHECK (json_valid(settings))
);
CREATE INDEX libraries_by_cooperative ON libraries (cooperative_id);

CREATE TABLE responders (
  id TEXT PRIMARY KEY,
  library_id TEXT NOT NULL REFERENCES libraries (id),
  email TEXT NOT NULL CHECK (email = lower(email)),
  display_name TEXT NOT NULL,
  roles TEXT NOT NULL CHECK (json_valid(roles)),
  max_chats INTEGER NOT NULL CHECK (max_chats >= 0),
  password_hash TEXT NOT NULL
);
CREATE UNIQUE INDEX responders_by_email ON responders (email);
CREATE INDEX responders_by_library ON responders (library_id);

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  responder_id TEXT NOT NULL REFERENCES responders (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE chats (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL,
  library_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'active', 'ended')),
  tier TEXT NOT NULL,
  practice INTEGER NOT NULL CHECK (practice IN (0, 1)),
  question TEXT NOT NULL,
  patron_name TEXT,
  patron_email TEXT,
  page_url TEXT,
  resume_token_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  waiting_since INTEGER NOT NULL,
  responder_id TEXT,
  assigned_at INTEGER,
  ended_at INTEGER,
  end_reason TEXT,
  outcome TEXT,
  last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
  patron_seen_at INTEGER NOT NULL
);
CREATE INDEX chats_by_cooperative_state ON chats (cooperative_id, state);
CREATE UNIQUE INDEX chats_by_resume_token_hash ON chats (resume_token_hash);

-- The primary key (chat_id, seq) is also the "messages of a chat, in order" index.
CREATE TABLE messages (
  chat_id TEXT NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq > 0),
  id TEXT NOT NULL,
  author_role TEXT NOT NULL,
  author_id TEXT,
  display_name TEXT NOT NULL,
  text TEXT NOT NULL,
  internal INTEGER NOT NULL CHECK (internal IN (0, 1)),
  client_message_id TEXT,
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (chat_id, seq),
  UNIQUE (chat_id, client_message_id)
);

-- An audit log: no foreign key, so events outlive a chat deleted for privacy.
CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  cooperative_id TEXT NOT NULL,
  chat_id TEXT,
  kind TEXT NOT NULL,
  actor_id TEXT,
  data TEXT NOT NULL CHECK (json_valid(data)),
  at INTEGER NOT NULL
);
CREATE INDEX events_by_chat ON events (chat_id, id);
CREATE INDEX events_by_cooperative_time ON events (cooperative_id, at);

CREATE TABLE follow_ups (
  id TEXT PRIMARY KEY,
  library_id TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('chat', 'offline_question', 'referral')),
  chat_id TEXT,
  question TEXT NOT NULL,
  patron_name TEXT,
  contact_email TEXT NOT NULL,
  deadline TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'closed')),
  claimed_by TEXT,
  created_by TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX follow_ups_by_library_status ON follow_ups (library_id, status, created_at);

CREATE TABLE follow_up_notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  follow_up_id TEXT NOT NULL REFERENCES follow_ups (id) ON DELETE CASCADE,
  author_id TEXT NOT NULL,
  author_name TEXT NOT NULL,
  text TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX follow_up_notes_by_follow_up ON follow_up_notes (follow_up_id, at);

CREATE TABLE policy_pages (
  library_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  sections TEXT NOT NULL CHECK (json_valid(sections)),
  staff_only TEXT NOT NULL,
  owners TEXT NOT NULL CHECK (json_valid(owners)),
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (library_id, version)
);

CREATE TABLE scripts (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('personal', 'library', 'cooperative')),
  library_id TEXT,
  responder_id TEXT,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  CHECK (scope <> 'personal' OR responder_id IS NOT NULL),
  CHECK (scope <> 'library' OR library_id IS NOT NULL)
);
CREATE INDEX scripts_by_cooperative ON scripts (cooperative_id, scope);

CREATE TABLE responder_status (
  responder_id TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  at INTEGER NOT NULL
);

-- One survey per chat: a patron's retried survey frame is not counted twice.
CREATE TABLE surveys (
  chat_id TEXT PRIMARY KEY REFERENCES chats (id) ON DELETE CASCADE,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment TEXT,
  at INTEGER NOT NULL
);

CREATE TABLE quality_forwards (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  chat_id TEXT NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  responder_id TEXT NOT NULL,
  comment TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX quality_forwards_by_chat ON quality_forwards (chat_id, id);
`;
