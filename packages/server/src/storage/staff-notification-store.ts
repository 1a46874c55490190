import { NotificationDigestSchema, StaffNotificationKindSchema } from '@refdesk/protocol';
import type { StaffNotificationRecord, StaffNotificationStore } from '../core/ports/index.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';

const COLUMNS = 'id, library_id, responder_id, kind, follow_up_id, at, digested_at';
const FOR_RESPONDER = 'library_id = ? AND (responder_id IS NULL OR responder_id = ?)';

/**
 * Staff notifications (badge and digest) and each responder's notification settings over SQL.
 *
 * @example
 * const notifications = createSqlStaffNotificationStore(db);
 * notifications.countSince(libraryId, me.id, notifications.settingsOf(me.id).seenAt);
 */
export function createSqlStaffNotificationStore(db: SqlDatabase): StaffNotificationStore {
  return {
    addNotification(n) {
      db.run(
        `INSERT INTO staff_notifications (library_id, responder_id, kind, follow_up_id, at, digested_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
        n.libraryId,
        n.responderId,
        n.kind,
        n.followUpId,
        n.at,
        n.digestedAt,
      );
    },
    notificationsFor: (libraryId, responderId, limit) =>
      db
        .all(
          `SELECT ${COLUMNS} FROM staff_notifications WHERE ${FOR_RESPONDER}
           ORDER BY at DESC, id DESC LIMIT ?`,
          libraryId,
          responderId,
          limit,
        )
        .map(notificationFromRow),
    countSince(libraryId, responderId, since) {
      const row = db.get<{ n: number }>(
        `SELECT count(*) AS n FROM staff_notifications WHERE ${FOR_RESPONDER} AND at > ?`,
        libraryId,
        responderId,
        since,
      );
      return row?.n ?? 0;
    },
    settingsOf(responderId) {
      const row = db.get(
        'SELECT digest, seen_at FROM notification_settings WHERE responder_id = ?',
        responderId,
      );
      if (row === undefined) return { digest: 'hourly', seenAt: 0 };
      const r = createRowReader('notification_settings', row, []);
      return { digest: r.parse('digest', NotificationDigestSchema), seenAt: r.number('seen_at') };
    },
    setDigest(responderId, digest) {
      db.run(
        `INSERT INTO notification_settings (responder_id, digest) VALUES (?, ?)
         ON CONFLICT (responder_id) DO UPDATE SET digest = excluded.digest`,
        responderId,
        digest,
      );
    },
    markSeen(responderId, at) {
      db.run(
        `INSERT INTO notification_settings (responder_id, seen_at) VALUES (?, ?)
         ON CONFLICT (responder_id) DO UPDATE SET seen_at = max(seen_at, excluded.seen_at)`,
        responderId,
        at,
      );
    },
    undigested(libraryIds) {
      if (libraryIds.length === 0) return [];
      return db
        .all(
          `SELECT ${COLUMNS} FROM staff_notifications
           WHERE digested_at IS NULL AND library_id IN (${libraryIds.map(() => '?').join(', ')})
           ORDER BY at, id`,
          ...libraryIds,
        )
        .map(notificationFromRow);
    },
    markDigested(ids, at) {
      for (const id of ids) {
        db.run('UPDATE staff_notifications SET digested_at = ? WHERE id = ?', at, id);
      }
    },
    lastDigestAt(libraryId) {
      const row = db.get<{ at: number | null }>(
        'SELECT max(digested_at) AS at FROM staff_notifications WHERE library_id = ?',
        libraryId,
      );
      return row?.at ?? 0;
    },
  };
}

function notificationFromRow(row: SqlRow): StaffNotificationRecord {
  const r = createRowReader('staff_notifications', row, ['id']);
  return {
    id: r.number('id'),
    libraryId: r.text('library_id'),
    responderId: r.nullableText('responder_id'),
    kind: r.parse('kind', StaffNotificationKindSchema),
    followUpId: r.text('follow_up_id'),
    at: r.number('at'),
    digestedAt: r.nullableNumber('digested_at'),
  };
}
