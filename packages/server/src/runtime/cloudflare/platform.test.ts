import { describe, expect, it } from 'vitest';
import { createWebScryptPasswords, webRandomIds } from './platform.ts';

const cheap = createWebScryptPasswords({ N: 2 ** 10, r: 8, p: 1 });

describe('passwords hashed with pure JavaScript scrypt', () => {
  it('stores the cost with the hash and salts every hash differently', async () => {
    const [first, second] = [await cheap.hash('pw'), await cheap.hash('pw')];
    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
  });

  it('refuses a wrong password', async () => {
    expect(await cheap.verify('wrong', await cheap.hash('right'))).toBe(false);
  });

  it('refuses malformed hashes and costs a Worker could not afford, without throwing', async () => {
    const good = await cheap.hash('pw');
    for (const stored of [
      '',
      'bcrypt$2b$10$whatever',
      good.replace('scrypt$1024', 'scrypt$1000'),
      good.replace('scrypt$1024', `scrypt$${2 ** 20}`),
      good.replace(/\$[\w-]{43}$/, '$not*base64'),
      `${good}$extra`,
    ]) {
      expect(await cheap.verify('pw', stored)).toBe(false);
    }
  });
});

describe('ids from web cryptography', () => {
  it('prefixes ids and makes secrets of 192 bits, URL-safe and unique', () => {
    expect(webRandomIds.id('chat')).toMatch(/^chat_[\w-]{16}$/);
    const secrets = new Set(Array.from({ length: 100 }, () => webRandomIds.secret()));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) expect(secret).toMatch(/^[\w-]{32}$/);
  });
});
