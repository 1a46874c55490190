import { Hono } from 'hono';
import { createPatronConnection } from '../../realtime/patron-connection.ts';
import { createResponderConnection } from '../../realtime/responder-connection.ts';
import type { SocketGuardDeps } from '../../realtime/socket-guard.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';

/** `/ws/patron` and `/ws/responder`: the realtime protocol of @refdesk/protocol. */
export function socketRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const guardDeps: SocketGuardDeps = {
    clock: deps.clock,
    directory: deps.stores.directory,
    rooms: deps.rooms,
    logger: deps.logger,
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
    deps.upgrade(async (c) => {
      const responder = c.get('responder');
      return (socket) => createResponderConnection(guardDeps, socket, responder);
    }),
  );
  return app;
}
