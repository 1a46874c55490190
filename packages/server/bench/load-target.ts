import WebSocket from 'ws';

/** What a bench patron hears. */
export interface PatronEvents {
  /** A librarian took the chat. */
  assigned(): void;
  /** The librarian's reply number `k` arrived. */
  reply(k: number): void;
  /** The server acknowledged the patron's message `k` (targets that send acks). */
  ack?(k: number): void;
}

/** What a bench librarian hears. */
export interface ResponderEvents {
  /** Message number `k` of patron `patron` arrived. */
  message(patron: number, k: number): void;
}

export interface PatronClient {
  /** Asks the question that opens the chat. */
  ask(): void;
  /** Sends message number `k`. */
  send(k: number): void;
  close(): void;
}

export interface ResponderClient {
  /** Answers message `k` of `patron`. */
  reply(patron: number, k: number): void;
  close(): void;
}

/**
 * One server the bench drives with the same traffic: Refdesk's protocol or the raw relay's.
 * Patron `i`'s chat is taken by responder `i % responders`, so no two librarians race.
 */
export interface LoadTarget {
  /** Setup that is not measured (signing librarians in). */
  prepare(responders: number): Promise<void>;
  connectResponder(index: number, events: ResponderEvents): Promise<ResponderClient>;
  connectPatron(index: number, events: PatronEvents): Promise<PatronClient>;
  /** Frames the server refused (error frames), for the report. */
  errors(): number;
  /** Signs `count` librarians in at once (targets with sign-in): each one's time and success. */
  signInBurst?(count: number): Promise<{ ms: number; ok: boolean }[]>;
  /** Downloads the widget's loader as a page that embeds it does (targets that serve a widget). */
  pageView?(): Promise<{ ms: number; ok: boolean; bytes: number }>;
}

/** The same text on both targets, so both move the same bytes. */
export const messageText = (patron: number, k: number): string =>
  `Bench message ${k} of chat ${patron}: is the reading room open on Sunday afternoon?`;

/**
 * Opens a WebSocket and resolves once it is open. Compression off, as on both servers.
 *
 * @example
 * const ws = await openWebSocket('ws://127.0.0.1:8787/ws/patron', { origin: 'http://127.0.0.1' });
 */
export function openWebSocket(
  url: string,
  options: { origin?: string; cookie?: string } = {},
): Promise<WebSocket> {
  const ws = new WebSocket(url.replace(/^http/, 'ws'), {
    perMessageDeflate: false,
    ...(options.origin ? { origin: options.origin } : {}),
    ...(options.cookie ? { headers: { cookie: options.cookie } } : {}),
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      ws.off('error', reject);
      resolve(ws);
    });
    ws.once('error', reject);
  });
}

/**
 * Resolves with the first frame `accept` returns a value for, or rejects after `timeoutMs`.
 *
 * @example
 * await firstFrame(ws, (frame) => (frame.type === 'welcome' ? frame : undefined), 10_000);
 */
export function firstFrame<T>(
  ws: WebSocket,
  accept: (frame: { type?: string; t?: string } & Record<string, unknown>) => T | undefined,
  timeoutMs: number,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.off('message', onMessage);
      reject(new Error(`no expected frame within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (data: WebSocket.RawData) => {
      const value = accept(JSON.parse(String(data)));
      if (value === undefined) return;
      clearTimeout(timer);
      ws.off('message', onMessage);
      resolve(value);
    };
    ws.on('message', onMessage);
  });
}
