/**
 * Migration 11: follow-up promises, deadlines and reminders, the staff's notifications (badge and
 * digest) with each responder's choice, and referral emails to non-member libraries.
 */
export const SCHEMA_FOLLOW_UP_DUTIES = `
CREATE TABLE follow_up_promises (
  library_id TEXT PRIMARY KEY,
  working_days INTEGER NOT NULL CHECK (working_days BETWEEN 1 AND 30)
);

CREATE TABLE follow_up_deadlines (
  follow_up_id TEXT PRIMARY KEY REFERENCES follow_ups (id) ON DELETE CASCADE,
  due_at INTEGER NOT NULL,
  remind_at INTEGER,
  reminded_at INTEGER,
  overdue_at INTEGER
);

CREATE TABLE staff_notifications (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  library_id TEXT NOT NULL,
  responder_id TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('new_follow_up', 'referral', 'offline_question', 'reminder', 'overdue')),
  follow_up_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  digested_at INTEGER
);
CREATE INDEX staff_notifications_by_library ON staff_notifications (library_id, at);
CREATE INDEX staff_notifications_undigested ON staff_notifications (digested_at, library_id);

CREATE TABLE notification_settings (
  responder_id TEXT PRIMARY KEY,
  digest TEXT NOT NULL DEFAULT 'hourly' CHECK (digest IN ('off', 'hourly')),
  seen_at INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE referral_emails (
  follow_up_id TEXT PRIMARY KEY REFERENCES follow_ups (id) ON DELETE CASCADE,
  to_address TEXT NOT NULL,
  patron_consent INTEGER NOT NULL CHECK (patron_consent IN (0, 1)),
  status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  at INTEGER NOT NULL,
  error TEXT
);
`;
