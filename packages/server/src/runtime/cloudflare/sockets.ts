import { CloseCode, type ErrorFrame, type ResponderId } from '@refdesk/protocol';
import type { Connection } from 'partyserver';
import * as v from 'valibot';
import type { Logger } from '../../core/ports/index.ts';
import type { SocketUpgrader } from '../../http/app-deps.ts';
import type { ChatSocket, SocketHandlers } from '../../realtime/chat-socket.ts';
import type { ConnectionLimiter } from '../../realtime/connection-limiter.ts';
import type { SurvivingSocket } from '../../realtime/restore-connections.ts';
import { SocketIdentitySchema } from '../../realtime/socket-identity.ts';

export interface CloudflareSocketsOptions {
  /** Accepts an upgrade the app has approved: PartyServer's own `fetch`, which calls `connected`. */
  accept(request: Request): Promise<Response>;
  /** The client's address, for per-address connection limits. */
  clientAddress(request: Request): string;
  connections?: ConnectionLimiter;
  /** Where refused connections are logged (`socket.refused`). */
  logger?: Logger;
}

export interface CloudflareSockets {
  upgrade: SocketUpgrader;
  /** PartyServer's `onConnect`: the socket of an upgrade the app approved is open. */
  connected(connection: Connection, request: Request): void;
  /** PartyServer's `onMessage`, after hibernation too. */
  message(connection: Connection, data: unknown): void;
  /** PartyServer's `onClose` and `onError`; safe to call twice. */
  closed(connection: Connection): void;
  /**
   * Re-attaches the sockets that outlived the object's memory, from what each one's attachment
   * says it is. `wake` rebuilds the room with them; a socket it cannot restore is closed with
   * "going away", so its client reconnects and says hello again.
   */
  restore(
    connections: Iterable<Connection>,
    wake: (sockets: SurvivingSocket[]) => (SocketHandlers | undefined)[],
  ): void;
  /**
   * `AppDeps.closeResponderSockets`: the account's sockets in this object close (sign-out reaches
   * this object too: every `/api` request of the cooperative does).
   */
  closeResponder(responderId: ResponderId): void;
  count(): number;
}

interface OpenSocket {
  handlers: SocketHandlers | undefined;
  /** The identity last written to the socket's attachment, as JSON. */
  saved: string;
  address: string | undefined;
}

const TOO_MANY: ErrorFrame = {
  type: 'error',
  code: 'rate_limited',
  message: 'Too many connections from your network address: try again in a little while.',
};
const OPEN = 1;

/**
 * Realtime sockets of a cooperative's Durable Object. The Hono app decides each upgrade (route,
 * session cookie) through `upgrade`; PartyServer then accepts the socket with the hibernation API,
 * and each socket keeps what it is (patron: library, resume token, chat; responder: id) in its
 * attachment, so a woken object can put it back into the rebuilt room.
 *
 * @example
 * const sockets = createCloudflareSockets({ accept: (r) => super.fetch(r), clientAddress });
 * createApp({ ...deps, upgrade: sockets.upgrade });
 */
export function createCloudflareSockets(options: CloudflareSocketsOptions): CloudflareSockets {
  const pending = new WeakMap<Request, (socket: ChatSocket) => SocketHandlers>();
  const open = new Map<string, OpenSocket>();
  const closed = (connection: Connection) => {
    const entry = open.get(connection.id);
    if (!entry) return;
    open.delete(connection.id);
    if (entry.address !== undefined) options.connections?.release(entry.address);
    entry.handlers?.onClose();
  };
  const chatSocket = (connection: Connection): ChatSocket => ({
    send: (text) => {
      if (connection.readyState === OPEN) connection.send(text);
    },
    close: (code, reason) => {
      closed(connection);
      try {
        connection.close(code, reason);
      } catch {
        // Already closed by the client.
      }
    },
  });
  const remember = (connection: Connection, entry: OpenSocket) => {
    const identity = entry.handlers?.identity?.() ?? null;
    const text = JSON.stringify(identity);
    if (text === entry.saved || !open.has(connection.id)) return;
    connection.setState(identity);
    entry.saved = text;
  };
  return {
    upgrade: (accept) => async (c, next) => {
      if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
        await next();
        return undefined;
      }
      const start = await accept(c);
      pending.set(c.req.raw, start);
      try {
        return await options.accept(c.req.raw);
      } finally {
        pending.delete(c.req.raw);
      }
    },
    connected(connection, request) {
      const start = pending.get(request);
      if (!start) {
        connection.close(CloseCode.goingAway, 'not an approved upgrade');
        return;
      }
      const address = options.clientAddress(request);
      if (options.connections && !options.connections.admit(address)) {
        options.logger?.warn('socket.refused', {
          socket: new URL(request.url).pathname.endsWith('/responder') ? 'responder' : 'patron',
          code: 'rate_limited',
          reason: options.connections.refusal(address),
          address,
          close: CloseCode.rateLimited,
        });
        connection.send(JSON.stringify(TOO_MANY));
        connection.close(CloseCode.rateLimited, 'too many connections');
        return;
      }
      const entry: OpenSocket = { handlers: undefined, saved: 'null', address };
      open.set(connection.id, entry);
      const handlers = start(chatSocket(connection));
      entry.handlers = handlers;
      // Refused while starting (no session): it closed before its handlers existed.
      if (!open.has(connection.id)) handlers.onClose();
    },
    message(connection, data) {
      const entry = open.get(connection.id);
      if (!entry) {
        connection.close(CloseCode.goingAway, 'unknown socket');
        return;
      }
      entry.handlers?.onMessage(data);
      remember(connection, entry);
    },
    closed,
    restore(connections, wake) {
      const surviving: (SurvivingSocket & { connection: Connection })[] = [];
      for (const connection of connections) {
        const identity = v.safeParse(SocketIdentitySchema, connection.state);
        if (identity.success) {
          const socket = chatSocket(connection);
          surviving.push({ connection, socket, identity: identity.output });
        } else connection.close(CloseCode.goingAway, 'server restarted');
      }
      const handlers = wake(surviving.map(({ socket, identity }) => ({ socket, identity })));
      surviving.forEach(({ connection, identity }, index) => {
        const restored = handlers[index];
        if (!restored) {
          connection.close(CloseCode.goingAway, 'server restarted');
          return;
        }
        open.set(connection.id, {
          handlers: restored,
          saved: JSON.stringify(identity),
          address: undefined,
        });
      });
    },
    closeResponder(responderId) {
      for (const entry of [...open.values()]) entry.handlers?.signInChanged?.(responderId);
    },
    count: () => open.size,
  };
}
