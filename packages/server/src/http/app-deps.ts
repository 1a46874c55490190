import type { ResponderId } from '@refdesk/protocol';
import type { Context } from 'hono';
import type { ReportLimits } from '../core/budgets/abuse-budgets.ts';
import type {
  Clock,
  IdGenerator,
  Logger,
  Mailer,
  Metrics,
  PasswordHasher,
} from '../core/ports/index.ts';
import type { ChatSocket, SocketHandlers } from '../realtime/chat-socket.ts';
import type { RoomRegistry } from '../realtime/room-registry.ts';
import type { Stores } from '../storage/open-storage.ts';
import type { AppEnv } from './app-env.ts';
import type { ContentCoding } from './content-coding.ts';
import type { HashingLimits } from './hashing-queue.ts';
import type { SignInLimits } from './sign-in-limiter.ts';

/** A built file the server hands out (widget, console). */
export interface StaticAsset {
  body: Uint8Array;
  contentType: string;
  /** Content-hashed file names never change: cache them for a year. */
  immutable: boolean;
  /** The body compressed once, in each coding where that makes it smaller (`br`, `gzip`). */
  encoded?: Partial<Record<ContentCoding, Uint8Array>>;
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

/** `/metrics`: the Prometheus text of a runtime that keeps metrics (Node). */
export interface MetricsEndpoint {
  render(): Promise<{ body: string; contentType: string }>;
  /** `REFDESK_METRICS_TOKEN`: lets scrapers off this machine in with `Authorization: Bearer`. */
  token?: string | undefined;
}

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
   * Closes, at once, the open sockets of this responder account: with 4001 (sign in again) those
   * whose session has ended, with 4011 (reconnect through the session check) the others. Call it
   * after signing out, changing a password, or disabling the account (having deleted or ended the
   * sessions concerned). The runtime knows its sockets (runtime/node/sockets.ts; on Cloudflare
   * the cooperative's Durable Object, which every `/api` request of the cooperative reaches).
   */
  closeResponderSockets(responderId: ResponderId): void;
  /** Refusals and sign-in refusals are counted here (default: nowhere). */
  metrics?: Metrics;
  /** Serves `/metrics` when set (Node); without it `/metrics` is a 404 (Cloudflare). */
  metricsEndpoint?: MetricsEndpoint;
  /**
   * Demo mode: the `/demo/:library` pages are served. Otherwise (production) `/demo/*` is not
   * mounted and answers 404.
   */
  demo?: boolean;
  /** Overrides of the sign-in and password-hashing limits (tests, operators). */
  limits?: {
    signIn?: Partial<SignInLimits>;
    hashing?: Partial<HashingLimits>;
    /** Policy problem reports (core/budgets/abuse-budgets.ts). */
    reports?: Partial<ReportLimits>;
  };
}
