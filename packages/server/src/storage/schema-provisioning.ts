/**
 * Migration 3: what provisioning needs. Cooperatives gain a time zone, default tier timers and
 * their disclosure per language; libraries can be disabled; groups become rows of their own,
 * made from the bare group names libraries carried until now (a group's name starts as its id),
 * groups get a policy page of their own, and scripts gain the group scope (SQLite cannot change a CHECK: the table is rebuilt).
 *
 * `libraries.group_id` keeps no foreign key (SQLite cannot add one to an existing column): the
 * core checks a group belongs to the library's cooperative before any library names it.
 *
 * @example
 * db.exec(SCHEMA_PROVISIONING);
 */
export const SCHEMA_PROVISIONING = `
ALTER TABLE cooperatives ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE cooperatives ADD COLUMN local_timer_seconds INTEGER NOT NULL DEFAULT 30
  CHECK (local_timer_seconds >= 0);
ALTER TABLE cooperatives ADD COLUMN group_timer_seconds INTEGER NOT NULL DEFAULT 30
  CHECK (group_timer_seconds >= 0);
ALTER TABLE cooperatives ADD COLUMN disclosures TEXT NOT NULL DEFAULT '{}'
  CHECK (json_valid(disclosures));
UPDATE cooperatives SET timezone = coalesce(
  (SELECT min(timezone) FROM libraries WHERE libraries.cooperative_id = cooperatives.id), 'UTC');

ALTER TABLE libraries ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1));

CREATE TABLE library_groups (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL REFERENCES cooperatives (id),
  name TEXT NOT NULL
);
CREATE INDEX library_groups_by_cooperative ON library_groups (cooperative_id);
INSERT INTO library_groups (id, cooperative_id, name)
  SELECT group_id, min(cooperative_id), group_id FROM libraries
  WHERE group_id IS NOT NULL GROUP BY group_id;

ALTER TABLE scripts RENAME TO scripts_before_groups;
CREATE TABLE scripts (
  id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('personal', 'library', 'group', 'cooperative')),
  library_id TEXT,
  group_id TEXT,
  responder_id TEXT,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  CHECK (scope <> 'personal' OR responder_id IS NOT NULL),
  CHECK (scope <> 'library' OR library_id IS NOT NULL),
  CHECK (scope <> 'group' OR group_id IS NOT NULL)
);
INSERT INTO scripts (id, cooperative_id, scope, library_id, responder_id, title, text)
  SELECT id, cooperative_id, scope, library_id, responder_id, title, text FROM scripts_before_groups;
DROP TABLE scripts_before_groups;
CREATE INDEX scripts_by_cooperative ON scripts (cooperative_id, scope);

CREATE TABLE group_policy_pages (
  group_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  text TEXT NOT NULL,
  staff_only TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (group_id, version)
);
`;
