import { afterEach, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../src/core/logging/json-logger.ts';
import type { PasswordHasher } from '../src/core/ports/index.ts';
import { DEFAULT_SIGN_IN_LIMITS } from '../src/http/sign-in-limiter.ts';
import { scryptPasswords } from '../src/runtime/node/platform.ts';
import type { RunningServer } from '../src/runtime/node/server.ts';
import { requestFrom } from './support/request-from.ts';
import { startTestServer } from './support/test-server.ts';

// Attackers come through a trusted proxy at 127.0.0.2 that forwards whatever address they have.
const PROXY_ADDRESS = '127.0.0.2';
const CORA = 'cora@springfield.example';
const RIGHT = 'refdesk-demo';

/** The real scrypt hasher, recording every stored hash a password was checked against. */
function recordingHasher() {
  const checked: string[] = [];
  const hasher: PasswordHasher = {
    hash: (password) => scryptPasswords.hash(password),
    verify(password, stored) {
      checked.push(stored);
      return scryptPasswords.verify(password, stored);
    },
  };
  return { hasher, checked };
}

let server: RunningServer | undefined;
/** What the server logged: its JSON lines. */
let logged: string[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(hasher: PasswordHasher) {
  logged = [];
  server = await startTestServer(':memory:', {
    passwords: hasher,
    proxy: { trustProxy: PROXY_ADDRESS },
    logger: createJsonLogger({ write: (line) => logged.push(line), now: () => 0 }),
  });
  const url = server.url;
  return (email: string, password: string, from: string) =>
    requestFrom(`${url}/api/session`, {
      localAddress: PROXY_ADDRESS,
      headers: { 'x-forwarded-for': from },
      body: { email, password },
    }).then((response) => response.status);
}

describe('sign-in limits against a real server', () => {
  it('checks at most the per-pair limit of 100 concurrent wrong guesses and the right one', {
    timeout: 60_000,
  }, async () => {
    const { hasher, checked } = recordingHasher();
    const signIn = await start(hasher);
    const guesses = Array.from({ length: 100 }, (_, i) =>
      signIn(CORA, `guess-${i}`, '203.0.113.5'),
    );
    const statuses = await Promise.all([...guesses, signIn(CORA, RIGHT, '203.0.113.5')]);
    expect(checked.length).toBeLessThanOrEqual(DEFAULT_SIGN_IN_LIMITS.perAccountAddress);
    expect(statuses.filter((status) => status === 401).length).toBe(checked.length);
    expect(statuses.filter((status) => status === 429).length).toBe(101 - checked.length);
  });

  it('checks the unknown-email dummy hash at the cost of a real hash', {
    timeout: 30_000,
  }, async () => {
    const { hasher, checked } = recordingHasher();
    const signIn = await start(hasher);
    expect(await signIn('nobody@springfield.example', 'whatever', '203.0.113.6')).toBe(401);
    const parameters = (stored: string) => stored.split('$').slice(0, 4).join('$');
    expect(checked).toHaveLength(1);
    expect(parameters(checked[0] ?? '')).toBe(parameters(await scryptPasswords.hash('fresh')));
  });

  it('locks an address+account pair after 5 failures, and only that pair', {
    timeout: 60_000,
  }, async () => {
    const signIn = await start(recordingHasher().hasher);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push(await signIn(CORA, `guess-${i}`, '203.0.113.7'));
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect(await signIn(CORA, RIGHT, '203.0.113.7')).toBe(429);
    expect(await signIn('ana@springfield.example', RIGHT, '203.0.113.7')).toBe(200);
    expect(await signIn(CORA, RIGHT, '198.51.100.1')).toBe(200);
    const refusals = logged
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.event === 'http.refused' && line.path === '/api/session');
    expect(refusals.filter((line) => line.reason === 'wrong_password')).toHaveLength(5);
    expect(refusals.filter((line) => line.reason === 'account_address')).toEqual([
      expect.objectContaining({
        level: 'warn',
        code: 'rate_limited',
        status: 429,
        reason: 'account_address',
        email: CORA,
        address: '203.0.113.7',
      }),
    ]);
    expect(logged.join('\n')).not.toMatch(/guess-|refdesk-demo/);
  });

  it('leaves the owner signing in after 1,000 failures from many addresses', {
    timeout: 120_000,
  }, async () => {
    const signIn = await start(recordingHasher().hasher);
    const home = '192.0.2.10';
    expect(await signIn(CORA, RIGHT, home)).toBe(200);
    const attack = Promise.all(
      Array.from({ length: 1_000 }, (_, i) =>
        signIn(CORA, `guess-${i}`, `10.${i >> 8}.${i & 255}.1`),
      ),
    );
    // From the address Cora signed in from, the guessing never slows her down...
    expect(await signIn(CORA, RIGHT, home)).toBe(200);
    const statuses = await attack;
    expect(new Set(statuses)).toEqual(new Set([401, 429]));
    // ...and once it is over she gets in from a new address too, with her own one-time wait.
    expect(await signIn(CORA, RIGHT, '192.0.2.99')).toBe(200);
  });
});
