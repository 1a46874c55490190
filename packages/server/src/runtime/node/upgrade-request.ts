import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * The fetch `Request` of a WebSocket upgrade, for the app's routes and middleware (sessions read
 * the cookie; the patron route reads the Origin). It has no body.
 *
 * @example
 * const response = await app.fetch(upgradeRequest(incoming), { incoming });
 */
export function upgradeRequest(incoming: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const host = incoming.headers.host ?? 'localhost';
  return new Request(new URL(incoming.url ?? '/', `http://${host}`), { headers });
}

/**
 * Answers an upgrade the app did not take with a plain HTTP status, and closes the connection.
 *
 * @example
 * if (!accepted) return refuseUpgrade(socket, 404);
 */
export function refuseUpgrade(socket: Duplex, status: number): void {
  if (socket.destroyed) return;
  const code = status >= 400 && status < 600 ? status : 400;
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${code} ${STATUS_CODES[code] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  );
}
