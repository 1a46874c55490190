import WebSocket from 'ws';

type Frame = { type?: unknown } & Record<string, unknown>;

/** Everything a socket heard after the probe's frames, up to the server's answer to a ping. */
export interface ProbeResult {
  /** Frame texts received after the prelude, in order. */
  texts: string[];
  /** How the socket ended, if it did before the ping was answered. */
  closed?: { code: number; reason: string };
}

const ANSWER_MS = 5_000;

/**
 * Opens a socket, sends the `prelude` frames (each waiting for the frame type it expects), then
 * sends `frames` as they are (text or bytes) and a ping, and collects what the server said until
 * it answered the ping (a `pong`, or an error about the ping) or closed the socket. The ping makes
 * the wait event-driven: the server handles a socket's frames in order.
 *
 * @example
 * const result = await probeSocket(`${url}/ws/patron`, { origin }, [[hello, 'welcome']], ['{"type":']);
 */
export async function probeSocket(
  url: string,
  options: { origin?: string; cookie?: string },
  prelude: [frame: object, expect: string][],
  frames: (string | Uint8Array)[],
): Promise<ProbeResult> {
  const ws = new WebSocket(url.replace(/^http/, 'ws'), {
    ...(options.origin ? { origin: options.origin } : {}),
    ...(options.cookie ? { headers: { cookie: options.cookie } } : {}),
  });
  ws.on('error', () => undefined);
  const texts: string[] = [];
  let wake: () => void = () => undefined;
  let closed: ProbeResult['closed'];
  ws.on('open', () => wake());
  ws.on('message', (data) => {
    texts.push(String(data));
    wake();
  });
  ws.on('close', (code, reason) => {
    closed = { code, reason: String(reason) };
    wake();
  });
  const until = (done: () => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      const guard = setTimeout(
        () => reject(new Error(`no ${what} within ${ANSWER_MS} ms`)),
        ANSWER_MS,
      );
      wake = () => {
        if (!done()) return;
        clearTimeout(guard);
        resolve();
      };
      wake();
    });
  await until(() => ws.readyState === WebSocket.OPEN || closed !== undefined, 'open');
  for (const [frame, expect] of prelude) {
    ws.send(JSON.stringify(frame));
    await until(() => texts.some((text) => (JSON.parse(text) as Frame).type === expect), expect);
  }
  texts.length = 0;
  for (const frame of frames) if (ws.readyState === WebSocket.OPEN) ws.send(frame);
  if (ws.readyState === WebSocket.OPEN) ws.send('{"type":"ping"}');
  const answered = (text: string) => {
    const frame = JSON.parse(text) as Frame;
    return frame.type === 'pong' || (frame.type === 'error' && frame.ref === 'ping');
  };
  await until(() => closed !== undefined || texts.some(answered), 'answer to the ping');
  ws.terminate();
  return closed ? { texts, closed } : { texts };
}
