import {
  BENCH_LIBRARY,
  BENCH_ORIGIN,
  BENCH_PASSWORD,
  benchQuestion,
  benchResponderEmail,
  questionPatron,
} from './bench-constants.ts';
import {
  firstFrame,
  type LoadTarget,
  messageText,
  openWebSocket,
  type PatronEvents,
} from './load-target.ts';
import { mapConcurrently } from './map-concurrently.ts';

type Frame = { type?: string } & Record<string, unknown>;
type MessageView = { chatId: string; authorRole: string; clientMessageId?: string };
const SETUP_MS = 60_000;
/** What the console sends: a ping every 25 s. */
const HEARTBEAT_MS = 25_000;

/**
 * Drives Refdesk with its own protocol: librarians sign in over HTTP, say hello and go online;
 * patrons say hello, ask, and chat. Librarian `j` accepts the offers of patrons `i % R === j`.
 *
 * @example
 * const target = createOursTarget('http://127.0.0.1:8787', 100);
 */
export function createOursTarget(url: string, responders: number): LoadTarget {
  const cookies: string[] = [];
  let errors = 0;
  const countError = (frame: Frame) => {
    errors += 1;
    if (errors <= 5) console.error(`[load] server refused a frame: ${JSON.stringify(frame)}`);
  };
  return {
    async prepare(count) {
      await mapConcurrently(count, 8, async (index) => {
        cookies[index] = await signIn(url, benchResponderEmail(index));
      });
    },
    async connectResponder(index, events) {
      const ws = await openWebSocket(`${url}/ws/responder`, { cookie: cookies[index] ?? '' });
      ws.on('error', () => undefined);
      const ready = firstFrame(
        ws,
        (frame) => (frame.type === 'status' ? true : undefined),
        SETUP_MS,
      );
      const chatOf = new Map<number, string>();
      const patronOf = new Map<string, number>();
      ws.on('message', (data) => {
        const frame = JSON.parse(String(data)) as Frame;
        if (frame.type === 'message') {
          const message = frame.message as MessageView;
          const patron = patronOf.get(message.chatId);
          if (message.authorRole === 'patron' && message.clientMessageId && patron !== undefined) {
            events.message(patron, Number(message.clientMessageId.slice(1)));
          }
        } else if (frame.type === 'offer') {
          const offer = frame.offer as { chatId: string; question: string };
          const patron = questionPatron(offer.question);
          if (patron === undefined || patron % responders !== index || chatOf.has(patron)) return;
          chatOf.set(patron, offer.chatId);
          patronOf.set(offer.chatId, patron);
          ws.send(JSON.stringify({ type: 'accept', chatId: offer.chatId }));
        } else if (frame.type === 'error') countError(frame);
      });
      ws.send(JSON.stringify({ type: 'hello', protocolVersion: 1 }));
      ws.send(JSON.stringify({ type: 'set_status', status: 'cooperative' }));
      // The console's heartbeat: a librarian silent for 90 s goes away, and a starved machine can
      // take that long between connecting and the first question.
      const heartbeat = setInterval(() => ws.send('{"type":"ping"}'), HEARTBEAT_MS);
      ws.once('close', () => clearInterval(heartbeat));
      await ready;
      return {
        reply(patron, k) {
          const chatId = chatOf.get(patron);
          const text = messageText(patron, k);
          ws.send(JSON.stringify({ type: 'send', chatId, clientMessageId: `r${k}`, text }));
        },
        close: () => ws.close(),
      };
    },
    async connectPatron(index, events: PatronEvents) {
      const ws = await openWebSocket(`${url}/ws/patron`, { origin: BENCH_ORIGIN });
      ws.on('error', () => undefined);
      const welcome = firstFrame(
        ws,
        (frame) => (frame.type === 'welcome' ? true : undefined),
        SETUP_MS,
      );
      ws.on('message', (data) => {
        const frame = JSON.parse(String(data)) as Frame & MessageView;
        if (frame.type === 'message') {
          if (frame.authorRole === 'responder' && frame.clientMessageId) {
            events.reply(Number(frame.clientMessageId.slice(1)));
          }
        } else if (frame.type === 'ack') {
          const id = String(frame.clientMessageId ?? '');
          if (id.startsWith('p')) events.ack?.(Number(id.slice(1)));
        } else if (frame.type === 'assigned') events.assigned();
        else if (frame.type === 'error') countError(frame);
      });
      ws.send(JSON.stringify({ type: 'hello', protocolVersion: 1, libraryId: BENCH_LIBRARY }));
      await welcome;
      return {
        ask: () =>
          ws.send(
            JSON.stringify({ type: 'ask', clientMessageId: 'q', question: benchQuestion(index) }),
          ),
        send: (k) =>
          ws.send(
            JSON.stringify({ type: 'send', clientMessageId: `p${k}`, text: messageText(index, k) }),
          ),
        close: () => ws.close(),
      };
    },
    errors: () => errors,
    async pageView() {
      const started = performance.now();
      try {
        const response = await fetch(`${url}/widget.js`, {
          headers: { 'accept-encoding': 'gzip', referer: `${BENCH_ORIGIN}/` },
        });
        const body = await response.arrayBuffer();
        const bytes = Number(response.headers.get('content-length') ?? body.byteLength);
        return { ms: performance.now() - started, ok: response.ok, bytes };
      } catch {
        return { ms: performance.now() - started, ok: false, bytes: 0 };
      }
    },
    signInBurst: (count) =>
      Promise.all(
        Array.from({ length: count }, async (_, index) => {
          const started = performance.now();
          const ok = await signIn(url, benchResponderEmail(index % responders)).then(
            () => true,
            () => false,
          );
          return { ms: performance.now() - started, ok };
        }),
      ),
  };
}

/**
 * Signs a bench librarian in and returns the session cookie (`name=value`).
 *
 * @example
 * const cookie = await signIn('http://127.0.0.1:8787', benchResponderEmail(0));
 */
export async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
