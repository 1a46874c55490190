/**
 * Migration 15: what a follow-up keeps of its patron (language for the acknowledgement, consent
 * to pass their email on) and referrals between member libraries with their answer.
 */
export const SCHEMA_FOLLOW_UP_REFERRALS = `
CREATE TABLE follow_up_patrons (
  follow_up_id TEXT PRIMARY KEY REFERENCES follow_ups (id) ON DELETE CASCADE,
  locale TEXT,
  consent INTEGER CHECK (consent IN (0, 1)),
  consent_at INTEGER
);

CREATE TABLE member_referrals (
  follow_up_id TEXT PRIMARY KEY REFERENCES follow_ups (id) ON DELETE CASCADE,
  from_library_id TEXT NOT NULL,
  to_library_id TEXT NOT NULL,
  referred_by TEXT,
  referred_at INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'returned')),
  reason TEXT,
  decided_by TEXT,
  decided_at INTEGER
);
CREATE INDEX member_referrals_from ON member_referrals (from_library_id, referred_at);
`;
