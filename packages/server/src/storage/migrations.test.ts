import {
  BlockAddressSchema,
  BlockScopeSchema,
  BlockStatusSchema,
  ChatStateSchema,
  FollowUpSourceSchema,
  FollowUpStatusSchema,
  LibraryKindSchema,
  MemberReferralStateSchema,
  QualitySourceSchema,
  ReferralEmailStatusSchema,
  ReviewStateSchema,
  SamplePeriodSchema,
  ScriptScopeSchema,
  ShiftChangeKindSchema,
  ShiftKindSchema,
  StaffNotificationKindSchema,
} from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations.ts';

/** The text columns a CHECK constrains to a list of words, and the protocol picklist they store. */
const VOCABULARY_COLUMNS: Record<string, readonly string[]> = {
  'libraries.kind': LibraryKindSchema.options,
  'chats.state': ChatStateSchema.options,
  'follow_ups.source': FollowUpSourceSchema.options,
  'follow_ups.status': FollowUpStatusSchema.options,
  'scripts.scope': ScriptScopeSchema.options,
  'quality_cases.source': QualitySourceSchema.options,
  'quality_cases.state': ReviewStateSchema.options,
  'shifts.kind': ShiftKindSchema.options,
  'patron_blocks.scope': BlockScopeSchema.options,
  'patron_blocks.status': BlockStatusSchema.options,
  'staff_notifications.kind': StaffNotificationKindSchema.options,
  'referral_emails.status': ReferralEmailStatusSchema.options,
  'shift_changes.kind': ShiftChangeKindSchema.options,
  'patron_blocks.address': BlockAddressSchema.options,
  'quality_sample_settings.period': SamplePeriodSchema.options,
  'member_referrals.state': MemberReferralStateSchema.options,
};

describe('migrations', () => {
  it('are numbered from 1, in increasing order (each issue owns its numbers, so gaps are fine)', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('use only SQL that Durable Object storage accepts: no PRAGMA, ATTACH, version probes or explicit transactions', () => {
    for (const { sql } of MIGRATIONS) {
      expect(sql).not.toMatch(/\b(PRAGMA|ATTACH|DETACH|sqlite_version|COMMIT|SAVEPOINT|VACUUM)\b/i);
      // BEGIN only as the body of a CREATE TRIGGER, never a statement of its own.
      expect(sql).not.toMatch(/(^|;)\s*BEGIN\b/i);
    }
  });

  it('constrain each vocabulary column to exactly the words of its protocol picklist', () => {
    const found: Record<string, string[]> = {};
    for (const { sql } of MIGRATIONS) {
      for (const [, table = '', body = ''] of sql.matchAll(
        /CREATE TABLE (\w+) \(([\s\S]*?)\n\);/g,
      )) {
        for (const [, column, words = ''] of body.matchAll(
          /(\w+) TEXT NOT NULL CHECK \(\1 IN \(([^)]*)\)\)/g,
        )) {
          found[`${table}.${column}`] = [...words.matchAll(/'([^']*)'/g)].map(
            (match) => match[1] ?? '',
          );
        }
      }
    }
    expect(found).toEqual(VOCABULARY_COLUMNS);
  });
});
