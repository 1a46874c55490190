import { describe, expect, it } from 'vitest';
import type { StartRuntime } from './runtime-under-test.ts';
import { LIBRARY_ORIGIN, settled, useScenarioClient } from './scenario-client.ts';

type ErrorFrame = { type: 'error'; code: string };

/**
 * What sockets that break the protocol are told, and when they are closed.
 *
 * @example
 * refusalScenarios(startNodeRuntime);
 */
export function refusalScenarios(start: StartRuntime, options: { timeout?: number } = {}): void {
  describe('refusals', options, () => {
    const client = useScenarioClient(start);

    it('closes a patron socket that speaks another protocol version, saying why', async () => {
      const socket = await client().socket('/ws/patron', { origin: LIBRARY_ORIGIN });
      socket.send({ type: 'hello', protocolVersion: 99, libraryId: 'springfield' });
      expect((await socket.next<ErrorFrame>('error')).code).toBe('protocol_version');
      expect((await socket.closed).code).toBe(4000);
    });

    it('closes a patron socket for an unknown library', async () => {
      const socket = await client().socket('/ws/patron', { origin: LIBRARY_ORIGIN });
      socket.send({ type: 'hello', protocolVersion: 1, libraryId: 'atlantis' });
      expect((await socket.next<ErrorFrame>('error')).code).toBe('unknown_library');
      expect((await socket.closed).code).toBe(4002);
    });

    it('refuses a page from an origin the library does not allow', async () => {
      const socket = await client().socket('/ws/patron', { origin: 'https://evil.example' });
      socket.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
      expect((await socket.next<ErrorFrame>('error')).code).toBe('origin_not_allowed');
      expect((await socket.closed).code).toBe(4003);
    });

    it('tells the widget, when no mail transport is configured, that transcripts cannot be emailed, and refuses one', async () => {
      const ben = await client().responder('ben@shelbyville.example');
      const { socket, chatId } = await client().patron('springfield', 'Email me this?');
      const welcome = socket.frames.find((frame) => frame.type === 'welcome');
      expect(welcome?.library).toMatchObject({ transcriptEmail: false });
      await ben.next('offer');
      ben.send({ type: 'accept', chatId });
      await ben.next('chat_assigned');
      socket.send({ type: 'request_transcript', email: 'pat@example.org' });
      const refused = await socket.next<ErrorFrame & { message: string; ref?: string }>('error');
      expect(refused).toMatchObject({ code: 'invalid_state', ref: 'request_transcript' });
      expect(refused.message).toMatch(/cannot send email/);
      await settled(socket);
      expect(socket.frames.some((frame) => frame.type === 'received')).toBe(false);
    });

    it('answers malformed and oversized frames with errors and keeps the socket open', async () => {
      const { socket } = await client().patron('springfield', 'hello?');
      socket.send('{not json');
      expect((await socket.next<ErrorFrame>('error')).code).toBe('bad_frame');
      socket.send({ type: 'send', clientMessageId: 'big', text: 'x'.repeat(40_000) });
      expect((await socket.next<ErrorFrame>('error')).code).toBe('frame_too_large');
      socket.send({ type: 'send', clientMessageId: 'ok1', text: 'still here' });
      const ack = await socket.next<{ type: 'ack'; clientMessageId: string }>('ack', (frame) =>
        String(frame.clientMessageId).startsWith('ok'),
      );
      expect(ack.clientMessageId).toBe('ok1');
    });

    it('tells a console without a session that it is unauthorized, and closes its socket', async () => {
      const socket = await client().socket('/ws/responder');
      socket.send({ type: 'hello', protocolVersion: 1 });
      expect((await socket.next<ErrorFrame>('error')).code).toBe('unauthorized');
      expect((await socket.closed).code).toBe(4001);
    });
  });
}
