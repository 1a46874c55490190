// The admin API a Cloudflare deployment answers at POST /api/admin/setup (refdesk init --remote),
// here over Node's SQLite: the same stores, the same handler. The Worker end to end, with the CLI,
// is in admin-setup-cloudflare.test.ts.

import type { CooperativeId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createJsonLogger } from '../src/core/logging/json-logger.ts';
import { ADMIN_SETUP_PATH, adminSetup } from '../src/runtime/cloudflare/admin-setup.ts';
import { randomIds, scryptPasswords } from '../src/runtime/node/platform.ts';
import { openNodeSqlite } from '../src/storage/node/sqlite.ts';
import { createStores } from '../src/storage/open-storage.ts';

const TOKEN = 'a-long-admin-token-for-tests';
const SETUP = {
  cooperativeName: 'Valley Libraries',
  timezone: 'America/Denver',
  coordinatorEmail: 'Ops@Valley.example',
  password: 'correct horse battery',
};

function deployment({ token }: { token: string | undefined } = { token: TOKEN }) {
  const stores = createStores(openNodeSqlite(':memory:'));
  const lines: string[] = [];
  const logger = createJsonLogger({ write: (line) => lines.push(line), now: () => 0 });
  const deps = {
    token,
    cooperativeId: 'valley' as CooperativeId,
    stores,
    passwords: scryptPasswords,
    ids: randomIds,
    logger,
  };
  const post = (body: unknown, authorization = `Bearer ${TOKEN}`, method = 'POST') =>
    adminSetup(
      new Request(`https://ask.valley.example${ADMIN_SETUP_PATH}`, {
        method,
        headers: { authorization, 'content-type': 'application/json' },
        ...(method === 'POST'
          ? { body: typeof body === 'string' ? body : JSON.stringify(body) }
          : {}),
      }),
      deps,
    );
  return { stores, post, lines };
}

describe('POST /api/admin/setup', () => {
  it('creates the cooperative of the hostname, its office and a coordinator who can sign in', async () => {
    const { stores, post } = deployment();
    const response = await post(SETUP);
    expect(response.status).toBe(201);
    const made = (await response.json()) as Record<string, Record<string, string>>;
    expect(made.cooperative).toEqual({
      id: 'valley',
      name: 'Valley Libraries',
      timezone: 'America/Denver',
    });
    expect(made.library).toEqual({
      id: 'valley-libraries-office',
      name: 'Valley Libraries office',
    });
    const account = stores.accounts.accountByEmail('ops@valley.example');
    expect(account?.responder.roles).toEqual(['coordinator']);
    expect(await scryptPasswords.verify(SETUP.password, account?.passwordHash ?? '')).toBe(true);
  });

  it('does it once: a second setup is a conflict and changes nothing', async () => {
    const { stores, post } = deployment();
    expect((await post(SETUP)).status).toBe(201);
    const again = await post({ ...SETUP, coordinatorEmail: 'other@valley.example' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'conflict' } });
    expect(stores.accounts.accountByEmail('other@valley.example')).toBeUndefined();
  });

  it('refuses a missing or wrong token with 401, and logs the refusal', async () => {
    const { stores, post, lines } = deployment();
    expect((await post(SETUP, '')).status).toBe(401);
    expect((await post(SETUP, `Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await post(SETUP, TOKEN)).status).toBe(401);
    expect(stores.directory.cooperative('valley' as CooperativeId)).toBeUndefined();
    expect(lines.filter((line) => line.includes('"admin.refused"'))).toHaveLength(3);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('does not exist where no admin token is configured', async () => {
    const { post } = deployment({ token: undefined });
    expect((await post(SETUP, 'Bearer ')).status).toBe(404);
    expect((await post(SETUP, 'Bearer undefined')).status).toBe(404);
  });

  it('answers bad bodies with the field at fault', async () => {
    const { post } = deployment();
    const short = await post({ ...SETUP, password: 'short' });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({
      error: { message: expect.stringMatching(/^password: /) },
    });
    const zone = await post({ ...SETUP, timezone: 'Mars/Olympus' });
    expect(zone.status).toBe(400);
    expect(await zone.json()).toMatchObject({
      error: { message: expect.stringMatching(/^timezone: /) },
    });
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ ...SETUP, cooperativeName: 'x'.repeat(20_000) })).status).toBe(413);
  });
});
