import { CloseCode, type ErrorFrame } from '@refdesk/protocol';
import type { Clock } from '../core/ports/index.ts';
import type { ChatSocket } from './chat-socket.ts';

/** The responder session a socket was opened with (the cookie's hash, never the cookie). */
export interface SocketSession {
  idHash: string;
  expiresAt: number;
}

/** A responder socket that never outlives its session: see {@link boundToSession}. */
export interface SessionBoundSocket extends ChatSocket {
  readonly session: SocketSession | undefined;
  /** Whether the session has ended (expired, or ended by `end`); an expired one is ended now. */
  ended(): boolean;
  /** Tells the client `unauthorized` and closes with 4001: the console shows its sign-in page. */
  end(message: string): void;
}

const BOUND = Symbol('session-bound');
const ENDED: ErrorFrame = {
  type: 'error',
  code: 'unauthorized',
  message: 'Your session has ended: sign in again.',
};

/**
 * Wraps a responder socket so that nothing reaches the client once its session has expired: each
 * frame, in or out, compares the clock with the session's end (no timer, so a hibernating Durable
 * Object stays asleep), and the first one after it closes the socket with 4001. Binding a bound
 * socket again returns it unchanged. Without a session (a socket restored from an attachment
 * written before sessions were kept with sockets) only `end` closes it.
 *
 * @example
 * const socket = boundToSession(raw, { idHash, expiresAt }, clock);
 * if (socket.ended()) return;
 */
export function boundToSession(
  socket: ChatSocket,
  session: SocketSession | undefined,
  clock: Pick<Clock, 'now'>,
): SessionBoundSocket {
  if (BOUND in socket) return socket as unknown as SessionBoundSocket;
  let over = false;
  const bound: SessionBoundSocket & { [BOUND]: true } = {
    [BOUND]: true,
    session,
    ...(socket.rateScale === undefined ? {} : { rateScale: socket.rateScale }),
    ...(socket.requestId === undefined ? {} : { requestId: socket.requestId }),
    ended() {
      if (!over && session && clock.now() >= session.expiresAt) bound.end(ENDED.message);
      return over;
    },
    end(message) {
      if (over) return;
      over = true;
      socket.send(JSON.stringify({ ...ENDED, message }));
      socket.close(CloseCode.unauthorized, 'session ended');
    },
    send(text) {
      if (!bound.ended()) socket.send(text);
    },
    close(code, reason) {
      over = true;
      socket.close(code, reason);
    },
  };
  return bound;
}
