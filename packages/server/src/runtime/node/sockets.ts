import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, type ErrorFrame, type ResponderId } from '@refdesk/protocol';
import type { Context } from 'hono';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../../core/ports/index.ts';
import type { SocketUpgrader } from '../../http/app-deps.ts';
import type { AppEnv } from '../../http/app-env.ts';
import type { ChatSocket, SocketHandlers } from '../../realtime/chat-socket.ts';
import type { ConnectionLimiter } from '../../realtime/connection-limiter.ts';
import type { SocketKind } from '../../realtime/socket-guard.ts';
import { createNodeChatSocket, type Hold, noteReceived } from './chat-socket.ts';
import type { OutputGate } from './output-gate.ts';
import { refuseUpgrade, upgradeRequest } from './upgrade-request.ts';

export interface NodeSocketsOptions {
  /** Limits sockets per client address; over the limit a socket is refused with 4008. */
  connections?: ConnectionLimiter;
  /** Multiplies every socket's frame-rate limit (1 in production; a benchmark raises it). */
  rateScale?: number;
  /** Holds frames until the writes before them are durable (default: send at once). */
  gate?: OutputGate;
  /** The client's address behind trusted proxies (default: the socket's peer). */
  clientAddress?: (c: Context<AppEnv>) => string;
  /** Where refused connections are logged (`socket.refused`). */
  logger?: Logger;
  /** Told when a socket opens or closes (metrics of open sockets). */
  onCount?: (kind: SocketKind, delta: 1 | -1) => void;
  /** Seconds from a patron frame's receipt to its durable `ack` leaving (metrics). */
  ackLatency?: (seconds: number) => void;
}

/** The app's fetch, as the HTTP server calls it: Node bindings as `env`. */
type Fetch = (request: Request, env: { incoming: IncomingMessage }) => Response | Promise<Response>;

/** What the app decided for an upgrade request, until the handshake completes. */
interface Accepted {
  start: (socket: ChatSocket) => SocketHandlers;
  address: string;
  kind: SocketKind;
  requestId: string | undefined;
}

/** One open socket, as the listeners shared by every socket find it. */
interface Connection {
  socket: ChatSocket;
  address: string;
  kind: SocketKind;
  handlers: SocketHandlers | undefined;
}

const TOO_MANY: ErrorFrame = {
  type: 'error',
  code: 'rate_limited',
  message: 'Too many connections from your network address: try again in a little while.',
};
const ignore = () => undefined;
const now: Hold = (deliver) => deliver();

/**
 * Node's WebSocket upgrades for the app, remembering open sockets so shutdown can close them.
 *
 * The app's socket routes decide (`upgrade`, a Hono middleware); the HTTP server's `upgrade` event
 * (`attach`) completes the handshake with `ws`. Once a socket is open, nothing of its upgrade
 * request stays referenced (Hono's own helper keeps the whole request context alive for the
 * socket's lifetime, several KB per idle patron), frames reach the room as plain strings, and the
 * listeners are shared by all sockets.
 *
 * @example
 * const sockets = createNodeSockets({ gate });
 * const app = createApp({ ...deps, upgrade: sockets.upgrade });
 * sockets.attach(server, app.fetch);
 */
export function createNodeSockets(options: NodeSocketsOptions = {}) {
  const live = new Map<WebSocket, Connection>();
  const accepted = new WeakMap<IncomingMessage, Accepted>();
  const { connections, rateScale = 1, ackLatency } = options;
  const hold = options.gate?.hold ?? now;
  const wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    maxPayload: 256 * 1024,
    // One frame of a socket per turn of the event loop: a client that sends hundreds of frames at
    // once (a flood, a reconnect's backlog) then delays other chats by one frame's work, not all.
    allowSynchronousEvents: false,
  });

  const upgrade: SocketUpgrader = (accept) => async (c) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket' || !incoming) {
      return c.text('This address takes WebSocket connections only.', 426);
    }
    const address = options.clientAddress?.(c) ?? incoming.socket.remoteAddress ?? 'unknown';
    const kind: SocketKind = c.req.path.endsWith('/responder') ? 'responder' : 'patron';
    accepted.set(incoming, {
      start: await accept(c),
      address,
      kind,
      requestId: c.get('requestId'),
    });
    return new Response(null);
  };

  function onMessage(this: WebSocket, data: RawData, isBinary: boolean): void {
    const connection = live.get(this);
    if (!connection) return;
    if (ackLatency && connection.kind === 'patron') noteReceived(connection.socket);
    connection.handlers?.onMessage(isBinary ? data : String(data));
  }
  function onClose(this: WebSocket): void {
    const connection = live.get(this);
    if (!connection) return;
    live.delete(this);
    connections?.release(connection.address);
    options.onCount?.(connection.kind, -1);
    const handlers = connection.handlers;
    connection.handlers = undefined;
    handlers?.onClose();
  }

  const openSocket = (ws: WebSocket, { start, address, kind, requestId }: Accepted) => {
    ws.on('error', ignore);
    if (connections && !connections.admit(address)) {
      options.logger?.warn('socket.refused', {
        socket: kind,
        ...(requestId ? { requestId } : {}),
        code: 'rate_limited',
        reason: connections.refusal(address),
        address,
        close: CloseCode.rateLimited,
      });
      ws.send(JSON.stringify(TOO_MANY));
      ws.close(CloseCode.rateLimited, 'too many connections');
      return;
    }
    const socket = createNodeChatSocket(ws, hold, rateScale, {
      requestId,
      ackLatency: kind === 'patron' ? ackLatency : undefined,
    });
    const connection: Connection = { socket, address, kind, handlers: undefined };
    live.set(ws, connection);
    options.onCount?.(kind, 1);
    connection.handlers = start(socket);
    ws.on('message', onMessage);
    ws.on('close', onClose);
  };

  const handleUpgrade = async (
    fetch: Fetch,
    incoming: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ) => {
    socket.on('error', ignore);
    let status = 500;
    try {
      status = (await fetch(upgradeRequest(incoming), { incoming })).status;
    } catch {
      // Answered below as a failed upgrade.
    }
    const found = accepted.get(incoming);
    accepted.delete(incoming);
    if (!found || socket.destroyed) return refuseUpgrade(socket, found ? 400 : status);
    wss.handleUpgrade(incoming, socket, head, (ws) => openSocket(ws, found));
  };

  return {
    upgrade,
    /** Handles the HTTP server's WebSocket upgrades through the app (`fetch`). */
    attach(server: Server, fetch: Fetch): void {
      server.on('upgrade', (incoming: IncomingMessage, socket: Duplex, head: Buffer) => {
        void handleUpgrade(fetch, incoming, socket, head);
      });
    },
    /** Closes every socket with "going away", so clients reconnect (to the restarted server). */
    closeAll(): void {
      for (const connection of live.values()) {
        options.onCount?.(connection.kind, -1);
        // Nothing may reach the rooms once shutdown has begun.
        connection.handlers = undefined;
        connection.socket.close(CloseCode.goingAway, 'server restarting');
      }
      live.clear();
      wss.close();
    },
    /** `AppDeps.closeResponderSockets`: the account's sockets close (realtime/chat-socket.ts). */
    closeResponder(responderId: ResponderId): void {
      for (const connection of [...live.values()]) {
        connection.handlers?.signInChanged?.(responderId);
      }
    },
    count: () => live.size,
  };
}
