import { join } from 'node:path';
import { serve, type WebSocketServerLike } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { CooperativeId } from '@refdesk/protocol';
import { WebSocketServer } from 'ws';
import { hashToken } from '../core/hash-token.ts';
import type { Clock, IdGenerator } from '../core/ports.ts';
import { createCooperativeRoom } from '../core/room/cooperative-room.ts';
import { DEFAULT_ROOM_CONFIG, type RoomConfig } from '../core/room/room-context.ts';
import { createApp } from '../http/app.ts';
import type { Logger, PasswordHasher } from '../http/app-deps.ts';
import { createRoomRegistry } from '../realtime/room-registry.ts';
import { openNodeSqlite } from '../storage/adapters/node-sqlite.ts';
import { seedDemo } from '../storage/demo-seed.ts';
import { createStores } from '../storage/open-storage.ts';
import { createNodeAssets } from './node-assets.ts';
import { randomIds, scryptPasswords, systemClock } from './node-platform.ts';
import { createNodeSockets } from './node-sockets.ts';

export interface NodeServerOptions {
  port: number;
  host: string;
  /** Path of the SQLite file, or `:memory:`. */
  dataPath: string;
  /** Seed the demo cooperative when the database has none. */
  seed: boolean;
  logger: Logger;
  room?: Partial<RoomConfig>;
  clock?: Clock;
  ids?: IdGenerator;
  passwords?: PasswordHasher;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Graceful: sockets get "going away", the database is closed. */
  close(): Promise<void>;
}

const packagesDir = join(import.meta.dirname, '..', '..', '..');

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
  const db = openNodeSqlite(options.dataPath);
  const stores = createStores(db);
  if (options.seed)
    await seedDemo(stores, { hashPassword: (p) => passwords.hash(p), now: clock.now() });
  const config = { ...DEFAULT_ROOM_CONFIG, ...options.room };
  const rooms = createRoomRegistry((cooperativeId: CooperativeId) => {
    const cooperative = stores.directory.cooperative(cooperativeId);
    if (!cooperative) return undefined;
    return createCooperativeRoom({
      cooperative,
      directory: stores.directory,
      store: stores.room,
      feedback: stores.feedback,
      notifier: {
        transcriptRequested: (chatId, email) =>
          options.logger.info('transcript requested', { chatId, email }),
      },
      clock,
      ids,
      hashToken,
      config,
    });
  });
  // Every room starts now, so chats that were live before a restart resume their timers.
  for (const row of db.all<{ id: string }>('SELECT id FROM cooperatives')) {
    rooms.roomFor(row.id as CooperativeId);
  }
  const sockets = createNodeSockets();
  const app = createApp({
    stores,
    rooms,
    clock,
    ids,
    passwords,
    upgrade: sockets.upgrade,
    logger: options.logger,
    clientAddress: (c) => getConnInfo(c).remote.address ?? 'unknown',
    assets: createNodeAssets([
      { prefix: '/widget', directory: join(packagesDir, 'widget', 'dist') },
      { prefix: '/console/', directory: join(packagesDir, 'console', 'dist') },
    ]),
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve(
      {
        fetch: app.fetch,
        port: options.port,
        hostname: options.host,
        websocket: { server: wss as unknown as WebSocketServerLike },
      },
      () => resolve(started),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host}:${port}`,
    port,
    async close() {
      for (const room of rooms.rooms()) room.stop();
      sockets.closeAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      wss.close();
      db.close();
    },
  };
}
