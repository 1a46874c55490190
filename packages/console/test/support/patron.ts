// A patron over a raw WebSocket, as the widget would be: Node's global WebSocket with the page's Origin.

type Frame = { type: string } & Record<string, unknown>;

export interface Patron {
  frames: Frame[];
  send(frame: object): void;
  /** The next frame of this type not taken yet, waiting for it if needed. */
  next(type: string, match?: (frame: Frame) => boolean): Promise<Frame>;
  close(): void;
}

/**
 * Opens a patron socket for a library and says hello.
 *
 * @example
 * const patron = await openPatron(server.url, 'springfield', { locale: 'fr' });
 * patron.send({ type: 'ask', clientMessageId: 'p1', question: 'Hello?' });
 */
export async function openPatron(
  baseUrl: string,
  libraryId: string,
  hello: Record<string, unknown> = {},
): Promise<Patron> {
  const origin = new URL(baseUrl).origin;
  // Node's WebSocket (undici) takes extra headers; the demo libraries allow their own origin.
  const Socket = WebSocket as unknown as new (
    url: string,
    init: { headers: Record<string, string> },
  ) => WebSocket;
  const ws = new Socket(`${baseUrl.replace(/^http/, 'ws')}/ws/patron`, {
    headers: { Origin: origin },
  });
  const frames: Frame[] = [];
  const taken = new Set<Frame>();
  const waiters = new Set<() => void>();
  ws.onmessage = (event) => {
    frames.push(JSON.parse(String(event.data)) as Frame);
    for (const wake of [...waiters]) wake();
  };
  await new Promise<void>((resolve, reject) => {
    ws.onopen = () => resolve();
    ws.onerror = () => reject(new Error('patron socket failed to open'));
  });
  const patron: Patron = {
    frames,
    send: (frame) => ws.send(JSON.stringify(frame)),
    close: () => ws.close(),
    next(type, match) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = frames.find(
            (f) => !taken.has(f) && f.type === type && (!match || match(f)),
          );
          if (!found) return;
          taken.add(found);
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`patron: no "${type}"; got ${frames.map((f) => f.type).join(', ')}`));
        }, 10_000);
        waiters.add(check);
        check();
      });
    },
  };
  patron.send({
    type: 'hello',
    protocolVersion: 1,
    libraryId,
    pageUrl: `${origin}/demo/${libraryId}`,
    ...hello,
  });
  await patron.next('welcome');
  return patron;
}
