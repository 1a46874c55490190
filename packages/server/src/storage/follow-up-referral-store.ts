import { type FollowUpId, type LibraryId, MemberReferralStateSchema } from '@refdesk/protocol';
import type { FollowUpReferralStore, MemberReferralRecord } from '../core/ports/index.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';

const REFERRAL_COLUMNS =
  'follow_up_id, from_library_id, to_library_id, referred_by, referred_at, state, reason, decided_by, decided_at';

/**
 * The patron's language and consent on follow-ups, and member referrals, over SQL.
 *
 * @example
 * const referrals = createSqlFollowUpReferralStore(db);
 * referrals.recordPatron({ followUpId, locale: 'fr', consent: true, consentAt: now });
 */
export function createSqlFollowUpReferralStore(db: SqlDatabase): FollowUpReferralStore {
  return {
    recordPatron(patron) {
      db.run(
        `INSERT INTO follow_up_patrons (follow_up_id, locale, consent, consent_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (follow_up_id) DO UPDATE SET locale = excluded.locale,
           consent = excluded.consent, consent_at = excluded.consent_at`,
        patron.followUpId,
        patron.locale,
        patron.consent === null ? null : patron.consent ? 1 : 0,
        patron.consentAt,
      );
    },
    patronOf(id) {
      const row = db.get(
        'SELECT follow_up_id, locale, consent, consent_at FROM follow_up_patrons WHERE follow_up_id = ?',
        id,
      );
      if (row === undefined) return undefined;
      const r = createRowReader('follow_up_patrons', row, ['follow_up_id']);
      const consent = r.nullableNumber('consent');
      return {
        followUpId: r.text<FollowUpId>('follow_up_id'),
        locale: r.nullableText('locale'),
        consent: consent === null ? null : consent === 1,
        consentAt: r.nullableNumber('consent_at'),
      };
    },
    saveMemberReferral(referral) {
      db.run(
        `INSERT INTO member_referrals (${REFERRAL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (follow_up_id) DO UPDATE SET from_library_id = excluded.from_library_id,
           to_library_id = excluded.to_library_id, referred_by = excluded.referred_by,
           referred_at = excluded.referred_at, state = excluded.state, reason = excluded.reason,
           decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
        referral.followUpId,
        referral.fromLibraryId,
        referral.toLibraryId,
        referral.referredBy,
        referral.referredAt,
        referral.state,
        referral.reason,
        referral.decidedBy,
        referral.decidedAt,
      );
    },
    memberReferral(id) {
      const row = db.get(
        `SELECT ${REFERRAL_COLUMNS} FROM member_referrals WHERE follow_up_id = ?`,
        id,
      );
      return row === undefined ? undefined : referralFromRow(row);
    },
    referralsFrom(libraryId, limit) {
      return db
        .all(
          `SELECT ${REFERRAL_COLUMNS} FROM member_referrals WHERE from_library_id = ?
           ORDER BY referred_at DESC, follow_up_id LIMIT ?`,
          libraryId,
          limit,
        )
        .map(referralFromRow);
    },
  };
}

function referralFromRow(row: SqlRow): MemberReferralRecord {
  const r = createRowReader('member_referrals', row, ['follow_up_id']);
  return {
    followUpId: r.text<FollowUpId>('follow_up_id'),
    fromLibraryId: r.text<LibraryId>('from_library_id'),
    toLibraryId: r.text<LibraryId>('to_library_id'),
    referredBy: r.nullableText('referred_by'),
    referredAt: r.number('referred_at'),
    state: r.parse('state', MemberReferralStateSchema),
    reason: r.nullableText('reason'),
    decidedBy: r.nullableText('decided_by'),
    decidedAt: r.nullableNumber('decided_at'),
  };
}
