import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../migrations.ts';
import { createStores } from '../open-storage.ts';
import type { SqlDatabase } from '../sql.ts';
import { ids } from './fixtures.ts';

const TABLES = [
  'audit_log',
  'block_salts',
  'chat_search',
  'chat_search_config',
  'chat_search_content',
  'chat_search_data',
  'chat_search_docsize',
  'chat_search_idx',
  'chats',
  'closures',
  'cooperatives',
  'events',
  'follow_up_deadlines',
  'follow_up_notes',
  'follow_up_patrons',
  'follow_up_promises',
  'follow_ups',
  'group_policy_pages',
  'invitations',
  'libraries',
  'library_groups',
  'library_hours',
  'library_schedule_settings',
  'library_surveys',
  'member_referrals',
  'messages',
  'missed_shifts',
  'notification_settings',
  'password_resets',
  'patron_blocks',
  'policy_pages',
  'quality_cases',
  'quality_forwards',
  'quality_messages',
  'quality_reads',
  'quality_sample_draws',
  'quality_sample_settings',
  'quality_samples',
  'referral_emails',
  'report_chats',
  'responder_status',
  'responders',
  'retention_floors',
  'retention_settings',
  'schedule_settings',
  'schema_migrations',
  'scripts',
  'scrub_runs',
  'sessions',
  'shift_changes',
  'shifts',
  'staff_notifications',
  'surveys',
];

/** A version after every shipped one (versions may have gaps). */
const NEXT_VERSION = (MIGRATIONS.at(-1)?.version ?? 0) + 1;

/**
 * Migrations: applied once, recorded, idempotent, refusing a newer schema.
 *
 * @example
 * migrationContract(() => openNodeSqlite(':memory:'));
 */
export function migrationContract(open: () => SqlDatabase): void {
  describe('migrations', () => {
    it('applies every migration to a new database and records each version', () => {
      const db = open();
      expect(migrate(db).applied).toEqual(MIGRATIONS.map((m) => m.version));
      const recorded = db.all('SELECT version FROM schema_migrations ORDER BY version');
      expect(recorded.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
    });

    it('creates a table for every kind of record', () => {
      const db = open();
      migrate(db);
      const rows = db.all<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name",
      );
      expect(rows.map((row) => row.name)).toEqual(TABLES);
    });

    it('applies nothing when run a second time on the same database', () => {
      const db = open();
      migrate(db);
      expect(migrate(db).applied).toEqual([]);
      expect(db.get('SELECT count(*) AS n FROM schema_migrations')?.n).toBe(MIGRATIONS.length);
    });

    it('keeps existing data when the stores are created again on a migrated database', () => {
      const db = open();
      createStores(db).directory.insertCooperative({
        id: ids.cooperative('kept'),
        name: 'Kept',
        policyFreshnessDays: 1,
        disclosureTemplate: '',
        disclosures: {},
        timezone: 'UTC',
        localTimerSeconds: 30,
        groupTimerSeconds: 30,
      });
      expect(createStores(db).directory.cooperative(ids.cooperative('kept'))?.name).toBe('Kept');
    });

    it('applies only the migrations newer than the recorded version', () => {
      const db = open();
      migrate(db);
      const next = { version: NEXT_VERSION, name: 'extra', sql: 'CREATE TABLE extra (x)' };
      expect(migrate(db, [...MIGRATIONS, next]).applied).toEqual([next.version]);
    });

    it('rolls back a migration that fails, leaving it unrecorded', () => {
      const db = open();
      migrate(db);
      const broken = {
        version: NEXT_VERSION,
        name: 'broken',
        sql: 'CREATE TABLE half_done (x); CREATE TABLE chats (y)',
      };
      expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
      expect(db.get("SELECT name FROM sqlite_master WHERE name = 'half_done'")).toBeUndefined();
      expect(db.get('SELECT 1 FROM schema_migrations WHERE version = ?', broken.version)).toBe(
        undefined,
      );
    });

    it('refuses a database whose schema is newer than the code', () => {
      const db = open();
      migrate(db);
      db.run('INSERT INTO schema_migrations (version, name) VALUES (?, ?)', 999, 'future');
      expect(() => migrate(db)).toThrow(/newer than this Refdesk knows/);
    });
  });
}
