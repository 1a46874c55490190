import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { CooperativeId } from '@refdesk/protocol';
import type { Context } from 'hono';
import { toLogger } from '../../core/logging/to-logger.ts';
import { createTranscriptNotifier } from '../../core/notify/transcript-email.ts';
import type {
  Clock,
  IdGenerator,
  LoggerInput,
  Mailer,
  PasswordHasher,
} from '../../core/ports/index.ts';
import { createApp } from '../../http/app.ts';
import type { AppDeps } from '../../http/app-deps.ts';
import {
  createRequestNetwork,
  type ProxySettings,
  peerAddress,
} from '../../http/request-network.ts';
import {
  type ConnectionLimits,
  createConnectionLimiter,
  DEFAULT_CONNECTION_LIMITS,
} from '../../realtime/connection-limiter.ts';
import { createRoomRegistry } from '../../realtime/room-registry.ts';
import { seedDemo } from '../../storage/demo-seed.ts';
import { acquireDataLock } from '../../storage/node/data-lock.ts';
import { DatabaseFileError } from '../../storage/node/database-file.ts';
import {
  type OpenRefdeskOptions,
  openRefdeskDatabase,
} from '../../storage/node/open-refdesk-database.ts';
import type { NodeSqliteDatabase } from '../../storage/node/sqlite.ts';
import { createStores, type Stores } from '../../storage/open-storage.ts';
import type { RoomConfigOverrides } from '../create-room-deps.ts';
import { openRoom } from '../create-room-deps.ts';
import { createNodeAssets } from './assets.ts';
import { gateMailer } from './gated-mailer.ts';
import { mailerOrDefault } from './mailer.ts';
import { createNodeMetrics } from './metrics.ts';
import { createOutputGate } from './output-gate.ts';
import { randomIds, scryptPasswords, systemClock } from './platform.ts';
import { createNodeSockets } from './sockets.ts';

export interface NodeServerOptions {
  port: number;
  host: string;
  /** Path of the SQLite file, or `:memory:`. */
  dataPath: string;
  /**
   * Demo mode: seed the demo cooperative when the database has none, and serve the `/demo` pages
   * (otherwise they answer 404).
   */
  seed: boolean;
  /**
   * What a missing database file means (default `create`: the demo). A file that exists must be a
   * Refdesk database in good health (storage/node/open-refdesk-database.ts).
   */
  missing?: OpenRefdeskOptions['missing'];
  /** Runs on the opened stores before the server listens; throwing stops the start. */
  check?(stores: Stores): void;
  /** A full Logger (runtime/node/logger.ts), or any object with `info` and `error`. */
  logger: LoggerInput;
  room?: RoomConfigOverrides;
  clock?: Clock;
  ids?: IdGenerator;
  passwords?: PasswordHasher;
  /** Sockets per client address (default {@link DEFAULT_CONNECTION_LIMITS}); `false`: no limit. */
  connectionLimits?: ConnectionLimits | false;
  /** Multiplies every socket's frame-rate limit (default 1; a capacity benchmark raises it). */
  socketRateScale?: number;
  /** Default: nodemailer over `SMTP_URL`, or the log when it is unset. */
  mailer?: Mailer;
  /** `REFDESK_TRUST_PROXY` and `REFDESK_PUBLIC_URL` (default: no proxy trusted, the request's URL). */
  proxy?: ProxySettings;
  /** Overrides of the sign-in and password-hashing limits. */
  limits?: AppDeps['limits'];
  /**
   * `/metrics` (default: on, loopback only). `token` (`REFDESK_METRICS_TOKEN`) lets remote
   * scrapers in with `Authorization: Bearer`; `false` turns metrics off.
   */
  metrics?: { token?: string | undefined } | false;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Graceful: sockets get "going away", the database is closed. Safe to call again. */
  close(): Promise<void>;
}

const packagesDir = join(import.meta.dirname, '..', '..', '..', '..');

/**
 * Starts Refdesk on Node: one process, every cooperative room, one SQLite file.
 *
 * @example
 * const server = await startNodeServer({ port: 8787, host: '127.0.0.1', dataPath: 'data/refdesk.db', seed: true, logger });
 */
export async function startNodeServer(options: NodeServerOptions): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const passwords = options.passwords ?? scryptPasswords;
  const logger = toLogger(options.logger);
  // One server per file: a second one would split the cooperative (storage/node/data-lock.ts).
  const inMemory = options.dataPath === ':memory:';
  const missing = options.missing ?? 'create';
  if (!inMemory && missing !== 'create' && !existsSync(options.dataPath)) {
    // Refused before taking the lock, which would leave a lock file (and folders) behind.
    throw new DatabaseFileError(
      'missing',
      `There is no database at ${options.dataPath}: ${missing.refuse}`,
    );
  }
  const lock = inMemory ? undefined : acquireDataLock(options.dataPath, 'server');
  let db: NodeSqliteDatabase;
  let stores: Stores;
  try {
    db = openRefdeskDatabase(options.dataPath, {
      durability: 'group',
      missing,
    });
    try {
      stores = createStores(db);
      options.check?.(stores);
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    lock?.release();
    throw error;
  }
  // Nothing leaves the process before the writes it may depend on are on disk; one fsync covers
  // every frame of a busy moment (runtime/node/output-gate.ts).
  const gate = createOutputGate(() => db.sync());
  const mail = mailerOrDefault(options.mailer, logger);
  // Mail, too, leaves only once what it is about is on disk.
  const mailer = gateMailer(mail.mailer, gate);
  const notifier = createTranscriptNotifier({ stores, mailer, logger });
  if (options.seed)
    await seedDemo(stores, { hashPassword: (p) => passwords.hash(p), now: clock.now() });
  const metrics =
    options.metrics === false
      ? undefined
      : createNodeMetrics({ rooms: () => rooms.rooms(), now: () => clock.now() });
  const wiring = {
    stores,
    notifier,
    mailer,
    logger: options.logger,
    clock,
    ids,
    ...(metrics ? { metrics } : {}),
    ...(options.room ? { config: options.room } : {}),
  };
  const rooms = createRoomRegistry((cooperativeId: CooperativeId) =>
    openRoom(cooperativeId, wiring),
  );
  // Every room starts now, so chats that were live before a restart resume their timers.
  for (const row of db.all<{ id: string }>('SELECT id FROM cooperatives')) {
    rooms.roomFor(row.id as CooperativeId);
  }
  const network = createRequestNetwork(options.proxy);
  const peer = (c: Context) => peerAddress(getConnInfo(c).remote.address);
  const clientAddress = (c: Context) => network.clientAddress(c.req.raw, peer(c));
  const limits = options.connectionLimits ?? DEFAULT_CONNECTION_LIMITS;
  const sockets = createNodeSockets({
    gate,
    ...(limits ? { connections: createConnectionLimiter(clock, limits) } : {}),
    rateScale: options.socketRateScale ?? 1,
    clientAddress,
    logger,
    ...(metrics
      ? {
          onCount: metrics.socket,
          ackLatency: (seconds: number) => metrics.observe('refdesk_ack_latency_seconds', seconds),
        }
      : {}),
  });
  const app = createApp({
    stores,
    rooms,
    clock,
    ids,
    passwords,
    upgrade: sockets.upgrade,
    closeResponderSockets: sockets.closeResponder,
    logger,
    mailer,
    clientAddress,
    publicOrigin: (c) => network.publicOrigin(c.req.raw, peer(c)),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(metrics
      ? {
          metrics,
          metricsEndpoint: {
            render: metrics.render,
            token: options.metrics ? options.metrics.token : undefined,
          },
        }
      : {}),
    demo: options.seed,
    assets: createNodeAssets([
      { prefix: '/widget', strip: '/', directory: join(packagesDir, 'widget', 'dist') },
      { prefix: '/console/', directory: join(packagesDir, 'console', 'dist') },
    ]),
  });
  // A response waits until the writes of its request are durable.
  const fetch = async (request: Request, env: unknown) => {
    const response = await app.fetch(request, env);
    await gate.settled();
    return response;
  };
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch, port: options.port, hostname: options.host }, () =>
      resolve(started),
    );
  });
  sockets.attach(server as Server, fetch);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  // Closing twice (a signal during shutdown, a test's cleanup) waits for the one close.
  let closing: Promise<void> | undefined;
  return {
    url: `http://${options.host}:${port}`,
    port,
    close() {
      closing ??= (async () => {
        for (const room of rooms.rooms()) room.stop();
        sockets.closeAll();
        await gate.settled();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        mail.close();
        db.close();
        lock?.release();
      })();
      return closing;
    },
  };
}
