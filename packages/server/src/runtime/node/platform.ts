import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Clock, IdGenerator, PasswordHasher } from '../../core/ports/index.ts';

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

// Ids (not secrets) come from a pool refilled 256 ids at a time: one call into the OS, not one each.
const ID_BYTES = 12;
let idPool = Buffer.alloc(0);
let idOffset = 0;
function idBytes(): Buffer {
  if (idOffset >= idPool.length) {
    idPool = randomBytes(ID_BYTES * 256);
    idOffset = 0;
  }
  idOffset += ID_BYTES;
  return idPool.subarray(idOffset - ID_BYTES, idOffset);
}

/** Ids and secrets from the operating system's randomness. */
export const randomIds: IdGenerator = {
  id: (prefix) => `${prefix}_${idBytes().toString('base64url')}`,
  secret: () => randomBytes(24).toString('base64url'),
};

// scrypt with N = 2^15, r = 8: 32 MiB of memory per hash, memory-hard against GPU guessing.
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password,
      salt,
      KEY_LENGTH,
      { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** Passwords as `scrypt$N$r$p$salt$hash` (base64url), verified in constant time. */
export const scryptPasswords: PasswordHasher = {
  async hash(password) {
    const salt = randomBytes(16);
    const key = await derive(password, salt, N, R, P);
    return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
  },
  async verify(password, stored) {
    const [scheme, n, r, p, salt, hash] = stored.split('$');
    if (scheme !== 'scrypt' || !salt || !hash) return false;
    const expected = Buffer.from(hash, 'base64url');
    const key = await derive(
      password,
      Buffer.from(salt, 'base64url'),
      Number(n),
      Number(r),
      Number(p),
    );
    return expected.length === key.length && timingSafeEqual(expected, key);
  },
};
