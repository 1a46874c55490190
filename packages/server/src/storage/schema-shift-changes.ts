/** Migration 13: give-ups and swaps of shift occurrences; per-library swap approval and backups. */
export const SCHEMA_SHIFT_CHANGES = `
CREATE TABLE shift_changes (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('give_up', 'swap')),
  status TEXT NOT NULL,
  shift_id TEXT NOT NULL,
  starts_at INTEGER NOT NULL,
  ends_at INTEGER NOT NULL,
  library_id TEXT NOT NULL,
  from_responder_id TEXT NOT NULL,
  to_responder_id TEXT,
  to_library_id TEXT,
  swap_shift_id TEXT,
  swap_starts_at INTEGER,
  swap_ends_at INTEGER,
  created_at INTEGER NOT NULL,
  decided_at INTEGER,
  decided_by TEXT,
  last_ends_at INTEGER NOT NULL
);
CREATE INDEX shift_changes_by_cooperative ON shift_changes (cooperative_id, last_ends_at);
CREATE TABLE library_schedule_settings (
  library_id TEXT PRIMARY KEY,
  swap_approval INTEGER NOT NULL,
  backups TEXT NOT NULL
);
`;
