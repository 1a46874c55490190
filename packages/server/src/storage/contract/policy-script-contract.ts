import { describe, expect, it } from 'vitest';
import type { PolicyPageRecord, ScriptRecord } from '../../core/ports/index.ts';
import type { SqlDatabase } from '../sql.ts';
import {
  COOP,
  ids,
  LIB,
  OTHER_COOP,
  OTHER_LIB,
  openWithDirectory,
  RESPONDER,
  responder,
} from './fixtures.ts';

const page = (version: number, overrides: Partial<PolicyPageRecord> = {}): PolicyPageRecord => ({
  libraryId: LIB,
  version,
  sections: { renewals: `Renew twice (v${version}).`, alerts: '' },
  staffOnly: 'Guest PIN 1234',
  staffOnlyAudience: 'home_library',
  owners: ['alice@lib-a.example'],
  updatedAt: version * 100,
  updatedBy: 'alice@lib-a.example',
  ...overrides,
});

/**
 * Policy pages (versioned, optimistic concurrency) and scripts (visibility, upsert, delete).
 *
 * @example
 * policyScriptContract(() => openNodeSqlite(':memory:'));
 */
export function policyScriptContract(open: () => SqlDatabase): void {
  describe('policy store', () => {
    it('has no page for a library until one is saved, then reads it back', () => {
      const { policies } = openWithDirectory(open);
      expect(policies.policyPage(LIB)).toBeUndefined();
      expect(policies.savePolicyPage(page(1))).toBe(true);
      expect(policies.policyPage(LIB)).toEqual(page(1));
    });

    it('keeps who may read the staff-only section with each version', () => {
      const { policies } = openWithDirectory(open);
      policies.savePolicyPage(page(1));
      policies.savePolicyPage(page(2, { staffOnlyAudience: 'cooperative' }));
      expect(policies.policyPage(LIB)?.staffOnlyAudience).toBe('cooperative');
    });

    it('returns the newest version after several saves', () => {
      const { policies } = openWithDirectory(open);
      policies.savePolicyPage(page(1));
      policies.savePolicyPage(page(2, { owners: [] }));
      expect(policies.policyPage(LIB)).toEqual(page(2, { owners: [] }));
    });

    it('refuses a save whose version already exists, keeping the first writer', () => {
      const { policies } = openWithDirectory(open);
      policies.savePolicyPage(page(1));
      expect(policies.savePolicyPage(page(2))).toBe(true);
      expect(policies.savePolicyPage(page(2, { staffOnly: 'second writer' }))).toBe(false);
      expect(policies.policyPage(LIB)?.staffOnly).toBe('Guest PIN 1234');
    });

    it('refuses a save based on a version that is not the newest', () => {
      const { policies } = openWithDirectory(open);
      expect(policies.savePolicyPage(page(2))).toBe(false);
      policies.savePolicyPage(page(1));
      policies.savePolicyPage(page(2));
      expect(policies.savePolicyPage(page(2 + 2))).toBe(false);
      expect(policies.policyPage(LIB)?.version).toBe(2);
    });

    it('keeps the versions of each library apart', () => {
      const { policies } = openWithDirectory(open);
      policies.savePolicyPage(page(1));
      expect(policies.savePolicyPage(page(1, { libraryId: OTHER_LIB }))).toBe(true);
      expect(policies.policyPage(OTHER_LIB)?.libraryId).toBe(OTHER_LIB);
    });
  });

  describe('script store', () => {
    const script = (id: string, overrides: Partial<ScriptRecord>): ScriptRecord => ({
      id,
      cooperativeId: COOP,
      scope: 'cooperative',
      libraryId: null,
      groupId: null,
      responderId: null,
      title: id,
      text: `Text of ${id}`,
      ...overrides,
    });

    it('shows a responder their personal scripts, every library script and the cooperative scripts of the cooperative', () => {
      const { scripts } = openWithDirectory(open);
      const mine = script('mine', { scope: 'personal', responderId: RESPONDER });
      const theirs = script('theirs', { scope: 'personal', responderId: ids.responder('r_bob') });
      const ownLibrary = script('own-library', { scope: 'library', libraryId: LIB });
      const otherLibrary = script('other-library', {
        scope: 'library',
        libraryId: ids.library('lib-a2'),
      });
      const shared = script('shared', {});
      const otherCoop = script('other-coop', {
        cooperativeId: OTHER_COOP,
        scope: 'library',
        libraryId: OTHER_LIB,
      });
      for (const s of [mine, theirs, ownLibrary, otherLibrary, shared, otherCoop])
        scripts.saveScript(s);
      expect(scripts.scriptsVisibleTo(responder(), COOP)).toEqual([
        mine,
        ownLibrary,
        otherLibrary,
        shared,
      ]);
    });

    it('replaces a script saved again under the same id, and deletes it', () => {
      const { scripts } = openWithDirectory(open);
      scripts.saveScript(script('s', {}));
      const edited = script('s', {
        title: 'Edited',
        text: 'New text',
        scope: 'library',
        libraryId: LIB,
      });
      scripts.saveScript(edited);
      expect(scripts.script('s')).toEqual(edited);
      scripts.deleteScript('s');
      expect(scripts.script('s')).toBeUndefined();
    });

    it('refuses a personal script without a responder', () => {
      const { scripts } = openWithDirectory(open);
      expect(() => scripts.saveScript(script('bad', { scope: 'personal' }))).toThrow();
    });
  });
}
