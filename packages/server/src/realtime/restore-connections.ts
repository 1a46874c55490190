import type { CooperativeRoom } from '../core/room/cooperative-room.ts';
import type { PatronPeer, ResponderPeer } from '../core/room/live-state.ts';
import type { RestoredPatron, RestoredResponder } from '../core/room/resume-room.ts';
import type { ChatSocket, SocketHandlers } from './chat-socket.ts';
import { createPatronConnection } from './patron-connection.ts';
import { createResponderConnection } from './responder-connection.ts';
import { boundToSession } from './session-bound-socket.ts';
import type { SocketGuardDeps } from './socket-guard.ts';
import type { SocketIdentity } from './socket-identity.ts';

/** A socket that stayed open while the room's memory was dropped, with what it was. */
export interface SurvivingSocket {
  socket: ChatSocket;
  identity: SocketIdentity;
}

const peerOf = (socket: ChatSocket): PatronPeer & ResponderPeer => ({
  send: (frame) => socket.send(JSON.stringify(frame)),
  close: (code, reason) => socket.close(code, reason),
});

/**
 * Wakes a room with the sockets that outlived its memory (a hibernated Durable Object), instead of
 * `room.start()`: the room re-attaches them without a new welcome, and each gets handlers that
 * carry on after its hello. Returns the handlers in the order given, or undefined for a socket
 * that cannot be restored (its responder is gone): the runtime closes those with "going away", so
 * their clients reconnect.
 *
 * @example
 * const handlers = restoreConnections(deps, room, [{ socket, identity }]);
 */
export function restoreConnections(
  deps: SocketGuardDeps,
  room: CooperativeRoom,
  sockets: SurvivingSocket[],
): (SocketHandlers | undefined)[] {
  // A responder's frames go through its session's end, restored or not (session-bound-socket.ts).
  const bound = sockets.map(({ socket, identity }) =>
    identity.role === 'responder' ? boundToSession(socket, identity.session, deps.clock) : socket,
  );
  const peers = bound.map((socket) => peerOf(socket));
  const responders: (RestoredResponder & { index: number })[] = [];
  const patrons: (RestoredPatron & { index: number })[] = [];
  sockets.forEach(({ identity }, index) => {
    const peer = peers[index] as PatronPeer & ResponderPeer;
    if (identity.role === 'patron') {
      const { role: _role, ...session } = identity;
      patrons.push({ ...session, peer, index });
      return;
    }
    const responder = deps.directory.responder(identity.responderId);
    if (responder) responders.push({ peer, responder, index });
  });
  const sessions = room.resume({ responders, patrons });
  const handlers: (SocketHandlers | undefined)[] = sockets.map(() => undefined);
  patrons.forEach(({ index }, order) => {
    const session = sessions[order];
    const surviving = sockets[index];
    if (session && surviving) {
      handlers[index] = createPatronConnection(deps, surviving.socket, undefined, {
        room,
        session,
      });
    }
  });
  for (const { index, responder, peer } of responders) {
    const surviving = sockets[index];
    const socket = bound[index];
    if (surviving?.identity.role === 'responder' && socket) {
      const { session } = surviving.identity;
      handlers[index] = createResponderConnection(deps, socket, responder, { room, peer }, session);
    }
  }
  return handlers;
}
