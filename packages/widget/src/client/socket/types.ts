/** The subset of the browser's WebSocket a client uses, so tests can inject a fake. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason?: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}
export type SocketConstructor = new (url: string) => SocketLike;

/** Timers, injected so tests run reconnects and heartbeats on a fake clock. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

/** The page around a client: where `online` and `visibilitychange` come from. */
export interface ClientEnvironment {
  window?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined;
  document?:
    | (Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
        visibilityState: string;
      })
    | undefined;
}
