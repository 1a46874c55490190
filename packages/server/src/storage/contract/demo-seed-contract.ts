import { CooperativeIdSchema, LibraryIdSchema, POLICY_SECTION_KEYS } from '@refdesk/protocol';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEMO_COOPERATIVE_ID, DEMO_PASSWORD, seedDemo } from '../demo-seed.ts';
import { createStores } from '../open-storage.ts';
import type { SqlDatabase } from '../sql.ts';

const options = {
  hashPassword: async (password: string) => `hashed:${password}`,
  now: 1_700_000_000_000,
};
const springfield = v.parse(LibraryIdSchema, 'springfield');
const shelbyville = v.parse(LibraryIdSchema, 'shelbyville');
const EMAILS = [
  'ana@springfield.example',
  'ben@shelbyville.example',
  'cora@springfield.example',
  'dev@coop.example',
  'qa@coop.example',
];

const counts = (db: SqlDatabase) =>
  ['cooperatives', 'libraries', 'responders', 'policy_pages', 'scripts'].map(
    (table) => db.get(`SELECT count(*) AS n FROM ${table}`)?.n,
  );

/**
 * The demo seed: complete, idempotent, with working logins.
 *
 * @example
 * demoSeedContract(() => openNodeSqlite(':memory:'));
 */
export function demoSeedContract(open: () => SqlDatabase): void {
  describe('demo seed', () => {
    it('seeds the demo cooperative with two libraries of one group', async () => {
      const stores = createStores(open());
      expect(await seedDemo(stores, options)).toEqual({ seeded: true });
      expect(stores.directory.cooperative(DEMO_COOPERATIVE_ID)?.name).toBe(
        'Demo Public Cooperative',
      );
      const libraries = stores.directory.librariesOf(DEMO_COOPERATIVE_ID);
      expect(libraries.map((l) => [l.id, l.groupId, l.settings.colour])).toEqual([
        ['shelbyville', 'simpsons-county', '#047857'],
        ['springfield', 'simpsons-county', '#1d4ed8'],
      ]);
    });

    it('does nothing when run again', async () => {
      const stores = createStores(open());
      await seedDemo(stores, options);
      const before = counts(stores.db);
      expect(await seedDemo(stores, options)).toEqual({ seeded: false });
      expect(counts(stores.db)).toEqual(before);
    });

    it('seeds the demo under another cooperative id when asked, libraries and scripts included', async () => {
      const stores = createStores(open());
      const other = v.parse(CooperativeIdSchema, 'demo-elsewhere');
      expect(await seedDemo(stores, { ...options, cooperativeId: other })).toEqual({
        seeded: true,
      });
      expect(stores.directory.cooperative(DEMO_COOPERATIVE_ID)).toBeUndefined();
      expect(stores.directory.librariesOf(other).map((library) => library.id)).toEqual([
        'shelbyville',
        'springfield',
      ]);
      const ana = stores.accounts.accountByEmail('ana@springfield.example')?.responder;
      if (!ana) throw new Error('no demo login for Ana');
      expect(stores.scripts.scriptsVisibleTo(ana, other).length).toBeGreaterThan(0);
    });

    it('creates a login for every demo responder with the hashed demo password', async () => {
      const stores = createStores(open());
      await seedDemo(stores, options);
      for (const email of EMAILS) {
        const account = stores.accounts.accountByEmail(email.toUpperCase());
        expect(account?.passwordHash, email).toBe(`hashed:${DEMO_PASSWORD}`);
        expect(account?.responder.maxChats).toBe(3);
      }
      expect(stores.accounts.accountByEmail('cora@springfield.example')?.responder.roles).toEqual([
        'library_admin',
        'librarian',
      ]);
    });

    it('gives each library a policy page that fills every section, differently', async () => {
      const stores = createStores(open());
      await seedDemo(stores, options);
      const a = stores.policies.policyPage(springfield);
      const b = stores.policies.policyPage(shelbyville);
      for (const key of POLICY_SECTION_KEYS) {
        expect(a?.sections[key], key).toBeTruthy();
        expect(b?.sections[key], key).toBeTruthy();
        expect(a?.sections[key], key).not.toBe(b?.sections[key]);
      }
      expect(a?.owners).toEqual(['cora@springfield.example']);
      expect(b?.owners).toEqual(['ben@shelbyville.example']);
      expect(a?.staffOnly).not.toBe('');
    });

    it('shows a responder the cooperative scripts and the scripts of both libraries', async () => {
      const stores = createStores(open());
      await seedDemo(stores, options);
      const ana = stores.accounts.accountByEmail('ana@springfield.example')?.responder;
      if (ana === undefined) throw new Error('Ana was not seeded');
      const visible = stores.scripts.scriptsVisibleTo(ana, DEMO_COOPERATIVE_ID);
      expect(visible.filter((s) => s.scope === 'cooperative').map((s) => s.title)).toContain(
        'Greeting',
      );
      expect(new Set(visible.filter((s) => s.scope === 'library').map((s) => s.libraryId))).toEqual(
        new Set([springfield, shelbyville]),
      );
    });
  });
}
