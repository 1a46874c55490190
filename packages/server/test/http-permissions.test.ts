import type { LibraryId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import {
  ACTORS,
  type Actor,
  type AppHarness,
  createAppHarness,
  json,
} from './support/app-harness.ts';

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
}

/** Status per actor, in ACTORS order: anonymous, patron, ana, ben, cora, dev, qa. */
type Statuses = [number, number, number, number, number, number, number];

const policyUpdate = (h: AppHarness, library: string) => {
  const page = h.stores.policies.policyPage(library as LibraryId);
  if (!page) throw new Error(`no policy page for ${library}`);
  return {
    baseVersion: page.version,
    sections: { ...page.sections, alerts: 'Closed on 24 December.' },
    staffOnly: page.staffOnly,
    owners: page.owners,
  };
};
const widgetSettings = {
  nameField: 'required',
  emailField: 'optional',
  privacyNote: 'Kept 30 days.',
  colour: '#112233',
  localTimerSeconds: 20,
  groupTimerSeconds: 40,
  allowedOrigins: ['https://springfield.example'],
};
const script = (scope: string) => ({ scope, title: 'Hours', text: 'We open at 9.' });
const reply = { action: 'reply', subject: 'Your question', text: 'We found it.' };

const ROUTES: [string, (h: AppHarness) => Call, Statuses][] = [
  [
    'GET /api/libraries',
    () => ({ method: 'GET', path: '/api/libraries' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET /api/responders',
    () => ({ method: 'GET', path: '/api/responders' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET /api/scripts',
    () => ({ method: 'GET', path: '/api/scripts' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET Springfield policy page',
    () => ({ method: 'GET', path: '/api/libraries/springfield/policy' }),
    [200, 200, 200, 200, 200, 200, 200],
  ],
  [
    'GET Springfield follow-ups',
    () => ({ method: 'GET', path: '/api/libraries/springfield/follow-ups' }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'GET Shelbyville follow-ups',
    () => ({ method: 'GET', path: '/api/libraries/shelbyville/follow-ups' }),
    [401, 401, 403, 200, 403, 200, 403],
  ],
  [
    'PUT Springfield policy page',
    (h) => ({
      method: 'PUT',
      path: '/api/libraries/springfield/policy',
      body: policyUpdate(h, 'springfield'),
    }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PUT Shelbyville policy page',
    (h) => ({
      method: 'PUT',
      path: '/api/libraries/shelbyville/policy',
      body: policyUpdate(h, 'shelbyville'),
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'POST a problem with Shelbyville policy page',
    () => ({
      method: 'POST',
      path: '/api/libraries/shelbyville/policy/problems',
      body: { comment: 'Old hours' },
    }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET policy search',
    () => ({ method: 'GET', path: '/api/policy/search?q=renew' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'POST a personal script',
    () => ({ method: 'POST', path: '/api/scripts', body: script('personal') }),
    [401, 401, 201, 201, 201, 201, 201],
  ],
  [
    'POST a library script',
    () => ({ method: 'POST', path: '/api/scripts', body: script('library') }),
    [401, 401, 403, 403, 201, 201, 403],
  ],
  [
    'POST a cooperative script',
    () => ({ method: 'POST', path: '/api/scripts', body: script('cooperative') }),
    [401, 401, 403, 403, 403, 201, 403],
  ],
  [
    'PUT a Springfield script',
    () => ({
      method: 'PUT',
      path: '/api/scripts/demo-script-springfield-renewals',
      body: script('library'),
    }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PUT a Shelbyville script',
    () => ({
      method: 'PUT',
      path: '/api/scripts/demo-script-shelbyville-renewals',
      body: script('library'),
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'PUT a cooperative script',
    () => ({
      method: 'PUT',
      path: '/api/scripts/demo-script-greeting',
      body: script('cooperative'),
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'PUT Ana’s personal script',
    (h) => ({
      method: 'PUT',
      path: `/api/scripts/${h.seed.scripts.anaPersonal}`,
      body: script('personal'),
    }),
    [401, 401, 200, 404, 404, 404, 404],
  ],
  [
    'DELETE a Springfield script',
    () => ({ method: 'DELETE', path: '/api/scripts/demo-script-springfield-renewals' }),
    [401, 401, 403, 403, 204, 204, 403],
  ],
  [
    'DELETE a cooperative script',
    () => ({ method: 'DELETE', path: '/api/scripts/demo-script-greeting' }),
    [401, 401, 403, 403, 403, 204, 403],
  ],
  [
    'DELETE Ana’s personal script',
    (h) => ({ method: 'DELETE', path: `/api/scripts/${h.seed.scripts.anaPersonal}` }),
    [401, 401, 204, 404, 404, 404, 404],
  ],
  [
    'GET a Springfield follow-up',
    (h) => ({ method: 'GET', path: `/api/follow-ups/${h.seed.followUps.springfield}` }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'GET a Shelbyville follow-up',
    (h) => ({ method: 'GET', path: `/api/follow-ups/${h.seed.followUps.shelbyville}` }),
    [401, 401, 403, 200, 403, 200, 403],
  ],
  [
    'POST claim on a Springfield follow-up',
    (h) => ({
      method: 'POST',
      path: `/api/follow-ups/${h.seed.followUps.springfield}/actions`,
      body: { action: 'claim' },
    }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'POST reply on a Springfield follow-up',
    (h) => ({
      method: 'POST',
      path: `/api/follow-ups/${h.seed.followUps.springfield}/actions`,
      body: reply,
    }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'POST note on a Shelbyville follow-up',
    (h) => ({
      method: 'POST',
      path: `/api/follow-ups/${h.seed.followUps.shelbyville}/actions`,
      body: { action: 'note', text: 'Called the branch.' },
    }),
    [401, 401, 403, 200, 403, 200, 403],
  ],
  [
    'POST close on a Shelbyville follow-up',
    (h) => ({
      method: 'POST',
      path: `/api/follow-ups/${h.seed.followUps.shelbyville}/actions`,
      body: { action: 'close' },
    }),
    [401, 401, 403, 200, 403, 200, 403],
  ],
  [
    'GET Springfield widget settings',
    () => ({ method: 'GET', path: '/api/libraries/springfield/widget-settings' }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PUT Springfield widget settings',
    () => ({
      method: 'PUT',
      path: '/api/libraries/springfield/widget-settings',
      body: widgetSettings,
    }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PUT Shelbyville widget settings',
    () => ({
      method: 'PUT',
      path: '/api/libraries/shelbyville/widget-settings',
      body: widgetSettings,
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'GET a Springfield transcript Ana answered',
    (h) => ({ method: 'GET', path: `/api/chats/${h.seed.chats.byAna}` }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'GET a Springfield transcript Ben answered',
    (h) => ({ method: 'GET', path: `/api/chats/${h.seed.chats.coveredByBen}` }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET a Shelbyville transcript',
    (h) => ({ method: 'GET', path: `/api/chats/${h.seed.chats.atShelbyville}` }),
    [401, 401, 403, 200, 403, 200, 200],
  ],
  [
    'GET earlier chats from Ben’s current chat',
    (h) => ({ method: 'GET', path: `/api/chats/${h.seed.chats.current}/earlier` }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET earlier chats from Ana’s chat',
    (h) => ({ method: 'GET', path: `/api/chats/${h.seed.chats.byAna}/earlier` }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
];

const CASES = ROUTES.flatMap(([label, call, statuses]) =>
  ACTORS.map((actor, index) => [label, actor, statuses[index] ?? 0, call] as const),
);

async function send(h: AppHarness, actor: Actor, call: Call, headers?: Record<string, string>) {
  const client = await h.as(actor);
  return client.request(call.method, call.path, call.body, headers);
}

describe('who may call which route', () => {
  it.each(CASES)('%s as %s answers %i', async (_label, actor, status, call) => {
    const h = await createAppHarness();
    const response = await send(h, actor, call(h));
    expect(response.status).toBe(status);
    if (status === 401)
      expect((await json<{ error: { code: string } }>(response)).error.code).toBe('unauthorized');
    if (status === 403)
      expect((await json<{ error: { code: string } }>(response)).error.code).toBe('forbidden');
  });
});

const CHANGES = ROUTES.filter(([label]) => /^(POST|PUT|DELETE)/.test(label));

describe('cross-site request forgery', () => {
  it.each(CHANGES)(
    'refuses %s with the session cookie but without X-CSRF-Token',
    async (_label, call) => {
      const h = await createAppHarness();
      const response = await send(h, 'dev', call(h), { 'x-csrf-token': '' });
      expect(response.status).toBe(403);
      expect((await json<{ error: { code: string } }>(response)).error.code).toBe('csrf');
    },
  );

  it.each(CHANGES)('refuses %s from another site even with the token', async (_label, call) => {
    const h = await createAppHarness();
    const response = await send(h, 'dev', call(h), { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect((await json<{ error: { code: string } }>(response)).error.code).toBe('csrf');
  });
});

describe('the staff-only section of a policy page', () => {
  // The demo's staff-only texts are for each library's own staff (and the coordinator).
  const SEES_STAFF_ONLY: [Actor, string[]][] = [
    ['anonymous', []],
    ['patron', []],
    ['ana', ['springfield']],
    ['ben', ['shelbyville']],
    ['cora', ['springfield']],
    ['dev', ['springfield', 'shelbyville']],
    ['qa', ['springfield']],
  ];

  it.each(SEES_STAFF_ONLY)('is shown to %s for %j', async (actor, shown) => {
    const h = await createAppHarness();
    const client = await h.as(actor);
    for (const library of ['springfield', 'shelbyville']) {
      const page = await json(await client.get(`/api/libraries/${library}/policy`));
      expect('staffOnly' in page).toBe(shown.includes(library));
      // Owners are staff emails: for responders of the cooperative only.
      expect('owners' in page).toBe(actor !== 'anonymous' && actor !== 'patron');
    }
  });
});

describe('things that do not exist', () => {
  it.each([
    ['GET', '/api/chats/chat_nope'],
    ['GET', '/api/chats/chat_nope/earlier'],
    ['GET', '/api/follow-ups/fu_nope'],
    ['POST', '/api/follow-ups/fu_nope/actions'],
    ['PUT', '/api/scripts/script_nope'],
    ['DELETE', '/api/scripts/script_nope'],
    ['GET', '/api/libraries/atlantis/widget-settings'],
    ['PUT', '/api/libraries/atlantis/policy'],
    ['POST', '/api/libraries/atlantis/policy/problems'],
  ])('%s %s answers 404 to a coordinator', async (method, path) => {
    const h = await createAppHarness();
    const body = method === 'GET' || method === 'DELETE' ? undefined : {};
    const response = await (await h.as('dev')).request(method, path, body);
    expect(response.status).toBe(404);
  });
});
