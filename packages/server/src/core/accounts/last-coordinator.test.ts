import type { LibraryId, ResponderId, Role } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import type { Library, Responder } from '../model.ts';
import type { AccountStore, Directory, StoredAccount } from '../ports/index.ts';
import { lastCoordinatorRefusal } from './last-coordinator.ts';

const library = { id: 'main', cooperativeId: 'coop' } as unknown as Library;
const person = (id: string, roles: Role[], disabled = false): StoredAccount =>
  ({
    responder: {
      id,
      email: `${id}@coop.example`,
      roles,
      libraryId: 'main',
    } as unknown as Responder,
    ...(disabled ? { disabledAt: 1 } : {}),
  }) as StoredAccount;

function stores(accounts: StoredAccount[]) {
  const byId = new Map(accounts.map((a) => [a.responder.id, a]));
  return {
    accounts: {
      account: (id: ResponderId) => byId.get(id),
      accountsOf: (id: LibraryId) => (id === library.id ? accounts : []),
    } as unknown as AccountStore,
    directory: { librariesOf: () => [library] } as unknown as Directory,
  };
}

describe('lastCoordinatorRefusal', () => {
  const dev = person('dev', ['coordinator']);

  it('refuses disabling or demoting the only active coordinator', () => {
    const world = stores([dev, person('old', ['coordinator'], true), person('ana', ['librarian'])]);
    expect(lastCoordinatorRefusal(world, dev.responder, library, { disabled: true })).toContain(
      'last active coordinator',
    );
    expect(
      lastCoordinatorRefusal(world, dev.responder, library, { roles: ['library_admin'] }),
    ).toContain('dev@coop.example');
  });

  it('allows it when another active coordinator remains, or when the change keeps the role', () => {
    const alone = stores([dev]);
    expect(lastCoordinatorRefusal(alone, dev.responder, library, { disabled: false })).toBe(
      undefined,
    );
    expect(
      lastCoordinatorRefusal(alone, dev.responder, library, {
        roles: ['coordinator', 'librarian'],
      }),
    ).toBe(undefined);
    const two = stores([dev, person('eve', ['coordinator'])]);
    expect(lastCoordinatorRefusal(two, dev.responder, library, { disabled: true })).toBe(undefined);
  });

  it('lets anyone who is not an active coordinator change freely', () => {
    const ana = person('ana', ['librarian']);
    expect(lastCoordinatorRefusal(stores([ana]), ana.responder, library, { disabled: true })).toBe(
      undefined,
    );
  });
});
