import { Hono } from 'hono';
import { createPatronConnection } from '../../realtime/patron-connection.ts';
import { createResponderConnection } from '../../realtime/responder-connection.ts';
import type { SocketGuardDeps } from '../../realtime/socket-guard.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { sameOriginSocket } from '../same-origin-socket.ts';

/** `/ws/patron` and `/ws/responder`: the realtime protocol of @refdesk/protocol. */
export function socketRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const guardDeps: SocketGuardDeps = {
    clock: deps.clock,
    directory: deps.stores.directory,
    rooms: deps.rooms,
    logger: deps.logger,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    accounts: deps.stores.accounts,
  };
  app.get(
    '/patron',
    deps.upgrade(async (c) => {
      const origin = c.req.header('origin');
      const address = deps.clientAddress(c);
      return (socket) => createPatronConnection(guardDeps, socket, origin, undefined, address);
    }),
  );
  app.get(
    '/responder',
    sameOriginSocket(deps),
    deps.upgrade(async (c) => {
      const responder = c.get('responder');
      const record = c.get('session');
      const session = record && { idHash: record.idHash, expiresAt: record.expiresAt };
      return (socket) =>
        createResponderConnection(guardDeps, socket, responder, undefined, session);
    }),
  );
  return app;
}
