// A scripted stand-in for the Refdesk server: serves the built widget and test pages, and plays the
// server's part of the patron protocol on /ws/patron, with a librarian the test drives.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { acceptWebSocket, type PeerSocket } from './websocket-server.ts';

type Frame = Record<string, unknown>;
interface StoredMessage extends Frame {
  seq: number;
  clientMessageId?: string;
}

export interface FakePeerOptions {
  /** Whether librarians are available: if not, the widget offers the leave-a-question form. */
  available?: boolean;
  nameField?: 'off' | 'optional' | 'required';
  emailField?: 'off' | 'optional' | 'required';
  /** Whether the server can email a transcript (default true). */
  transcriptEmail?: boolean;
  /** Extra pages by path, e.g. `{ '/page.html': '<!doctype html>...' }`. */
  pages?: Record<string, string | { body: string; headers: Record<string, string> }>;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' };
const DIST = join(import.meta.dirname, '..', 'dist');

/**
 * Starts the fake peer on 127.0.0.1 (a free port). One chat, as the tests need.
 *
 * @example
 * const peer = await startFakePeer({ pages: { '/': page } });
 * await page.goto(peer.url);
 */
export async function startFakePeer(options: FakePeerOptions = {}) {
  const sockets = new Set<PeerSocket>();
  const received: Frame[] = [];
  const messages: StoredMessage[] = [];
  const token = 'token-fake-peer-000000001';
  let state: 'none' | 'queued' | 'active' | 'ended' = 'none';
  let stateFrame: Frame | null = null;
  let accepting = true;
  const waiters: { test: (frame: Frame) => boolean; resolve: (frame: Frame) => void }[] = [];

  const broadcast = (frame: Frame): void => {
    for (const socket of sockets) socket.send(JSON.stringify(frame));
  };
  const store = (message: Omit<StoredMessage, 'seq' | 'type' | 'chatId' | 'id' | 'sentAt'>) => {
    const seq = messages.length + 1;
    const stored: StoredMessage = {
      type: 'message',
      chatId: 'chat_1',
      seq,
      id: `msg_${seq}`,
      sentAt: Date.now(),
      ...message,
    };
    messages.push(stored);
    broadcast(stored);
    return stored;
  };
  const library = () => ({
    id: 'springfield',
    name: 'Springfield Public Library',
    privacyNote: 'Chats are kept for 30 days, then deleted. Only library staff can read them.',
    nameField: options.nameField ?? 'optional',
    emailField: options.emailField ?? 'optional',
    available: options.available ?? true,
    transcriptEmail: options.transcriptEmail ?? true,
  });

  function onFrame(socket: PeerSocket, frame: Frame): void {
    received.push(frame);
    for (const waiter of [...waiters]) {
      if (waiter.test(frame)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(frame);
      }
    }
    const reply = (out: Frame) => socket.send(JSON.stringify(out));
    const chatId = state === 'none' ? null : 'chat_1';
    if (frame.type === 'hello') {
      reply({
        type: 'welcome',
        protocolVersion: 1,
        chatId,
        resumeToken: token,
        state,
        library: library(),
      });
      const after = Number(frame.resumeToken === token ? (frame.lastSeq ?? 0) : 0);
      if (frame.resumeToken === token) for (const m of messages) if (m.seq > after) reply(m);
      if (stateFrame) reply(stateFrame);
    } else if (frame.type === 'ask' || frame.type === 'send') {
      const id = String(frame.clientMessageId);
      const existing = messages.find((m) => m.clientMessageId === id);
      const text = String(frame.type === 'ask' ? frame.question : frame.text);
      const stored =
        existing ??
        store({
          authorRole: 'patron',
          displayName: String(frame.name ?? 'Patron'),
          text,
          clientMessageId: id,
        });
      reply({ type: 'ack', clientMessageId: id, seq: stored.seq, messageId: stored.id });
      if (frame.type === 'ask' && state === 'none') {
        if (options.available === false) {
          reply({ type: 'offline', reason: 'no_responders' });
          return;
        }
        state = 'queued';
        stateFrame = {
          type: 'queued',
          chatId: 'chat_1',
          position: 2,
          estimatedWaitSeconds: 40,
          tier: 'local',
        };
        broadcast(stateFrame);
      }
    } else if (frame.type === 'ping') {
      reply({ type: 'pong' });
    } else if (frame.type === 'survey' || frame.type === 'request_transcript') {
      reply({ type: 'received', what: frame.type });
    } else if (frame.type === 'offline_question') {
      reply({ type: 'received', what: 'offline_question', followUpId: 'fu_1' });
    } else if (frame.type === 'leave') {
      peer.end('patron_left');
    }
  }

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const page = options.pages?.[path];
    if (page !== undefined) {
      const { body, headers } = typeof page === 'string' ? { body: page, headers: {} } : page;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      response.end(body);
      return;
    }
    const file = normalize(join(DIST, path === '/widget.js' ? 'widget.js' : path));
    try {
      if (!file.startsWith(DIST)) throw new Error('outside dist');
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  server.on('upgrade', (request, tcp) => {
    if (!accepting || !request.url?.startsWith('/ws/patron')) {
      tcp.destroy();
      return;
    }
    const socket = acceptWebSocket(request, tcp, {
      onMessage: (from, text) => onFrame(from, JSON.parse(text) as Frame),
      onClose: (closed) => sockets.delete(closed),
    });
    sockets.add(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const peer = {
    url: `http://127.0.0.1:${port}`,
    received,
    messages,
    get socketCount() {
      return sockets.size;
    },
    /** Resolves with the next frame from a patron that passes `test`. */
    next(test: (frame: Frame) => boolean): Promise<Frame> {
      const seen = received.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
    assign(
      responderName = 'Ben',
      libraryName = 'Shelbyville Public Library',
      isHomeLibrary = false,
    ) {
      state = 'active';
      stateFrame = {
        type: 'assigned',
        chatId: 'chat_1',
        responderName,
        libraryName,
        isHomeLibrary,
        disclosure: isHomeLibrary
          ? null
          : `A librarian from ${libraryName} is helping you on behalf of Springfield Public Library`,
      };
      broadcast(stateFrame);
    },
    say(text: string, displayName = 'Ben') {
      return store({ authorRole: 'responder', displayName, text });
    },
    typing(active = true) {
      broadcast({ type: 'typing', active });
    },
    end(reason = 'responder_ended') {
      state = 'ended';
      stateFrame = { type: 'ended', chatId: 'chat_1', reason };
      broadcast(stateFrame);
    },
    /** Drops every socket as a restarting server would, refusing new ones until `resume()`. */
    restart() {
      accepting = false;
      for (const socket of sockets) socket.close(1001);
    },
    resume() {
      accepting = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.close(1001);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return peer;
}

export type FakePeer = Awaited<ReturnType<typeof startFakePeer>>;
