import type { CooperativeId } from '@refdesk/protocol';
import type { Context, Hono } from 'hono';
import type { Connection } from 'partyserver';
import { createTranscriptNotifier } from '../../core/notify/transcript-email.ts';
import type { Logger } from '../../core/ports/index.ts';
import type { CooperativeRoom } from '../../core/room/cooperative-room.ts';
import type { RoomConfig } from '../../core/room/room-context.ts';
import { createApp } from '../../http/app.ts';
import type { StaticAssets } from '../../http/app-deps.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { createConnectionLimiter } from '../../realtime/connection-limiter.ts';
import { restoreConnections } from '../../realtime/restore-connections.ts';
import type { RoomRegistry } from '../../realtime/room-registry.ts';
import { openDurableObjectSql } from '../../storage/cloudflare/sqlite.ts';
import { seedDemo } from '../../storage/demo-seed.ts';
import { createStores } from '../../storage/open-storage.ts';
import { openRoom } from '../create-room-deps.ts';
import { adminSetup } from './admin-setup.ts';
import { type AlarmClock, createAlarmClock } from './alarm-clock.ts';
import { createHttpMailer, type MailApiSettings } from './mailer.ts';
import { createWebScryptPasswords, webClock, webRandomIds } from './platform.ts';
import { type CloudflareSockets, createCloudflareSockets } from './sockets.ts';

export interface CooperativeOptions {
  cooperativeId: CooperativeId;
  storage: DurableObjectStorage;
  /** The sockets that are open right now: after hibernation, the ones that outlived memory. */
  connections: Iterable<Connection>;
  /** PartyServer's accept for an upgrade the app approved. */
  accept(request: Request): Promise<Response>;
  /**
   * Demo mode: seed the demo libraries and logins, under this cooperative's id, when it is
   * missing, and serve `/demo` pages (404 otherwise).
   */
  demo: boolean;
  config: RoomConfig;
  /** The HTTP mail API (REFDESK_MAIL_API_URL); undefined: emails are only logged. */
  mail: MailApiSettings | undefined;
  logger: Logger;
}

/** One cooperative as its Durable Object runs it. */
export interface CooperativeRuntime {
  app: Hono<AppEnv>;
  sockets: CloudflareSockets;
  clock: AlarmClock;
  /** Undefined when this object's database holds no such cooperative (nothing provisioned). */
  room: CooperativeRoom | undefined;
  /** Answers the admin API (`POST /api/admin/setup`) for this object's cooperative. */
  adminSetup(request: Request, token: string | undefined): Promise<Response>;
}

// The Worker serves the widget and console itself; nothing of them reaches a cooperative's object.
const NO_ASSETS: StaticAssets = { read: async () => undefined };
const clientAddress = (request: Request) => request.headers.get('cf-connecting-ip') ?? 'unknown';

/**
 * Builds a cooperative inside its Durable Object: the same migrations and stores over the
 * object's own SQLite, the same room and Hono app as on Node. The room rebuilds from storage, and
 * sockets that outlived a hibernation are put back into it.
 *
 * @example
 * this.cooperative = await startCloudflareCooperative({ cooperativeId: this.name, storage: ctx.storage, ... });
 */
export async function startCloudflareCooperative(
  options: CooperativeOptions,
): Promise<CooperativeRuntime> {
  const { cooperativeId, storage, logger } = options;
  const clock = createAlarmClock(webClock, (at) => void storage.setAlarm(at));
  const passwords = createWebScryptPasswords();
  const stores = createStores(openDurableObjectSql(storage));
  if (options.demo) {
    const hashPassword = (password: string) => passwords.hash(password);
    await seedDemo(stores, { hashPassword, now: clock.now(), cooperativeId });
  }
  const mailer = createHttpMailer(options.mail, logger);
  const notifier = createTranscriptNotifier({ stores, mailer, logger });
  const wiring = {
    stores,
    notifier,
    mailer,
    logger,
    clock,
    ids: webRandomIds,
    config: options.config,
  };
  const room = openRoom(cooperativeId, wiring);
  const rooms: RoomRegistry = {
    roomFor: (id) => (id === cooperativeId ? room : undefined),
    rooms: () => (room ? [room] : []),
  };
  const sockets = createCloudflareSockets({
    accept: options.accept,
    clientAddress,
    connections: createConnectionLimiter(clock),
    logger,
  });
  const guardDeps = {
    clock,
    directory: stores.directory,
    rooms,
    logger,
    accounts: stores.accounts,
  };
  const surviving = [...options.connections];
  if (room && surviving.length === 0) room.start();
  else
    sockets.restore(surviving, (found) => (room ? restoreConnections(guardDeps, room, found) : []));
  const app = createApp({
    stores,
    rooms,
    clock,
    ids: webRandomIds,
    passwords,
    assets: NO_ASSETS,
    upgrade: sockets.upgrade,
    closeResponderSockets: sockets.closeResponder,
    logger,
    mailer,
    clientAddress: (c: Context) => clientAddress(c.req.raw),
    demo: options.demo,
  });
  const setUp = (request: Request, token: string | undefined) =>
    adminSetup(request, { token, cooperativeId, stores, passwords, ids: webRandomIds, logger });
  return { app, sockets, clock, room, adminSetup: setUp };
}
