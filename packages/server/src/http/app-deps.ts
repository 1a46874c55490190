import type { Context } from 'hono';
import type { Clock, IdGenerator, Logger, Mailer, PasswordHasher } from '../core/ports/index.ts';
import type { ChatSocket, SocketHandlers } from '../realtime/chat-socket.ts';
import type { RoomRegistry } from '../realtime/room-registry.ts';
import type { Stores } from '../storage/open-storage.ts';
import type { AppEnv } from './app-env.ts';
import type { HashingLimits } from './hashing-queue.ts';
import type { SignInLimits } from './sign-in-limiter.ts';

/** A built file the server hands out (widget, console). */
export interface StaticAsset {
  body: Uint8Array;
  contentType: string;
  /** Content-hashed file names never change: cache them for a year. */
  immutable: boolean;
}

/** Built files, looked up by URL path such as `/widget.js` or `/console/index.html`. */
export interface StaticAssets {
  read(path: string): Promise<StaticAsset | undefined>;
}

/**
 * Accepts a WebSocket upgrade through the runtime (Node's `ws`, or a Worker's WebSocketPair).
 * `accept` runs with the upgrade request and returns what to do once the socket is open.
 */
export type SocketUpgrader = (
  accept: (c: Context<AppEnv>) => Promise<(socket: ChatSocket) => SocketHandlers>,
) => (c: Context<AppEnv>, next: () => Promise<void>) => Promise<Response | undefined>;

/** Everything the HTTP app needs, injected by a runtime's composition root. */
export interface AppDeps {
  stores: Omit<Stores, 'db'>;
  rooms: RoomRegistry;
  clock: Clock;
  ids: IdGenerator;
  passwords: PasswordHasher;
  assets: StaticAssets;
  upgrade: SocketUpgrader;
  logger: Logger;
  /** Follow-up replies and policy problem reports go out through it. */
  mailer: Mailer;
  /**
   * The client's network address, for rate limits and logs (the runtime knows the socket, and
   * which proxies it trusts: http/request-network.ts).
   */
  clientAddress(c: Context): string;
  /**
   * The origin the client used, behind trusted proxies or from `REFDESK_PUBLIC_URL`
   * (http/request-network.ts). Default: the request URL's origin. Read it with `publicOrigin(c)`.
   */
  publicOrigin?(c: Context): string;
  /**
   * Demo mode: the `/demo/:library` pages are served. Otherwise (production) `/demo/*` is not
   * mounted and answers 404.
   */
  demo?: boolean;
  /** Overrides of the sign-in and password-hashing limits (tests, operators). */
  limits?: { signIn?: Partial<SignInLimits>; hashing?: Partial<HashingLimits> };
}
