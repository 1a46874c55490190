/**
 * Migration 10, privacy: retention per library and the cooperative's floor, the last scrub run per
 * cooperative (so a crashed run resumes), what the scrub has done to each chat and follow-up, the
 * salted hash of the widget's browser id on each chat, and the block list keyed on that hash.
 * The events table is never touched: reports read it, and it holds no personal data.
 *
 * @example
 * db.exec(SCHEMA_PRIVACY);
 */
export const SCHEMA_PRIVACY = `
CREATE TABLE retention_settings (
  library_id TEXT PRIMARY KEY,
  identifier_days INTEGER NOT NULL CHECK (identifier_days >= 30),
  transcript_days INTEGER CHECK (transcript_days IS NULL OR transcript_days >= 30),
  redact_messages INTEGER NOT NULL CHECK (redact_messages IN (0, 1))
);

CREATE TABLE retention_floors (
  cooperative_id TEXT PRIMARY KEY,
  identifier_days INTEGER NOT NULL CHECK (identifier_days >= 30),
  transcript_days INTEGER NOT NULL CHECK (transcript_days >= 30)
);

CREATE TABLE scrub_runs (
  cooperative_id TEXT PRIMARY KEY,
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  counts TEXT NOT NULL CHECK (json_valid(counts))
);

ALTER TABLE chats ADD COLUMN identifiers_scrubbed_at INTEGER;
ALTER TABLE chats ADD COLUMN transcript_scrubbed_at INTEGER;
ALTER TABLE chats ADD COLUMN browser_hash TEXT;
CREATE INDEX chats_by_library_ended ON chats (library_id, ended_at);
-- Whether a cooperative has anything left to scrub, without reading its scrubbed chats.
CREATE INDEX chats_to_scrub ON chats (cooperative_id)
  WHERE state = 'ended' AND transcript_scrubbed_at IS NULL;

ALTER TABLE follow_ups ADD COLUMN identifiers_scrubbed_at INTEGER;

CREATE TABLE block_salts (
  cooperative_id TEXT PRIMARY KEY,
  salt TEXT NOT NULL
);

CREATE TABLE patron_blocks (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL,
  library_id TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('library', 'cooperative')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'lifted')),
  browser_hash TEXT NOT NULL,
  reason TEXT NOT NULL,
  chat_id TEXT,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  decided_by TEXT,
  decided_at INTEGER
);
CREATE INDEX patron_blocks_by_hash ON patron_blocks (cooperative_id, browser_hash, expires_at);
`;
