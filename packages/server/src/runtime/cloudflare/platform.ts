// Ids and password hashing with web-standard APIs only (crypto.getRandomValues, btoa/atob) and pure
// JavaScript scrypt, for runtimes without node:crypto: a Cloudflare Durable Object.
import { scrypt } from '@noble/hashes/scrypt.js';
import type { Clock, IdGenerator, PasswordHasher } from '../../core/ports/index.ts';

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The real clock, through the global timer functions every runtime has. */
export const webClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};

/**
 * Ids and secrets from the platform's cryptographic randomness, in the same shape as on Node:
 * `chat_` + 16 URL-safe characters, secrets of 192 bits.
 *
 * @example
 * webRandomIds.id('chat'); // 'chat_Q2x8...'
 */
export const webRandomIds: IdGenerator = {
  id: (prefix) => `${prefix}_${toBase64url(randomBytes(12))}`,
  secret: () => toBase64url(randomBytes(24)),
};

export interface ScryptCost {
  /** CPU and memory cost, a power of two: memory is 128 * N * r bytes. */
  N: number;
  r: number;
  p: number;
}

/** The cost Node uses too (32 MiB, about 0.2 s of CPU in pure JavaScript): within a Worker's limits. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
/** A stored hash may not ask for more than this (128 MiB would exceed a Worker's memory). */
const MAX_N = 2 ** 16;

/**
 * Memory-hard passwords as `scrypt$N$r$p$salt$hash` (base64url), the format of the Node runtime,
 * so a database moves between runtimes with its logins. Synchronous underneath: a Durable Object
 * does nothing else while one hash runs, so keep the cost modest.
 *
 * @example
 * const passwords = createWebScryptPasswords();
 * await passwords.verify('refdesk-demo', await passwords.hash('refdesk-demo')); // true
 */
export function createWebScryptPasswords(cost: ScryptCost = DEFAULT_SCRYPT_COST): PasswordHasher {
  const derive = (password: string, salt: Uint8Array, { N, r, p }: ScryptCost) =>
    scrypt(password, salt, { N, r, p, dkLen: KEY_LENGTH, maxmem: 256 * N * r + 1024 * 1024 });
  return {
    async hash(password) {
      const salt = randomBytes(16);
      const key = derive(password, salt, cost);
      return ['scrypt', cost.N, cost.r, cost.p, toBase64url(salt), toBase64url(key)].join('$');
    },
    async verify(password, stored) {
      const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
      const params = { N: Number(n), r: Number(r), p: Number(p) };
      const saltBytes = fromBase64url(salt ?? '');
      const expected = fromBase64url(hash ?? '');
      if (scheme !== 'scrypt' || rest.length > 0 || !saltBytes || !expected) return false;
      if (!isSane(params)) return false;
      return constantTimeEqual(derive(password, saltBytes, params), expected);
    },
  };
}

function isSane({ N, r, p }: ScryptCost): boolean {
  const whole = [N, r, p].every(Number.isInteger) && Number.isInteger(Math.log2(N));
  return whole && N > 1 && N <= MAX_N && r >= 1 && r <= 32 && p >= 1 && p <= 16;
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
