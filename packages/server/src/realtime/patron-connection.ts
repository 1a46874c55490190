import {
  CloseCode,
  decodePatronClientFrame,
  type ErrorCode,
  type PatronServerFrame,
  PROTOCOL_VERSION,
} from '@refdesk/protocol';
import { isOriginAllowed } from '../core/libraries/origin-policy.ts';
import { patronErrorMessage } from '../core/notify/patron-error-text.ts';
import type { CooperativeRoom } from '../core/room/cooperative-room.ts';
import type { PatronPeer, PatronSession } from '../core/room/live-state.ts';
import type { ChatSocket, SocketHandlers } from './chat-socket.ts';
import { encodeFrame } from './encode-frame.ts';
import { parseOrigin } from './parse-origin.ts';
import { createSocketGuard, type SocketGuardDeps } from './socket-guard.ts';
import { keptPageUrl } from './socket-identity.ts';

/** A patron socket re-attached to a rebuilt room: it said hello before the room slept. */
export interface RestoredPatronConnection {
  room: CooperativeRoom;
  session: PatronSession;
}

/**
 * Serves one patron socket: the first frame must be `hello` (right protocol version, a known
 * library, an allowed origin); after it, frames go to the cooperative's room. A bad frame gets an
 * `error` frame and the socket stays open; floods and wrong versions close it.
 *
 * @example
 * upgrade(async (c) => (socket) => createPatronConnection(deps, socket, origin, undefined, address));
 */
export function createPatronConnection(
  deps: SocketGuardDeps,
  socket: ChatSocket,
  origin: string | undefined,
  restored?: RestoredPatronConnection,
  clientAddress: string | null = null,
): SocketHandlers {
  let session: PatronSession | undefined = restored?.session;
  let room: CooperativeRoom | undefined = restored?.room;
  const peer: PatronPeer = restored?.session.peer ?? {
    send: (frame) => socket.send(encodeFrame(frame)),
    close: (code, reason) => socket.close(code, reason),
  };
  // The widget's language, once its hello names one: refusals are worded in it (logs keep English).
  let locale: string | null | undefined = restored?.session.locale;
  const refuse = (code: ErrorCode, message: string, ref?: string) => {
    const frame: PatronServerFrame = {
      type: 'error',
      code,
      message: patronErrorMessage(code, message, locale),
    };
    if (ref) frame.ref = ref;
    peer.send(frame);
  };
  const guard = createSocketGuard(deps, socket, refuse, { burst: 30, perSecond: 10 }, 'patron');
  if (restored) guard.helloReceived();

  return {
    onMessage(data) {
      const text = guard.admit(data);
      if (text === undefined) return;
      const decoded = decodePatronClientFrame(text);
      if (!decoded.ok)
        return guard.reject(decoded.error.code, decoded.error.message, decoded.error.ref);
      const frame = decoded.value;
      guard.run(frame.type, () => {
        if (frame.type !== 'hello') {
          if (!session || !room) return refuse('invalid_state', 'Send hello first.', frame.type);
          return room.patronFrame(session, frame);
        }
        if (session) return refuse('invalid_state', 'Already said hello.', 'hello');
        locale = frame.locale;
        if (frame.protocolVersion !== PROTOCOL_VERSION) {
          return guard.fail(
            'protocol_version',
            CloseCode.protocolVersion,
            `This server speaks protocol ${PROTOCOL_VERSION}.`,
            { clientVersion: frame.protocolVersion },
          );
        }
        const library = deps.directory.library(frame.libraryId);
        if (!library || library.disabled) {
          return guard.fail(
            'unknown_library',
            CloseCode.unknownLibrary,
            library
              ? 'This library\u2019s chat is switched off.'
              : `No library "${frame.libraryId}".`,
            { libraryId: frame.libraryId },
          );
        }
        if (!isOriginAllowed(library, origin, parseOrigin)) {
          return guard.fail(
            'origin_not_allowed',
            CloseCode.originNotAllowed,
            'This page may not open chats for that library.',
            { reason: 'origin', origin: origin ?? null, libraryId: library.id },
          );
        }
        room = deps.rooms.roomFor(library.cooperativeId);
        if (!room)
          return guard.fail(
            'unknown_library',
            CloseCode.unknownLibrary,
            'That library has no cooperative.',
          );
        guard.helloReceived();
        session = room.patronHello(peer, frame, library, clientAddress);
      });
    },
    onClose() {
      guard.closed();
      if (session && room) room.patronClosed(session);
      session = undefined;
    },
    identity: () =>
      session && {
        role: 'patron',
        libraryId: session.libraryId,
        resumeToken: session.resumeToken,
        chatId: session.chatId,
        practice: session.practice,
        pageUrl: keptPageUrl(session.pageUrl),
        clientAddress: session.clientAddress,
        locale: session.locale ?? null,
      },
  };
}
