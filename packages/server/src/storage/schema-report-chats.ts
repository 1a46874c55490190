// What a report needs of one chat, kept as the events happen (docs/reports.md, "At scale").
// Triggers on `events` fold each chat event into its chat's row exactly as core/reports/
// chat-facts.ts folds a chat's events, so a report reads one row per chat instead of the log.
// Like the events, the rows outlive the chat (a privacy scrub keeps statistics).

const TEXT = (path: string) =>
  `CASE WHEN json_type(NEW.data, '${path}') = 'text' THEN json_extract(NEW.data, '${path}') END`;

/** The backfill's reading of one chat's events: the same folding as the trigger, over the log. */
const FIRST = (kind: string, column: string, where = '') =>
  `(SELECT ${column} FROM events x WHERE x.chat_id = c.chat_id AND x.kind = '${kind}'${where} ORDER BY x.id LIMIT 1)`;
const LAST = (kind: string, column: string, where = '') =>
  `(SELECT ${column} FROM events x WHERE x.chat_id = c.chat_id AND x.kind = '${kind}'${where} ORDER BY x.id DESC LIMIT 1)`;
const HAS = (kind: string, where: string) =>
  `EXISTS (SELECT 1 FROM events x WHERE x.chat_id = c.chat_id AND x.kind = '${kind}' AND ${where})`;

/** Fills `report_chats` from the events already written (migration 18, and tests). */
export const BACKFILL_REPORT_CHATS = `
INSERT INTO report_chats (chat_id, cooperative_id, library_id, requested_at, practice, accepted_at,
  accepted_by, accepted_by_library, ended_at, outcome, reached_cooperative, told_offline)
SELECT c.chat_id, c.cooperative_id,
  coalesce(${LAST('queued', "json_extract(x.data, '$.libraryId')", ` AND json_type(x.data, '$.libraryId') = 'text'`)},
    (SELECT library_id FROM chats WHERE id = c.chat_id)),
  ${FIRST('queued', 'x.at')},
  coalesce(${LAST('queued', `json_type(x.data, '$.practice') IS 'true'`)}, 0),
  ${FIRST('accepted', 'x.at', ' AND x.actor_id IS NOT NULL')},
  ${FIRST('accepted', 'x.actor_id', ' AND x.actor_id IS NOT NULL')},
  ${FIRST(
    'accepted',
    `coalesce(CASE WHEN json_type(x.data, '$.libraryId') = 'text' THEN json_extract(x.data, '$.libraryId') END,
      (SELECT library_id FROM responders WHERE id = x.actor_id))`,
    ' AND x.actor_id IS NOT NULL',
  )},
  ${FIRST('ended', 'x.at')},
  ${LAST('ended', "json_extract(x.data, '$.outcome')", ` AND json_type(x.data, '$.outcome') = 'text'`)},
  ${HAS('rolled_up', `json_extract(x.data, '$.to') = 'cooperative'`)}
    OR ${HAS('transferred', `json_extract(x.data, '$.tier') = 'cooperative'`)},
  ${HAS('offline', '1')}
FROM (
  SELECT chat_id, min(cooperative_id) AS cooperative_id FROM events
  WHERE chat_id IS NOT NULL
    AND kind IN ('queued', 'accepted', 'rolled_up', 'transferred', 'offline', 'ended')
  GROUP BY chat_id
) c`;

/**
 * Migration 18: `report_chats`, its triggers (one per event kind a report reads), and the backfill of the chats already in the log.
 *
 * @example
 * db.exec(SCHEMA_REPORT_CHATS);
 */
export const SCHEMA_REPORT_CHATS = `
CREATE TABLE report_chats (
  chat_id TEXT PRIMARY KEY,
  cooperative_id TEXT NOT NULL,
  library_id TEXT,
  requested_at INTEGER,
  practice INTEGER NOT NULL DEFAULT 0,
  accepted_at INTEGER,
  accepted_by TEXT,
  accepted_by_library TEXT,
  ended_at INTEGER,
  outcome TEXT,
  reached_cooperative INTEGER NOT NULL DEFAULT 0,
  told_offline INTEGER NOT NULL DEFAULT 0
);
-- Covering: a report reads the period's rows from the index alone, in request order.
CREATE INDEX report_chats_by_request ON report_chats (cooperative_id, requested_at, practice,
  library_id, accepted_by_library, accepted_at, ended_at, outcome, reached_cooperative, told_offline);

CREATE TRIGGER report_chats_queued AFTER INSERT ON events
WHEN NEW.chat_id IS NOT NULL AND NEW.kind = 'queued'
BEGIN
  INSERT INTO report_chats (chat_id, cooperative_id, requested_at, practice, library_id)
  VALUES (NEW.chat_id, NEW.cooperative_id, NEW.at, json_type(NEW.data, '$.practice') IS 'true',
    coalesce(${TEXT('$.libraryId')}, (SELECT library_id FROM chats WHERE id = NEW.chat_id)))
  ON CONFLICT (chat_id) DO UPDATE SET
    requested_at = coalesce(requested_at, excluded.requested_at),
    practice = excluded.practice,
    library_id = coalesce(${TEXT('$.libraryId')}, library_id, excluded.library_id);
END;
CREATE TRIGGER report_chats_accepted AFTER INSERT ON events
WHEN NEW.chat_id IS NOT NULL AND NEW.kind = 'accepted' AND NEW.actor_id IS NOT NULL
BEGIN
  INSERT INTO report_chats (chat_id, cooperative_id, accepted_at, accepted_by, accepted_by_library)
  VALUES (NEW.chat_id, NEW.cooperative_id, NEW.at, NEW.actor_id,
    coalesce(${TEXT('$.libraryId')}, (SELECT library_id FROM responders WHERE id = NEW.actor_id)))
  ON CONFLICT (chat_id) DO UPDATE SET
    accepted_at = coalesce(accepted_at, excluded.accepted_at),
    accepted_by = CASE WHEN accepted_at IS NULL THEN excluded.accepted_by ELSE accepted_by END,
    accepted_by_library = CASE WHEN accepted_at IS NULL THEN excluded.accepted_by_library
      ELSE accepted_by_library END;
END;
CREATE TRIGGER report_chats_reached_cooperative AFTER INSERT ON events
WHEN NEW.chat_id IS NOT NULL AND (
  (NEW.kind = 'rolled_up' AND json_extract(NEW.data, '$.to') = 'cooperative')
  OR (NEW.kind = 'transferred' AND json_extract(NEW.data, '$.tier') = 'cooperative'))
BEGIN
  INSERT INTO report_chats (chat_id, cooperative_id, reached_cooperative)
  VALUES (NEW.chat_id, NEW.cooperative_id, 1)
  ON CONFLICT (chat_id) DO UPDATE SET reached_cooperative = 1;
END;
CREATE TRIGGER report_chats_offline AFTER INSERT ON events
WHEN NEW.chat_id IS NOT NULL AND NEW.kind = 'offline'
BEGIN
  INSERT INTO report_chats (chat_id, cooperative_id, told_offline)
  VALUES (NEW.chat_id, NEW.cooperative_id, 1)
  ON CONFLICT (chat_id) DO UPDATE SET told_offline = 1;
END;
CREATE TRIGGER report_chats_ended AFTER INSERT ON events
WHEN NEW.chat_id IS NOT NULL AND NEW.kind = 'ended'
BEGIN
  INSERT INTO report_chats (chat_id, cooperative_id, ended_at, outcome)
  VALUES (NEW.chat_id, NEW.cooperative_id, NEW.at, ${TEXT('$.outcome')})
  ON CONFLICT (chat_id) DO UPDATE SET
    ended_at = coalesce(ended_at, excluded.ended_at),
    outcome = coalesce(excluded.outcome, outcome);
END;
${BACKFILL_REPORT_CHATS};`;
