import { ResponderIdSchema } from '@refdesk/protocol';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createRoomHarness } from '../../test/support/room-harness.ts';
import { silentLogger } from '../core/logging/json-logger.ts';
import type { ChatSocket } from './chat-socket.ts';
import { createPatronConnection } from './patron-connection.ts';
import { createResponderConnection } from './responder-connection.ts';
import { restoreConnections } from './restore-connections.ts';
import type { SocketGuardDeps } from './socket-guard.ts';
import type { SocketIdentity } from './socket-identity.ts';

type Frame = { type: string } & Record<string, unknown>;

function recordingSocket() {
  const frames: Frame[] = [];
  const socket: ChatSocket & { frames: Frame[]; of(type: string): Frame[] } = {
    frames,
    send: (text) => frames.push(JSON.parse(text) as Frame),
    close: () => undefined,
    of: (type) => frames.filter((frame) => frame.type === type),
  };
  return socket;
}

function setup() {
  const h = createRoomHarness();
  h.library('springfield');
  const ben = h.responder('ben', 'springfield');
  h.room.start();
  const deps: SocketGuardDeps = {
    clock: h.clock,
    directory: h.stores.directory,
    rooms: { roomFor: () => h.room, rooms: () => [h.room] },
    logger: silentLogger,
  };
  const benSocket = recordingSocket();
  const benHandlers = createResponderConnection(deps, benSocket, ben);
  const patronSocket = recordingSocket();
  const patronHandlers = createPatronConnection(deps, patronSocket, 'https://springfield.example');
  return { h, ben, deps, benSocket, benHandlers, patronSocket, patronHandlers };
}

const send = (handlers: { onMessage(data: unknown): void }, frame: object) =>
  handlers.onMessage(JSON.stringify(frame));

describe('sockets restored into a rebuilt room', () => {
  it('say what they are only after hello, and what changes as the chat goes on', () => {
    const { benHandlers, patronHandlers, ben } = setup();
    expect(patronHandlers.identity?.()).toBeUndefined();
    send(patronHandlers, { type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
    expect(patronHandlers.identity?.()).toMatchObject({ role: 'patron', chatId: null });
    send(patronHandlers, { type: 'ask', clientMessageId: 'q1', question: 'Open today?' });
    expect(patronHandlers.identity?.()).toMatchObject({
      role: 'patron',
      libraryId: 'springfield',
      chatId: expect.stringMatching(/^chat_/),
      practice: false,
    });
    send(benHandlers, { type: 'hello', protocolVersion: 1 });
    expect(benHandlers.identity?.()).toEqual({ role: 'responder', responderId: ben.id });
  });

  it('carry on after their hello: the responder accepts the chat he was offered and they talk', () => {
    const { h, deps, benSocket, benHandlers, patronSocket, patronHandlers } = setup();
    send(benHandlers, { type: 'hello', protocolVersion: 1 });
    send(benHandlers, { type: 'set_status', status: 'local' });
    send(patronHandlers, { type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
    send(patronHandlers, { type: 'ask', clientMessageId: 'q1', question: 'Open today?' });
    const offer = benSocket.of('offer')[0]?.offer as { chatId: string } | undefined;
    if (!offer) throw new Error('Ben was offered nothing');
    const identities = [patronHandlers.identity?.(), benHandlers.identity?.()] as SocketIdentity[];

    h.replace();
    const [patron, responder] = restoreConnections(deps, h.room, [
      { socket: patronSocket, identity: identities[0] as SocketIdentity },
      { socket: benSocket, identity: identities[1] as SocketIdentity },
    ]);
    if (!patron || !responder) throw new Error('both sockets should come back');
    send(responder, { type: 'accept', chatId: offer.chatId });
    expect(benSocket.of('chat_assigned')).toHaveLength(1);
    expect(patronSocket.of('assigned')).toHaveLength(1);
    send(patron, { type: 'send', clientMessageId: 'p2', text: 'Thanks' });
    expect(patronSocket.of('ack').at(-1)).toMatchObject({ clientMessageId: 'p2' });
    expect(benSocket.of('welcome')).toHaveLength(1);
    expect(patronSocket.of('welcome')).toHaveLength(1);
  });

  it('gives nothing back for a responder who is no longer in the directory', () => {
    const { h, deps } = setup();
    h.replace();
    const identity: SocketIdentity = {
      role: 'responder',
      responderId: v.parse(ResponderIdSchema, 'r_gone'),
    };
    expect(restoreConnections(deps, h.room, [{ socket: recordingSocket(), identity }])).toEqual([
      undefined,
    ]);
  });
});
