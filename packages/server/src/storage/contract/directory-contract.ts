import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql.ts';
import { StorageCorruptionError } from '../storage-corruption-error.ts';
import {
  COOP,
  cooperative,
  ids,
  LIB,
  library,
  OTHER_COOP,
  OTHER_LIB,
  openWithDirectory,
  RESPONDER,
  responder,
} from './fixtures.ts';

/**
 * The directory (cooperatives, libraries, responders) and accounts (logins, sessions).
 *
 * @example
 * directoryContract(() => openNodeSqlite(':memory:'));
 */
export function directoryContract(open: () => SqlDatabase): void {
  describe('directory store', () => {
    it('reads back cooperatives and libraries exactly as inserted', () => {
      const { directory } = openWithDirectory(open);
      expect(directory.cooperative(COOP)).toEqual(cooperative());
      expect(directory.library(LIB)).toEqual(library());
      expect(directory.cooperative(ids.cooperative('nope'))).toBeUndefined();
      expect(directory.library(ids.library('nope'))).toBeUndefined();
    });

    it('lists the libraries of one cooperative by name', () => {
      const { directory } = openWithDirectory(open);
      const second = library({
        id: ids.library('lib-a2'),
        name: 'Aardvark Library',
        groupId: ids.group('west'),
      });
      directory.insertLibrary(second);
      expect(directory.librariesOf(COOP)).toEqual([second, library()]);
      expect(directory.librariesOf(OTHER_COOP).map((l) => l.id)).toEqual([OTHER_LIB]);
    });

    it('stores a library update, settings included', () => {
      const { directory } = openWithDirectory(open);
      const updated = library({
        name: 'Library A (renamed)',
        staffsCooperative: true,
        settings: {
          ...library().settings,
          coverage: [],
          allowedOrigins: ['*'],
          shareEarlierChats: true,
        },
      });
      directory.updateLibrary(updated);
      expect(directory.library(LIB)).toEqual(updated);
    });

    it('refuses to update a library that does not exist', () => {
      const { directory } = openWithDirectory(open);
      expect(() => directory.updateLibrary(library({ id: ids.library('ghost') }))).toThrow(
        /no library/,
      );
    });

    it('reads responders by id and by library, without their password hash', () => {
      const { directory, accounts } = openWithDirectory(open);
      const bob = responder({
        id: ids.responder('r_bob'),
        email: 'bob@lib-a.example',
        displayName: 'Bob',
        roles: [],
      });
      accounts.insertAccount({ responder: bob, passwordHash: 'hash-bob' });
      expect(directory.responder(RESPONDER)).toEqual(responder());
      expect(directory.respondersOf(LIB)).toEqual([responder(), bob]);
      expect(directory.respondersOf(OTHER_LIB)).toEqual([]);
    });

    it('throws a clear error naming the column when stored JSON is corrupt', () => {
      const { db, directory } = openWithDirectory(open);
      db.run('UPDATE libraries SET settings = ? WHERE id = ?', '{"colour": 3}', LIB);
      expect(() => directory.library(LIB)).toThrow(StorageCorruptionError);
      expect(() => directory.library(LIB)).toThrow(/libraries\.settings \(row lib-a\)/);
    });
  });

  describe('account store', () => {
    it('finds an account by email whatever the case, with its password hash', () => {
      const { accounts } = openWithDirectory(open);
      expect(accounts.accountByEmail('ALICE@Lib-A.example')).toEqual({
        responder: responder(),
        passwordHash: 'hash-alice',
      });
      expect(accounts.accountByEmail('nobody@lib-a.example')).toBeUndefined();
    });

    it('stores emails lowercased and refuses a second account for the same email in another case', () => {
      const { accounts, directory } = openWithDirectory(open);
      const mixed = responder({ id: ids.responder('r_mixed'), email: 'Mixed.Case@Lib-A.example' });
      accounts.insertAccount({ responder: mixed, passwordHash: 'h' });
      expect(directory.responder(mixed.id)?.email).toBe('mixed.case@lib-a.example');
      const twin = responder({ id: ids.responder('r_twin'), email: 'MIXED.CASE@lib-a.example' });
      expect(() => accounts.insertAccount({ responder: twin, passwordHash: 'h' })).toThrow();
    });

    it('stores, reads and deletes sessions', () => {
      const { accounts } = openWithDirectory(open);
      const session = {
        idHash: 's1',
        responderId: RESPONDER,
        csrfToken: 'csrf',
        createdAt: 100,
        expiresAt: 200,
      };
      accounts.insertSession(session);
      expect(accounts.session('s1')).toEqual(session);
      accounts.deleteSession('s1');
      expect(accounts.session('s1')).toBeUndefined();
    });

    it('deletes the sessions expired at the given time and keeps the others', () => {
      const { accounts } = openWithDirectory(open);
      const at = (idHash: string, expiresAt: number) => ({
        idHash,
        responderId: RESPONDER,
        csrfToken: 'c',
        createdAt: 0,
        expiresAt,
      });
      accounts.insertSession(at('past', 99));
      accounts.insertSession(at('now', 100));
      accounts.insertSession(at('future', 101));
      accounts.deleteExpiredSessions(100);
      expect(accounts.session('past')).toBeUndefined();
      expect(accounts.session('now')).toBeUndefined();
      expect(accounts.session('future')?.expiresAt).toBe(101);
    });
  });
}
