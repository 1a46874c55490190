import { randomBytes, scrypt } from 'node:crypto';
import type { ResponderId } from '@refdesk/protocol';
import type { Library } from '../src/core/model.ts';
import { openRefdeskDatabase } from '../src/storage/node/open-refdesk-database.ts';
import { createStores } from '../src/storage/open-storage.ts';
import {
  BENCH_COOPERATIVE,
  BENCH_LIBRARY,
  BENCH_ORIGIN,
  BENCH_PASSWORD,
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

function benchLibrary(): Library {
  return {
    id: BENCH_LIBRARY,
    cooperativeId: BENCH_COOPERATIVE,
    groupId: null,
    name: 'Bench Public Library',
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
 * Writes the bench cooperative into a SQLite file before the server opens it: one library that
 * allows {@link BENCH_ORIGIN}, and `responders` librarians who may each hold `maxChats` chats.
 * Does nothing when the file already has them.
 *
 * @example
 * await seedBench('/tmp/bench/refdesk.db', { responders: 100, maxChats: 10 });
 */
export async function seedBench(
  dataPath: string,
  options: { responders: number; maxChats: number },
): Promise<void> {
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
      stores.directory.insertLibrary(benchLibrary());
      for (let index = 0; index < options.responders; index++) {
        const responder = {
          id: `bench-r${index}` as ResponderId,
          libraryId: BENCH_LIBRARY,
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
