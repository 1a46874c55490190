import {
  CloseCode,
  decodeResponderClientFrame,
  type ErrorCode,
  PROTOCOL_VERSION,
  type ResponderId,
  type ResponderServerFrame,
} from '@refdesk/protocol';
import type { Responder } from '../core/model.ts';
import type { CooperativeRoom } from '../core/room/cooperative-room.ts';
import type { ResponderPeer } from '../core/room/live-state.ts';
import type { ChatSocket, SocketHandlers } from './chat-socket.ts';
import { encodeFrame } from './encode-frame.ts';
import { boundToSession, type SocketSession } from './session-bound-socket.ts';
import { createSocketGuard, type SocketGuardDeps } from './socket-guard.ts';

/** A responder socket re-attached to a rebuilt room: it said hello before the room slept. */
export interface RestoredResponderConnection {
  room: CooperativeRoom;
  peer: ResponderPeer;
}

/**
 * Serves one responder socket. The session cookie identified the responder at the upgrade; a
 * socket without one is told `unauthorized` and closed. The first frame must be `hello`. The
 * socket ends with its session (expiry, sign-out: {@link SocketHandlers.signInChanged}).
 *
 * @example
 * upgrade(async (c) => (socket) => createResponderConnection(deps, socket, responder, undefined, session));
 */
export function createResponderConnection(
  deps: SocketGuardDeps,
  raw: ChatSocket,
  responder: Responder | undefined,
  restored?: RestoredResponderConnection,
  session?: SocketSession,
): SocketHandlers {
  const socket = boundToSession(raw, session, deps.clock);
  let room: CooperativeRoom | undefined = restored?.room;
  const peer: ResponderPeer = restored?.peer ?? {
    send: (frame) => socket.send(encodeFrame(frame)),
    close: (code, reason) => socket.close(code, reason),
  };
  const refuse = (code: ErrorCode, message: string, ref?: string) => {
    const frame: ResponderServerFrame = { type: 'error', code, message };
    if (ref) frame.ref = ref;
    peer.send(frame);
  };
  const guard = createSocketGuard(deps, socket, refuse, { burst: 60, perSecond: 20 }, 'responder');
  if (!responder)
    guard.fail('unauthorized', CloseCode.unauthorized, 'Sign in first.', { reason: 'no_session' });
  else if (restored) guard.helloReceived();

  return {
    onMessage(data) {
      if (socket.ended()) return;
      const text = guard.admit(data);
      if (text === undefined || !responder) return;
      const decoded = decodeResponderClientFrame(text);
      if (!decoded.ok) {
        guard.reject(decoded.error.code, decoded.error.message, decoded.error.ref);
        return;
      }
      const frame = decoded.value;
      guard.run(frame.type, () => {
        if (frame.type !== 'hello') {
          if (!room) refuse('invalid_state', 'Send hello first.', frame.type);
          else room.responderFrame(peer, responder, frame);
          return;
        }
        if (room) return refuse('invalid_state', 'Already said hello.', 'hello');
        if (frame.protocolVersion !== PROTOCOL_VERSION) {
          return guard.fail(
            'protocol_version',
            CloseCode.protocolVersion,
            `This server speaks protocol ${PROTOCOL_VERSION}.`,
            { clientVersion: frame.protocolVersion },
          );
        }
        const library = deps.directory.library(responder.libraryId);
        room = library && deps.rooms.roomFor(library.cooperativeId);
        if (!room)
          return guard.fail(
            'unauthorized',
            CloseCode.unauthorized,
            'Your library is not in a cooperative.',
          );
        guard.helloReceived();
        room.responderOpened(peer, responder);
      });
    },
    onClose() {
      guard.closed();
      if (room && responder) room.responderClosed(peer, responder);
      room = undefined;
    },
    identity: () =>
      room && responder
        ? { role: 'responder', responderId: responder.id, ...(session ? { session } : {}) }
        : undefined,
    signInChanged(responderId: ResponderId) {
      if (!responder || responder.id !== responderId || socket.ended()) return;
      const stored = session && deps.accounts?.session(session.idHash);
      if (stored && stored.expiresAt > deps.clock.now()) {
        socket.close(CloseCode.signInChanged, 'sign-in changed: reconnect');
      } else socket.end('You signed out: sign in again.');
    },
  };
}
