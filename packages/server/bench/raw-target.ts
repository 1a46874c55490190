import { firstFrame, type LoadTarget, messageText, openWebSocket } from './load-target.ts';

type RawFrame = { t?: string; from?: number; k?: number };
const SETUP_MS = 60_000;

/**
 * Drives the raw relay with the bench's traffic: the same connections, questions (seen by every
 * librarian), accepts and messages, addressed by number instead of routed. Librarian `j` takes the
 * questions of patrons `i % R === j`, as on Refdesk.
 *
 * @example
 * const target = createRawTarget('http://127.0.0.1:9000', 100);
 */
export function createRawTarget(url: string, responders: number): LoadTarget {
  return {
    prepare: async () => undefined,
    async connectResponder(index, events) {
      const ws = await openWebSocket(url);
      ws.on('error', () => undefined);
      const welcome = firstFrame(
        ws,
        (frame) => (frame.t === 'welcome' ? true : undefined),
        SETUP_MS,
      );
      ws.on('message', (data) => {
        const frame = JSON.parse(String(data)) as RawFrame;
        if (frame.t === 'msg') events.message(frame.from ?? -1, frame.k ?? 0);
        else if (frame.t === 'ask' && (frame.from ?? -1) % responders === index) {
          ws.send(JSON.stringify({ t: 'accept', to: frame.from, from: index }));
        }
      });
      ws.send(JSON.stringify({ t: 'hello', role: 'r', id: index }));
      await welcome;
      return {
        reply(patron, k) {
          const text = messageText(patron, k);
          ws.send(JSON.stringify({ t: 'msg', to: patron, from: index, k, text }));
        },
        close: () => ws.close(),
      };
    },
    async connectPatron(index, events) {
      const ws = await openWebSocket(url);
      ws.on('error', () => undefined);
      const welcome = firstFrame(
        ws,
        (frame) => (frame.t === 'welcome' ? true : undefined),
        SETUP_MS,
      );
      const responder = index % responders;
      ws.on('message', (data) => {
        const frame = JSON.parse(String(data)) as RawFrame;
        if (frame.t === 'msg') events.reply(frame.k ?? 0);
        else if (frame.t === 'ack') events.ack?.(frame.k ?? 0);
        else if (frame.t === 'accept') events.assigned();
      });
      ws.send(JSON.stringify({ t: 'hello', role: 'p', id: index }));
      await welcome;
      return {
        ask: () =>
          ws.send(
            JSON.stringify({
              t: 'ask',
              to: responder,
              from: index,
              text: `Bench question #${index}`,
            }),
          ),
        send: (k) =>
          ws.send(
            JSON.stringify({
              t: 'msg',
              to: responder,
              from: index,
              k,
              text: messageText(index, k),
            }),
          ),
        close: () => ws.close(),
      };
    },
    errors: () => 0,
  };
}
