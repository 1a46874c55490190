import WebSocket from 'ws';
import { signIn } from './socket-client.ts';

type Frame = { type: string } & Record<string, unknown>;

/** Chats whose patrons each send a message every so often, timed until their librarian has it. */
export interface PacedChats {
  /** Sends for `ms`, then resolves, once each of them arrived, with their delivery times (ms). */
  measure(ms: number): Promise<number[]>;
  close(): void;
}

const INTERVAL_MS = 110; // under the patron limit of 10 frames a second

function open(url: string, options: WebSocket.ClientOptions, hello: Frame, expect: string) {
  const ws = new WebSocket(url.replace(/^http/, 'ws'), options);
  ws.on('error', () => undefined);
  return new Promise<{ ws: WebSocket; first: Frame }>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify(hello)));
    const onFrame = (data: WebSocket.RawData) => {
      const frame = JSON.parse(String(data)) as Frame;
      if (frame.type !== expect) return;
      ws.off('message', onFrame);
      resolve({ ws, first: frame });
    };
    ws.on('message', onFrame);
    ws.on('close', (code) => reject(new Error(`closed with ${code} before ${expect}`)));
  });
}

/**
 * Opens demo chats that stay with chosen librarians (`perResponder` each for Ana and Cora at
 * Springfield and Ben at Shelbyville), for measuring what other traffic does to them.
 *
 * @example
 * const chats = await openPacedChats(server.url, 3);
 * const before = await chats.measure(4_000);
 */
export async function openPacedChats(url: string, perResponder: number): Promise<PacedChats> {
  const sentAt = new Map<string, number>();
  let samples: number[] = [];
  let settled: (() => void) | undefined;
  const sockets: WebSocket[] = [];
  const patrons: WebSocket[] = [];
  const plan = [
    { email: 'ana@springfield.example', library: 'springfield' },
    { email: 'cora@springfield.example', library: 'springfield' },
    { email: 'ben@shelbyville.example', library: 'shelbyville' },
  ];
  for (const { email, library } of plan) {
    const { cookie } = await signIn(url, email);
    const hello = { type: 'hello', protocolVersion: 1 };
    const { ws: responder } = await open(
      `${url}/ws/responder`,
      { headers: { cookie } },
      hello,
      'welcome',
    );
    sockets.push(responder);
    responder.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      const message = frame.message as { clientMessageId?: string } | undefined;
      const at = message?.clientMessageId && sentAt.get(message.clientMessageId);
      if (frame.type !== 'message' || !at || !message.clientMessageId) return;
      samples.push(performance.now() - at);
      sentAt.delete(message.clientMessageId);
      if (sentAt.size === 0) settled?.();
    });
    // Online locally only while this librarian's chats are opened, so the offers come to them.
    responder.send(JSON.stringify({ type: 'set_status', status: 'local' }));
    for (let n = 0; n < perResponder; n++) {
      const origin = 'http://localhost';
      const patronHello = { type: 'hello', protocolVersion: 1, libraryId: library };
      const { ws: patron } = await open(`${url}/ws/patron`, { origin }, patronHello, 'welcome');
      sockets.push(patron);
      const offered = new Promise<string>((resolve) => {
        const onOffer = (data: WebSocket.RawData) => {
          const frame = JSON.parse(String(data)) as Frame;
          if (frame.type !== 'offer') return;
          responder.off('message', onOffer);
          resolve((frame.offer as { chatId: string }).chatId);
        };
        responder.on('message', onOffer);
      });
      patron.send(JSON.stringify({ type: 'ask', clientMessageId: 'q', question: 'Paced chat' }));
      responder.send(JSON.stringify({ type: 'accept', chatId: await offered }));
      patrons.push(patron);
    }
    responder.send(JSON.stringify({ type: 'set_status', status: 'away' }));
  }
  let counter = 0;
  return {
    measure(ms) {
      samples = [];
      return new Promise((resolve) => {
        // The patrons take turns, each sending every INTERVAL_MS: one stall of the server then
        // delays one or two messages, not every chat's at once, and the tail counts stalls.
        let turn = 0;
        const ticker = setInterval(() => {
          const patron = patrons[turn++ % patrons.length];
          const id = `m${++counter}`;
          sentAt.set(id, performance.now());
          patron?.send(JSON.stringify({ type: 'send', clientMessageId: id, text: `Paced ${id}` }));
        }, INTERVAL_MS / patrons.length);
        setTimeout(() => {
          clearInterval(ticker);
          // Every message of this phase is timed in this phase, the slowest included.
          settled = () => {
            settled = undefined;
            resolve(samples);
          };
          if (sentAt.size === 0) settled();
        }, ms);
      });
    },
    close() {
      for (const socket of sockets) socket.terminate();
    },
  };
}
