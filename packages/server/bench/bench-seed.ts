import { randomBytes, scrypt } from 'node:crypto';
import type { ResponderId } from '@refdesk/protocol';
import type { Library } from '../src/core/model.ts';
import { openRefdeskDatabase } from '../src/storage/node/open-refdesk-database.ts';
import { createStores } from '../src/storage/open-storage.ts';
import {
  BENCH_COOPERATIVE,
  BENCH_ORIGIN,
  BENCH_PASSWORD,
  benchGroupId,
  benchLibraryId,
  benchResponderEmail,
} from './bench-constants.ts';

// The stored hash carries its own cost, and sign-in verifies with it: N = 2^10 keeps 100 sign-ins
// at setup cheap. The server's own accounts (and what it hashes) keep N = 2^15.
const BENCH_SCRYPT_N = 2 ** 10;

function benchPasswordHash(): Promise<string> {
  const salt = randomBytes(16);
  return new Promise((resolve, reject) => {
    scrypt(BENCH_PASSWORD, salt, 32, { N: BENCH_SCRYPT_N, r: 8, p: 1 }, (error, key) => {
      if (error) reject(error);
      else
        resolve(
          [
            'scrypt',
            BENCH_SCRYPT_N,
            8,
            1,
            salt.toString('base64url'),
            key.toString('base64url'),
          ].join('$'),
        );
    });
  });
}

function benchLibrary(index: number, groupSize: number): Library {
  return {
    id: benchLibraryId(index),
    cooperativeId: BENCH_COOPERATIVE,
    groupId: groupSize > 0 ? benchGroupId(Math.floor(index / groupSize)) : null,
    name: index === 0 ? 'Bench Public Library' : `Bench Library ${index}`,
    kind: 'public',
    timezone: 'UTC',
    staffsCooperative: true,
    disabled: false,
    settings: {
      nameField: 'optional',
      emailField: 'optional',
      privacyNote: 'Benchmark traffic.',
      colour: '#1d4ed8',
      localTimerSeconds: 300,
      groupTimerSeconds: 300,
      coverage: [],
      allowedOrigins: [BENCH_ORIGIN],
      shareEarlierChats: true,
    },
  };
}

/**
 * Writes the bench cooperative into a SQLite file before the server opens it: one library (or
 * `libraries`, in groups of `groupSize`) that allows {@link BENCH_ORIGIN}, and `responders`
 * librarians who may each hold `maxChats` chats; librarian `r` works at library
 * `r % libraries`. Does nothing when the file already has them.
 *
 * @example
 * await seedBench('/tmp/bench/refdesk.db', { responders: 100, maxChats: 10 });
 * await seedBench('/tmp/bench/routing.db', { responders: 40, maxChats: 100, libraries: 20, groupSize: 5 });
 */
export async function seedBench(
  dataPath: string,
  options: { responders: number; maxChats: number; libraries?: number; groupSize?: number },
): Promise<void> {
  const libraries = options.libraries ?? 1;
  const groupSize = options.groupSize ?? 0;
  const passwordHash = await benchPasswordHash();
  const db = openRefdeskDatabase(dataPath, { missing: 'create' });
  try {
    const stores = createStores(db);
    if (stores.directory.cooperative(BENCH_COOPERATIVE)) return;
    db.transaction(() => {
      stores.directory.insertCooperative({
        id: BENCH_COOPERATIVE,
        name: 'Bench Cooperative',
        policyFreshnessDays: 180,
        disclosureTemplate:
          'A librarian from {responderLibrary} is helping on behalf of {patronLibrary}.',
        disclosures: {},
        timezone: 'UTC',
        localTimerSeconds: 300,
        groupTimerSeconds: 300,
      });
      for (let group = 0; groupSize > 0 && group * groupSize < libraries; group++)
        stores.directory.insertGroup({
          id: benchGroupId(group),
          cooperativeId: BENCH_COOPERATIVE,
          name: `Bench Group ${group}`,
        });
      for (let index = 0; index < libraries; index++)
        stores.directory.insertLibrary(benchLibrary(index, groupSize));
      for (let index = 0; index < options.responders; index++) {
        const responder = {
          id: `bench-r${index}` as ResponderId,
          libraryId: benchLibraryId(index % libraries),
          email: benchResponderEmail(index),
          displayName: `Bench Librarian ${index}`,
          roles: ['librarian' as const],
          maxChats: options.maxChats,
        };
        stores.accounts.insertAccount({ responder, passwordHash });
      }
    });
  } finally {
    db.close();
  }
}
