import type { Hono } from 'hono';
import { toLogger } from '../../src/core/logging/to-logger.ts';
import { createTranscriptNotifier } from '../../src/core/notify/transcript-email.ts';
import type { PasswordHasher } from '../../src/core/ports/index.ts';
import {
  createFakeClock,
  createSequentialIds,
  type FakeClock,
} from '../../src/core/testing/fake-clock.ts';
import { createApp } from '../../src/http/app.ts';
import type { SocketUpgrader } from '../../src/http/app-deps.ts';
import type { AppEnv } from '../../src/http/app-env.ts';
import { createRoomRegistry, type RoomRegistry } from '../../src/realtime/room-registry.ts';
import { openRoom } from '../../src/runtime/create-room-deps.ts';
import { createNodeMetrics } from '../../src/runtime/node/metrics.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/storage/demo-seed.ts';
import { openNodeSqlite } from '../../src/storage/node/sqlite.ts';
import { createStores, type Stores } from '../../src/storage/open-storage.ts';
import { seedHistory } from './app-history.ts';
import { createRecordingMailer, type RecordingMailer } from './recording-mailer.ts';

/** Who calls the API in permission tests. A patron has no cookie and comes from a library's site. */
export const ACTORS = ['anonymous', 'patron', 'ana', 'ben', 'cora', 'dev', 'qa'] as const;
export type Actor = (typeof ACTORS)[number];
export type Responder = Exclude<Actor, 'anonymous' | 'patron'>;

/** The demo logins: Ana and Cora (admin) at Springfield, Ben at Shelbyville, Dev the coordinator, Quinn QA. */
export const EMAILS: Record<Responder, string> = {
  ana: 'ana@springfield.example',
  ben: 'ben@shelbyville.example',
  cora: 'cora@springfield.example',
  dev: 'dev@coop.example',
  qa: 'qa@coop.example',
};

/** A page of Springfield's own site: an origin the demo library allows, not the app's. */
export const PATRON_ORIGIN = 'http://127.0.0.1:5173';

/** Fast and obviously fake: these tests are about permissions, not scrypt. */
export const plainPasswords: PasswordHasher = {
  hash: async (password) => `plain:${password}`,
  verify: async (password, stored) => stored === `plain:${password}`,
};

export interface Client {
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
  put(path: string, body?: unknown): Promise<Response>;
  patch(path: string, body?: unknown): Promise<Response>;
  delete(path: string): Promise<Response>;
}

export interface AppHarness {
  app: Hono<AppEnv>;
  stores: Stores;
  rooms: RoomRegistry;
  clock: FakeClock;
  mailer: RecordingMailer;
  /** Errors the app logged. */
  errors: string[];
  /** Responders whose sockets the app asked the runtime to close, in order. */
  closedSockets: string[];
  /** The seeded chats, follow-ups and scripts (see app-history.ts). */
  seed: ReturnType<typeof seedHistory>;
  /** A client acting as someone; responders are signed in through `POST /api/session`. */
  as(actor: Actor): Promise<Client>;
}

/**
 * The Hono app over `:memory:` SQLite with the demo cooperative and a little history (in demo
 * mode, serving /demo pages, unless `demo: false`), a fake
 * clock, sequential ids and a recording mailer.
 *
 * @example
 * const h = await createAppHarness();
 * const ben = await h.as('ben');
 * expect((await ben.put('/api/libraries/springfield/policy', update)).status).toBe(403);
 */
/** The bearer token the harness's `/metrics` accepts from addresses off the machine. */
export const HARNESS_METRICS_TOKEN = 'harness-metrics-token';

export interface AppHarnessOptions {
  /** Demo mode: `/demo/*` is served (default true). */
  demo?: boolean;
  /** The client address every request comes from (default 192.0.2.1, off the machine). */
  clientAddress?: string;
  /** `REFDESK_METRICS_TOKEN` (default {@link HARNESS_METRICS_TOKEN}; null: none). */
  metricsToken?: string | null;
}

export async function createAppHarness(options: AppHarnessOptions = {}): Promise<AppHarness> {
  const clock = createFakeClock();
  const ids = createSequentialIds();
  const stores = createStores(openNodeSqlite(':memory:'));
  await seedDemo(stores, { hashPassword: plainPasswords.hash, now: clock.now() });
  const seed = seedHistory(stores, clock.now());
  const mailer = createRecordingMailer();
  const errors: string[] = [];
  const closedSockets: string[] = [];
  const logger = toLogger({
    info: () => undefined,
    error: (message, data) => errors.push(`${message} ${JSON.stringify(data ?? {})}`),
  });
  const notifier = createTranscriptNotifier({ stores, mailer, logger });
  const metrics = createNodeMetrics({ rooms: () => rooms.rooms(), now: () => clock.now() });
  const wiring = {
    // Without the privacy store, so the rooms here arm no nightly scrub: HTTP tests read the
    // scheduler for coverage alone (the scrub's own tests use the room harness).
    stores: {
      directory: stores.directory,
      room: stores.room,
      feedback: stores.feedback,
      schedules: stores.schedules,
      followUps: stores.followUps,
      followUpDuties: stores.followUpDuties,
      staffNotifications: stores.staffNotifications,
      blocks: stores.blocks,
      followUpReferrals: stores.followUpReferrals,
    },
    mailer,
    notifier,
    clock,
    ids,
    logger,
    metrics,
    hashToken: (token: string) => `hash:${token}`,
  };
  const rooms = createRoomRegistry((cooperativeId) => openRoom(cooperativeId, wiring));
  const noSockets: SocketUpgrader = () => async (c) =>
    c.json({ error: { code: 'not_found', message: 'No sockets in app tests.' } }, 404);
  const app = createApp({
    stores,
    rooms,
    clock,
    ids,
    passwords: plainPasswords,
    assets: { read: async () => undefined },
    upgrade: noSockets,
    logger,
    mailer,
    clientAddress: () => options.clientAddress ?? '192.0.2.1',
    closeResponderSockets: (responderId) => closedSockets.push(responderId),
    metrics,
    metricsEndpoint: {
      render: metrics.render,
      token:
        options.metricsToken === null ? undefined : (options.metricsToken ?? HARNESS_METRICS_TOKEN),
    },
    demo: options.demo ?? true,
  });
  const clients = new Map<Actor, Client>();
  return {
    app,
    stores,
    rooms,
    clock,
    mailer,
    errors,
    closedSockets,
    seed,
    async as(actor) {
      let client = clients.get(actor);
      if (!client) {
        client = await clientFor(app, actor);
        clients.set(actor, client);
      }
      return client;
    },
  };
}

async function clientFor(app: Hono<AppEnv>, actor: Actor): Promise<Client> {
  if (actor === 'patron') return clientWith(app, { origin: PATRON_ORIGIN });
  if (actor === 'anonymous') return clientWith(app, {});
  return signedInClient(app, EMAILS[actor], DEMO_PASSWORD);
}

/**
 * A client signed in as any account (one added by a test, say), through `POST /api/session`.
 *
 * @example
 * const other = await signedInClient(h.app, 'boss@other.example', 'a long password');
 */
export async function signedInClient(
  app: Hono<AppEnv>,
  email: string,
  password: string,
): Promise<Client> {
  const response = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`${email} could not sign in: ${response.status}`);
  return clientWith(app, {
    cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    'x-csrf-token': ((await response.json()) as { csrfToken: string }).csrfToken,
  });
}

/** A client whose every request carries `base` headers (a session cookie and CSRF token, an origin). */
export function clientWith(app: Hono<AppEnv>, base: Record<string, string>): Client {
  const request: Client['request'] = (method, path, body, headers = {}) =>
    Promise.resolve(
      app.request(path, {
        method,
        headers: {
          ...base,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  return {
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    patch: (path, body) => request('PATCH', path, body),
    delete: (path) => request('DELETE', path),
  };
}

/** The JSON of a response, typed by the test. */
export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
