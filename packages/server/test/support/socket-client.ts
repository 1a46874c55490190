import WebSocket from 'ws';

type Frame = { type: string } & Record<string, unknown>;

/** A real WebSocket client for tests: frames are kept, and a test waits for the next one it needs. */
export interface TestSocket {
  frames: Frame[];
  send(frame: object | string): void;
  /**
   * The next frame of this type, or of any of these types (after the ones already taken), waiting
   * for it if needed.
   */
  next<T extends Frame = Frame>(type: string | string[], match?: (frame: T) => boolean): Promise<T>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

const WAIT_MS = 5_000;

/**
 * Opens a socket to a test server.
 *
 * @example
 * const patron = await openSocket(`${server.url}/ws/patron`, { origin: 'http://localhost' });
 * patron.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
 * await patron.next('welcome');
 */
export async function openSocket(
  url: string,
  options: { origin?: string; cookie?: string; headers?: Record<string, string> } = {},
): Promise<TestSocket> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  const ws = new WebSocket(url.replace(/^http/, 'ws'), {
    headers,
    ...(options.origin ? { origin: options.origin } : {}),
  });
  const frames: Frame[] = [];
  const taken = new Set<Frame>();
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    frames.push(JSON.parse(String(data)) as Frame);
    for (const wake of [...waiters]) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => {
      resolve({ code, reason: String(reason) });
      for (const wake of [...waiters]) wake();
    });
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    frames,
    closed,
    send: (frame) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
    close: () => ws.close(),
    next<T extends Frame>(type: string | string[], match?: (frame: T) => boolean): Promise<T> {
      const types = typeof type === 'string' ? [type] : type;
      const find = () =>
        frames.find(
          (frame) =>
            !taken.has(frame) && types.includes(frame.type) && (!match || match(frame as T)),
        ) as T | undefined;
      return new Promise<T>((resolve, reject) => {
        const check = () => {
          const found = find();
          if (found) {
            taken.add(found);
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          } else if (ws.readyState === WebSocket.CLOSED) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(
              new Error(
                `socket closed while waiting for "${type}"; got ${JSON.stringify(frames.map((f) => f.type))}`,
              ),
            );
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `no "${type}" frame within ${WAIT_MS} ms; got ${JSON.stringify(frames.map((f) => f.type))}`,
            ),
          );
        }, WAIT_MS);
        waiters.add(check);
        check();
      });
    },
  };
}

/** Signs a demo responder in over HTTP and returns their cookie and CSRF token. */
export async function signIn(
  baseUrl: string,
  email: string,
  password = 'refdesk-demo',
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken: body.csrfToken };
}
