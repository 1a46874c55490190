/** Migration 9: hours owed, shifts, closures and missed shifts (core/schedules/). Times: local + zone, and UTC. */
export const SCHEMA_SCHEDULES = `
CREATE TABLE schedule_settings (
  cooperative_id TEXT PRIMARY KEY,
  min_staff INTEGER NOT NULL,
  tiers TEXT NOT NULL
);
CREATE TABLE library_hours (
  library_id TEXT PRIMARY KEY,
  hours_owed REAL,
  size INTEGER
);
CREATE TABLE shifts (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL,
  library_id TEXT NOT NULL,
  responder_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('weekly', 'once')),
  day INTEGER,
  date TEXT,
  start_minute INTEGER NOT NULL,
  end_minute INTEGER NOT NULL,
  time_zone TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX shifts_by_cooperative ON shifts (cooperative_id, library_id);
CREATE INDEX shifts_by_responder ON shifts (responder_id);
CREATE TABLE closures (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL,
  library_id TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  reason TEXT NOT NULL,
  starts_at INTEGER NOT NULL,
  ends_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX closures_by_cooperative ON closures (cooperative_id, ends_at);
CREATE TABLE missed_shifts (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL,
  shift_id TEXT NOT NULL,
  library_id TEXT NOT NULL,
  responder_id TEXT NOT NULL,
  starts_at INTEGER NOT NULL,
  ends_at INTEGER NOT NULL,
  detected_at INTEGER NOT NULL,
  made_up_by TEXT,
  UNIQUE (shift_id, starts_at)
);
CREATE INDEX missed_shifts_by_cooperative ON missed_shifts (cooperative_id, starts_at);
`;
