import type { ResponderId } from '@refdesk/protocol';
import type { SocketIdentity } from './socket-identity.ts';

/** The one thing realtime code knows about a WebSocket: text out, close with a code. */
export interface ChatSocket {
  send(text: string): void;
  close(code: number, reason: string): void;
  /**
   * Multiplies this socket's frame-rate limit (default 1). Set by the runtime, never by a client:
   * a capacity benchmark raises it so that the policy for people does not cap what it measures.
   */
  readonly rateScale?: number;
  /** The id of the upgrade request that opened it (`X-Request-Id`), for its log lines. */
  readonly requestId?: string;
}

/** What the runtime calls when the socket receives a message or closes. */
export interface SocketHandlers {
  onMessage(data: unknown): void;
  onClose(): void;
  /**
   * What the socket is after hello (undefined before): a runtime whose sockets outlive its memory
   * keeps it with the socket and hands it to `restoreConnections` later.
   */
  identity?(): SocketIdentity | undefined;
  /**
   * The sign-in of account `responderId` changed (signed out, password changed, disabled): a
   * socket of that account closes at once, with 4001 when its own session has ended, else with
   * 4011 so its client reconnects through the session check. Other sockets ignore it. Runtimes
   * call it on every open socket from `AppDeps.closeResponderSockets`.
   */
  signInChanged?(responderId: ResponderId): void;
}
