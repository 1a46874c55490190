// A new cooperative on Cloudflare, as its operator sets it up: the Worker under `wrangler dev`
// (the production Worker, no demo) with a REFDESK_ADMIN_TOKEN secret, and `refdesk init --remote`
// creating the hostname's cooperative and first coordinator, who then signs in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli-process.ts';
import { startWranglerProcess, type WranglerProcess } from './support/wrangler-process.ts';

const TOKEN = 'a-long-admin-token-for-tests';
const PASSWORD = 'correct horse battery';
let wrangler: WranglerProcess | undefined;

beforeAll(async () => {
  wrangler = await startWranglerProcess({
    vars: { REFDESK_DEMO: '0', REFDESK_COOPERATIVE: 'valley', REFDESK_ADMIN_TOKEN: TOKEN },
  });
}, 120_000);
afterAll(async () => {
  await wrangler?.stop();
});

const init = (env: Record<string, string | undefined>, email = 'ops@valley.example') =>
  runCli(
    [
      '--json',
      'init',
      '--remote',
      wrangler?.url ?? '',
      '--cooperative',
      'Valley Libraries',
      '--coordinator',
      email,
      '--timezone',
      'America/Denver',
      '--password-stdin',
    ],
    { env, input: PASSWORD },
  );

describe('refdesk init --remote against a Cloudflare deployment', { timeout: 60_000 }, () => {
  it('is refused without the admin token, and with a wrong one', async () => {
    const missing = await init({ REFDESK_ADMIN_TOKEN: undefined });
    expect(missing.code).toBe(2);
    expect(missing.stdout + missing.stderr).toContain('REFDESK_ADMIN_TOKEN is not set');
    const wrong = await init({ REFDESK_ADMIN_TOKEN: `${TOKEN}-wrong` });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout + wrong.stderr).toContain('The admin token is missing or wrong.');
  });

  it('sets up the cooperative once; its coordinator signs in on the Worker', async () => {
    const made = await init({ REFDESK_ADMIN_TOKEN: TOKEN });
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({
      cooperative: { id: 'valley', name: 'Valley Libraries', timezone: 'America/Denver' },
      coordinator: { email: 'ops@valley.example' },
    });

    const url = wrangler?.url ?? '';
    const signIn = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email: 'ops@valley.example', password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const me = await fetch(`${url}/api/me`, { headers: { cookie } });
    expect(await me.json()).toMatchObject({
      responder: { email: 'ops@valley.example', library: { id: 'valley-libraries-office' } },
    });

    const again = await init({ REFDESK_ADMIN_TOKEN: TOKEN }, 'someone@valley.example');
    expect(again.code).toBe(1);
    expect(again.stdout + again.stderr).toContain('is set up already');
  });
});
