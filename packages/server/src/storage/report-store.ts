import type { CooperativeId } from '@refdesk/protocol';
import type { Millis } from '../core/model.ts';
import type { ReportStore } from '../core/ports/index.ts';
import type { ReportEvent } from '../core/reports/chat-facts.ts';
import { readChatTallies } from './report-tallies.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { StorageCorruptionError } from './storage-corruption-error.ts';

// The kinds a report reads: messages (most of the log) are left out in SQL.
const CHAT_KINDS = `('queued', 'accepted', 'rolled_up', 'transferred', 'offline', 'ended')`;

const CHAT_EVENTS = `
SELECT e.id, e.chat_id, e.kind, e.actor_id, e.data, e.at, c.library_id
FROM events e LEFT JOIN chats c ON c.id = e.chat_id
WHERE e.chat_id IN (
  SELECT chat_id FROM events
  WHERE cooperative_id = ? AND kind = 'queued' AND at >= ? AND at < ?
) AND e.kind IN ${CHAT_KINDS}
ORDER BY e.id`;

// Each responder's last status before the period, then the period's changes: two index ranges
// of events_by_cooperative_kind_time, named: without statistics SQLite would rather walk
// events_by_cooperative_time, every event of the period (an OR of the two, the whole log).
const STATUS_EVENTS = `
SELECT id, chat_id, kind, actor_id, data, at, NULL AS library_id FROM events
WHERE id IN (
  SELECT max(id) FROM events
  WHERE cooperative_id = ? AND kind = 'status_changed' AND at < ?
  GROUP BY actor_id
)
UNION ALL
SELECT id, chat_id, kind, actor_id, data, at, NULL AS library_id
FROM events INDEXED BY events_by_cooperative_kind_time
WHERE cooperative_id = ? AND kind = 'status_changed' AND at >= ? AND at < ?
ORDER BY id`;

function readEvent(row: SqlRow): ReportEvent {
  const { chat_id, kind, actor_id, data, at, library_id } = row;
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(data));
  } catch {
    parsed = undefined;
  }
  if (typeof kind !== 'string' || typeof at !== 'number' || typeof parsed !== 'object' || !parsed) {
    throw new StorageCorruptionError('events', 'data', String(row.id), 'not a JSON object');
  }
  return {
    chatId: typeof chat_id === 'string' ? chat_id : null,
    kind,
    actorId: typeof actor_id === 'string' ? actor_id : null,
    data: parsed as Record<string, unknown>,
    at,
    chatLibraryId: typeof library_id === 'string' ? library_id : null,
  };
}

/**
 * The reports' reads over the events log, through the `events_by_cooperative_kind_time` index.
 *
 * @example
 * createSqlReportStore(db).chatEvents(cooperativeId, period.start, period.end);
 */
export function createSqlReportStore(db: SqlDatabase): ReportStore {
  return {
    chatEvents(cooperativeId: CooperativeId, start: Millis, end: Millis) {
      return db.all(CHAT_EVENTS, cooperativeId, start, end).map(readEvent);
    },
    statusEvents(cooperativeId: CooperativeId, start: Millis, end: Millis) {
      return db.all(STATUS_EVENTS, cooperativeId, start, cooperativeId, start, end).map(readEvent);
    },
    chatTallies: (cooperativeId, window, part) => readChatTallies(db, cooperativeId, window, part),
  };
}
