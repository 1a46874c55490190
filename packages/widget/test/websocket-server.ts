// A minimal WebSocket server (RFC 6455: text frames, ping, close) on node:http, so the browser
// tests need no dependency: enough for a scripted peer, not for production.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export interface PeerSocket {
  send(text: string): void;
  close(code?: number): void;
  readonly closed: boolean;
}

export interface SocketHandlers {
  onMessage(socket: PeerSocket, text: string): void;
  onClose?(socket: PeerSocket): void;
}

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 65_536
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 255])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(length)]);
  return Buffer.concat([head, payload]);
}

function bigLength(length: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64BE(BigInt(length));
  return buffer;
}

/**
 * Completes the upgrade of `request` and calls the handlers for every text message.
 *
 * @example
 * server.on('upgrade', (request, socket) => acceptWebSocket(request, socket, handlers));
 */
export function acceptWebSocket(
  request: IncomingMessage,
  tcp: Duplex,
  handlers: SocketHandlers,
): PeerSocket {
  const key = String(request.headers['sec-websocket-key']);
  const accept = createHash('sha1')
    .update(key + GUID)
    .digest('base64');
  tcp.write(
    `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );
  let buffered = Buffer.alloc(0);
  let fragments: Buffer[] = [];
  let closed = false;
  const socket: PeerSocket = {
    get closed() {
      return closed;
    },
    send(text) {
      if (!closed) tcp.write(frame(1, Buffer.from(text)));
    },
    close(code = 1000) {
      if (closed) return;
      closed = true;
      const payload = Buffer.alloc(2);
      payload.writeUInt16BE(code);
      tcp.end(frame(8, payload));
      handlers.onClose?.(socket);
    },
  };
  const finish = (): void => {
    if (closed) return;
    closed = true;
    handlers.onClose?.(socket);
  };
  tcp.on('close', finish);
  tcp.on('error', finish);
  tcp.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      if (buffered.length < 2) return;
      const fin = (buffered[0] ?? 0) & 0x80;
      const opcode = (buffered[0] ?? 0) & 0x0f;
      let length = (buffered[1] ?? 0) & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buffered.length < 4) return;
        length = buffered.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buffered.length < 10) return;
        length = Number(buffered.readBigUInt64BE(2));
        offset = 10;
      }
      if (buffered.length < offset + 4 + length) return;
      const mask = buffered.subarray(offset, offset + 4);
      const payload = Buffer.from(buffered.subarray(offset + 4, offset + 4 + length));
      for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
      buffered = buffered.subarray(offset + 4 + length);
      if (opcode === 8) {
        socket.close(payload.length >= 2 ? payload.readUInt16BE(0) : 1000);
        return;
      }
      if (opcode === 9) tcp.write(frame(10, payload));
      if (opcode === 1 || opcode === 0) {
        fragments.push(payload);
        if (fin) {
          const text = Buffer.concat(fragments).toString('utf8');
          fragments = [];
          handlers.onMessage(socket, text);
        }
      }
    }
  });
  return socket;
}
