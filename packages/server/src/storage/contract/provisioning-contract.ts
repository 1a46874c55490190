import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../migrations.ts';
import { createStores } from '../open-storage.ts';
import type { SqlDatabase } from '../sql.ts';
import { COOP, cooperative, ids, LIB, library, OTHER_COOP, openWithDirectory } from './fixtures.ts';

/**
 * Provisioning: cooperatives edited, groups as rows, libraries disabled, and the migration that
 * turned bare group names into groups.
 *
 * @example
 * provisioningContract(() => openNodeSqlite(':memory:'));
 */
export function provisioningContract(open: () => SqlDatabase): void {
  describe('provisioning in the directory store', () => {
    it('reads back a cooperative edit, disclosures per language included', () => {
      const { directory } = openWithDirectory(open);
      const edited = cooperative({
        name: 'Coop A (renamed)',
        timezone: 'America/Toronto',
        localTimerSeconds: 10,
        groupTimerSeconds: 5,
        disclosures: { fr: 'Une bibliothécaire de {responderLibrary}', es: 'Una bibliotecaria' },
      });
      directory.updateCooperative(edited);
      expect(directory.cooperative(COOP)).toEqual(edited);
      expect(() =>
        directory.updateCooperative(cooperative({ id: ids.cooperative('ghost') })),
      ).toThrow(/no row ghost/);
    });

    it('lists every cooperative by name', () => {
      const { directory } = openWithDirectory(open);
      expect(directory.cooperatives().map((c) => c.id)).toEqual([COOP, OTHER_COOP]);
    });

    it('stores groups per cooperative, lists them by name and renames them', () => {
      const { directory } = openWithDirectory(open);
      const west = { id: ids.group('west'), cooperativeId: COOP, name: 'West' };
      const east = { id: ids.group('east'), cooperativeId: COOP, name: 'East Valley' };
      const other = { id: ids.group('north'), cooperativeId: OTHER_COOP, name: 'North' };
      for (const group of [west, east, other]) directory.insertGroup(group);
      expect(directory.groupsOf(COOP)).toEqual([east, west]);
      expect(directory.groupsOf(OTHER_COOP)).toEqual([other]);
      directory.updateGroup({ ...west, name: 'West Side' });
      expect(directory.group(west.id)?.name).toBe('West Side');
      expect(directory.group(ids.group('nope'))).toBeUndefined();
      expect(() => directory.insertGroup({ ...west, name: 'Twin' })).toThrow();
    });

    it('stores group scripts and refuses one without a group', () => {
      const { scripts } = openWithDirectory(open);
      const county = {
        id: 'g1',
        cooperativeId: COOP,
        scope: 'group' as const,
        libraryId: null,
        groupId: ids.group('county'),
        responderId: null,
        title: 'County card',
        text: 'One card for the county.',
      };
      scripts.saveScript(county);
      expect(scripts.script('g1')).toEqual(county);
      expect(() => scripts.saveScript({ ...county, id: 'g2', groupId: null })).toThrow();
    });

    it('keeps group policy page versions and refuses a save on a stale base', () => {
      const { groupPolicies } = openWithDirectory(open);
      const west = ids.group('west');
      const page = (version: number) => ({
        groupId: west,
        version,
        text: `One card for the county (v${version}).`,
        staffOnly: 'Call the hub.',
        updatedAt: version * 100,
        updatedBy: 'dev@coop.example',
      });
      expect(groupPolicies.groupPolicyPage(west)).toBeUndefined();
      expect(groupPolicies.saveGroupPolicyPage(page(1))).toBe(true);
      expect(groupPolicies.saveGroupPolicyPage(page(2))).toBe(true);
      expect(groupPolicies.saveGroupPolicyPage(page(2))).toBe(false);
      expect(groupPolicies.saveGroupPolicyPage(page(4))).toBe(false);
      expect(groupPolicies.groupPolicyPage(west)).toEqual(page(2));
    });

    it('reads back a disabled library', () => {
      const { directory } = openWithDirectory(open);
      directory.updateLibrary(library({ disabled: true }));
      expect(directory.library(LIB)?.disabled).toBe(true);
    });

    it('turns the bare group names of existing libraries into groups of their cooperative', () => {
      const db = open();
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version < 3),
      );
      db.run(
        "INSERT INTO cooperatives (id, name, policy_freshness_days, disclosure_template) VALUES ('old', 'Old', 90, '')",
      );
      for (const [id, group] of [
        ['a', 'county'],
        ['b', 'county'],
        ['c', null],
      ]) {
        db.run(
          "INSERT INTO libraries (id, cooperative_id, group_id, name, kind, timezone, staffs_cooperative, settings) VALUES (?, 'old', ?, ?, 'public', 'America/Denver', 1, '{}')",
          id ?? '',
          group ?? null,
          `Library ${id}`,
        );
      }
      db.run(
        "INSERT INTO scripts (id, cooperative_id, scope, library_id, responder_id, title, text) VALUES ('s1', 'old', 'library', 'a', NULL, 'Hours', 'Nine to five')",
      );
      const { directory, scripts } = createStores(db);
      const coop = ids.cooperative('old');
      expect(scripts.script('s1')).toEqual({
        id: 's1',
        cooperativeId: coop,
        scope: 'library',
        libraryId: ids.library('a'),
        groupId: null,
        responderId: null,
        title: 'Hours',
        text: 'Nine to five',
      });
      expect(directory.groupsOf(coop)).toEqual([
        { id: ids.group('county'), cooperativeId: coop, name: 'county' },
      ]);
      expect(directory.cooperative(coop)).toMatchObject({
        timezone: 'America/Denver',
        disclosures: {},
      });
    });
  });
}
