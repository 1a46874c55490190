import { type FollowUpId, type LibraryId, ReferralEmailStatusSchema } from '@refdesk/protocol';
import type { FollowUpDeadline, FollowUpDutyStore } from '../core/ports/index.ts';
import { FOLLOW_UP_COLUMNS, followUpFromRow } from './follow-up-row.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';

const DEADLINE_COLUMNS = ['follow_up_id', 'due_at', 'remind_at', 'reminded_at', 'overdue_at'];
const F = FOLLOW_UP_COLUMNS.map((column) => `f.${column}`).join(', ');
const marks = (ids: readonly unknown[]) => ids.map(() => '?').join(', ');

/**
 * Follow-up promises and deadlines over SQL.
 *
 * @example
 * const duties = createSqlFollowUpDutyStore(db);
 * duties.setPromise(libraryId, 3);
 */
export function createSqlFollowUpDutyStore(db: SqlDatabase): FollowUpDutyStore {
  return {
    promiseOf(libraryId) {
      const row = db.get<{ working_days: number }>(
        'SELECT working_days FROM follow_up_promises WHERE library_id = ?',
        libraryId,
      );
      return row?.working_days;
    },
    setPromise(libraryId, workingDays) {
      db.run(
        `INSERT INTO follow_up_promises (library_id, working_days) VALUES (?, ?)
         ON CONFLICT (library_id) DO UPDATE SET working_days = excluded.working_days`,
        libraryId,
        workingDays,
      );
    },
    unscheduled(libraryIds) {
      if (libraryIds.length === 0) return [];
      return db
        .all(
          `SELECT ${F} FROM follow_ups f LEFT JOIN follow_up_deadlines d ON d.follow_up_id = f.id
           WHERE f.library_id IN (${marks(libraryIds)}) AND f.status != 'closed'
             AND d.follow_up_id IS NULL
           ORDER BY f.created_at, f.id`,
          ...libraryIds,
        )
        .map(followUpFromRow);
    },
    schedule(deadline) {
      db.run(
        `INSERT INTO follow_up_deadlines (${DEADLINE_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (follow_up_id) DO UPDATE SET due_at = excluded.due_at,
           remind_at = excluded.remind_at, reminded_at = excluded.reminded_at,
           overdue_at = excluded.overdue_at`,
        deadline.followUpId,
        deadline.dueAt,
        deadline.remindAt,
        deadline.remindedAt,
        deadline.overdueAt,
      );
    },
    deadline(id) {
      const row = db.get(
        `SELECT ${DEADLINE_COLUMNS.join(', ')} FROM follow_up_deadlines WHERE follow_up_id = ?`,
        id,
      );
      return row === undefined ? undefined : deadlineFromRow(row, '');
    },
    pending(libraryIds: readonly LibraryId[]) {
      if (libraryIds.length === 0) return [];
      return db
        .all(
          `SELECT ${F}, ${DEADLINE_COLUMNS.map((c) => `d.${c} AS d_${c}`).join(', ')}
           FROM follow_ups f JOIN follow_up_deadlines d ON d.follow_up_id = f.id
           WHERE f.library_id IN (${marks(libraryIds)}) AND f.status != 'closed'
             AND (d.overdue_at IS NULL OR (d.remind_at IS NOT NULL AND d.reminded_at IS NULL))
           ORDER BY d.due_at, f.id`,
          ...libraryIds,
        )
        .map((row) => ({ followUp: followUpFromRow(row), deadline: deadlineFromRow(row, 'd_') }));
    },
    markReminded(id: FollowUpId, at) {
      db.run('UPDATE follow_up_deadlines SET reminded_at = ? WHERE follow_up_id = ?', at, id);
    },
    markOverdue(id: FollowUpId, at) {
      db.run('UPDATE follow_up_deadlines SET overdue_at = ? WHERE follow_up_id = ?', at, id);
    },
    recordReferralEmail(referral) {
      db.run(
        `INSERT INTO referral_emails (follow_up_id, to_address, patron_consent, status, at, error)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (follow_up_id) DO UPDATE SET to_address = excluded.to_address,
           patron_consent = excluded.patron_consent, status = excluded.status,
           at = excluded.at, error = excluded.error`,
        referral.followUpId,
        referral.to,
        referral.patronConsent ? 1 : 0,
        referral.status,
        referral.at,
        referral.error,
      );
    },
    referralEmail(id) {
      const row = db.get(
        'SELECT follow_up_id, to_address, patron_consent, status, at, error FROM referral_emails WHERE follow_up_id = ?',
        id,
      );
      if (row === undefined) return undefined;
      const r = createRowReader('referral_emails', row, ['follow_up_id']);
      return {
        followUpId: r.text('follow_up_id'),
        to: r.text('to_address'),
        patronConsent: r.bool('patron_consent'),
        status: r.parse('status', ReferralEmailStatusSchema),
        at: r.number('at'),
        error: r.nullableText('error'),
      };
    },
    version() {
      return db.get<{ v: number | null }>('SELECT max(rowid) AS v FROM follow_ups')?.v ?? 0;
    },
  };
}

function deadlineFromRow(row: SqlRow, prefix: string): FollowUpDeadline {
  const r = createRowReader('follow_up_deadlines', row, [`${prefix}follow_up_id`]);
  return {
    followUpId: r.text(`${prefix}follow_up_id`),
    dueAt: r.number(`${prefix}due_at`),
    remindAt: r.nullableNumber(`${prefix}remind_at`),
    remindedAt: r.nullableNumber(`${prefix}reminded_at`),
    overdueAt: r.nullableNumber(`${prefix}overdue_at`),
  };
}
