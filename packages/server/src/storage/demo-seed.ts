import {
  type CooperativeId,
  CooperativeIdSchema,
  GroupIdSchema,
  type LibraryId,
  LibraryIdSchema,
  ResponderIdSchema,
  type Role,
} from '@refdesk/protocol';
import * as v from 'valibot';
import type { Library, Millis, Responder } from '../core/model.ts';
import { DEMO_POLICY_PAGES } from './demo-policy-pages.ts';
import { demoScripts } from './demo-scripts.ts';
import type { Stores } from './open-storage.ts';

export const DEMO_COOPERATIVE_ID = v.parse(CooperativeIdSchema, 'demo-public');
/** Every demo login uses this password. */
export const DEMO_PASSWORD = 'refdesk-demo';

export interface SeedDemoOptions {
  hashPassword(password: string): Promise<string>;
  now: Millis;
  /**
   * The id the demo cooperative gets (default {@link DEMO_COOPERATIVE_ID}). On Cloudflare each
   * cooperative has its own database, named by this id, so the demo can be seeded into any of them.
   */
  cooperativeId?: CooperativeId;
}

const DEMO_GROUP_ID = v.parse(GroupIdSchema, 'simpsons-county');
const springfield = v.parse(LibraryIdSchema, 'springfield');
const shelbyville = v.parse(LibraryIdSchema, 'shelbyville');

const responder = (
  id: string,
  libraryId: LibraryId,
  email: string,
  displayName: string,
  roles: Role[],
): Responder => ({
  id: v.parse(ResponderIdSchema, `demo-${id}`),
  libraryId,
  email,
  displayName,
  roles,
  maxChats: 3,
});

/** The demo logins, one per role, all with {@link DEMO_PASSWORD}. */
export const DEMO_RESPONDERS: readonly Responder[] = [
  responder('ana', springfield, 'ana@springfield.example', 'Ana Alvarez', ['librarian']),
  responder('ben', shelbyville, 'ben@shelbyville.example', 'Ben Brooks', ['librarian']),
  responder('cora', springfield, 'cora@springfield.example', 'Cora Chen', [
    'library_admin',
    'librarian',
  ]),
  responder('dev', springfield, 'dev@coop.example', 'Dev Dasgupta', ['coordinator']),
  responder('quinn', springfield, 'qa@coop.example', 'Quinn Quality', ['quality_reviewer']),
];

/**
 * Seeds the demo cooperative: two public libraries in one group, five responders (password
 * `refdesk-demo`), their policy pages and scripts. Does nothing when the demo cooperative exists.
 * Asynchronous only to hash the password; every write happens in one transaction.
 *
 * @example
 * const { seeded } = await seedDemo(stores, { hashPassword, now: clock.now() });
 */
export async function seedDemo(
  stores: Pick<Stores, 'db' | 'directory' | 'accounts' | 'policies' | 'scripts'>,
  options: SeedDemoOptions,
): Promise<{ seeded: boolean }> {
  const cooperativeId = options.cooperativeId ?? DEMO_COOPERATIVE_ID;
  if (stores.directory.cooperative(cooperativeId)) return { seeded: false };
  // One hash per login, so each gets its own salt even though the demo password is shared.
  const hashes = await Promise.all(
    DEMO_RESPONDERS.map(async (responder) => ({
      responder,
      passwordHash: await options.hashPassword(DEMO_PASSWORD),
    })),
  );
  const seeded = stores.db.transaction(() => {
    // Checked again: another caller may have seeded while the password was hashing.
    if (stores.directory.cooperative(cooperativeId)) return false;
    stores.directory.insertCooperative({
      id: cooperativeId,
      name: 'Demo Public Cooperative',
      policyFreshnessDays: 180,
      disclosureTemplate:
        'A librarian from {responderLibrary} is helping you on behalf of {patronLibrary}.',
      disclosures: {},
      timezone: 'America/Chicago',
      localTimerSeconds: 30,
      groupTimerSeconds: 30,
    });
    // On Cloudflare each cooperative has its own database, so the group id cannot collide.
    stores.directory.insertGroup({ id: DEMO_GROUP_ID, cooperativeId, name: 'Simpsons County' });
    stores.directory.insertLibrary(
      demoLibrary(cooperativeId, springfield, 'Springfield Public Library', '#1d4ed8'),
    );
    stores.directory.insertLibrary(
      demoLibrary(cooperativeId, shelbyville, 'Shelbyville Public Library', '#047857'),
    );
    for (const account of hashes) stores.accounts.insertAccount(account);
    savePolicyPage(stores, 'springfield', 'cora@springfield.example', options.now);
    savePolicyPage(stores, 'shelbyville', 'ben@shelbyville.example', options.now);
    for (const script of demoScripts(cooperativeId, { springfield, shelbyville })) {
      stores.scripts.saveScript(script);
    }
    return true;
  });
  return { seeded };
}

function demoLibrary(
  cooperativeId: CooperativeId,
  id: LibraryId,
  name: string,
  colour: string,
): Library {
  return {
    id,
    cooperativeId,
    groupId: DEMO_GROUP_ID,
    name,
    kind: 'public',
    timezone: 'America/Chicago',
    staffsCooperative: true,
    disabled: false,
    settings: {
      nameField: 'optional',
      emailField: 'optional',
      // What is kept and for how long is written by the server from the retention settings
      // (core/privacy/privacy-note.ts); the library's own note only adds to it.
      privacyNote:
        'Name and email are optional; we use your email only to send a transcript or answer a follow-up.',
      colour,
      localTimerSeconds: 30,
      groupTimerSeconds: 30,
      coverage: [],
      // An origin without a port stands for every port of that host, so the demo widget works
      // from any local dev server (the origin check in http/ and realtime/ must honour this).
      allowedOrigins: ['http://localhost', 'http://127.0.0.1'],
      shareEarlierChats: true,
    },
  };
}

function savePolicyPage(
  stores: Pick<Stores, 'policies'>,
  libraryId: keyof typeof DEMO_POLICY_PAGES,
  owner: string,
  now: Millis,
): void {
  const content = DEMO_POLICY_PAGES[libraryId];
  const saved = stores.policies.savePolicyPage({
    libraryId: v.parse(LibraryIdSchema, libraryId),
    version: 1,
    sections: { ...content.sections },
    staffOnly: content.staffOnly,
    // The demo's notes hold a guest PIN: the library's own staff only.
    staffOnlyAudience: 'home_library',
    owners: [owner],
    updatedAt: now,
    updatedBy: owner,
  });
  if (!saved) throw new Error(`seedDemo: ${libraryId} already has a policy page`);
}
