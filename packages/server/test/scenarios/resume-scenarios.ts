import { describe, expect, it } from 'vitest';
import type { StartRuntime } from './runtime-under-test.ts';
import {
  LIBRARY_ORIGIN,
  type MessageFrame,
  messagesOf,
  settled,
  useScenarioClient,
} from './scenario-client.ts';

type Ack = { type: 'ack'; clientMessageId: string; seq: number };

/**
 * A patron whose connection drops comes back with their resume token and the last sequence
 * number they saw, and gets exactly what they missed.
 *
 * @example
 * resumeScenarios(startNodeRuntime);
 */
export function resumeScenarios(start: StartRuntime, options: { timeout?: number } = {}): void {
  describe('resuming after a reconnect', options, () => {
    const client = useScenarioClient(start);

    it('replays only what the patron missed, once, and a retried message is not stored twice', async () => {
      const ben = await client().responder('ben@shelbyville.example');
      const patron = await client().patron('springfield', 'Do you have the 1911 directory?');
      await ben.next('offer');
      ben.send({ type: 'accept', chatId: patron.chatId });
      await patron.socket.next('assigned');
      patron.socket.send({ type: 'send', clientMessageId: 'p2', text: 'The print one, please.' });
      const firstAck = await patron.socket.next<Ack>('ack', (ack) => ack.clientMessageId === 'p2');
      await patron.socket.next<MessageFrame>('message', (m) => m.clientMessageId === 'p2');
      const lastSeq = Math.max(...messagesOf(patron.socket).map((m) => m.seq));

      patron.socket.close();
      await patron.socket.closed;
      for (const [id, text] of [
        ['b1', 'It is in the local history room.'],
        ['b2', 'Ask at the desk on the second floor.'],
      ]) {
        ben.send({ type: 'send', chatId: patron.chatId, clientMessageId: id, text });
        await ben.next('ack', (ack) => ack.clientMessageId === id);
      }

      const back = await client().socket('/ws/patron', { origin: LIBRARY_ORIGIN });
      back.send({
        type: 'hello',
        protocolVersion: 1,
        libraryId: 'springfield',
        resumeToken: patron.resumeToken,
        lastSeq,
      });
      const welcome = await back.next<{ type: 'welcome'; chatId: string; state: string }>(
        'welcome',
      );
      expect(welcome).toMatchObject({ chatId: patron.chatId, state: 'active' });
      await back.next('assigned');
      expect(messagesOf(back).map((m) => m.text)).toEqual([
        'It is in the local history room.',
        'Ask at the desk on the second floor.',
      ]);
      expect(messagesOf(back).every((m) => m.seq > lastSeq)).toBe(true);

      back.send({ type: 'send', clientMessageId: 'p2', text: 'The print one, please.' });
      const retryAck = await back.next<Ack>('ack', (ack) => ack.clientMessageId === 'p2');
      expect(retryAck.seq).toBe(firstAck.seq);
      await settled(ben);
      const copies = ben.frames.filter(
        (frame) =>
          frame.type === 'message' &&
          (frame.message as { clientMessageId?: string }).clientMessageId === 'p2',
      );
      expect(copies).toHaveLength(1);
    });

    it('tells a patron whose token is unknown that the chat has expired, then starts afresh', async () => {
      const socket = await client().socket('/ws/patron', { origin: LIBRARY_ORIGIN });
      socket.send({
        type: 'hello',
        protocolVersion: 1,
        libraryId: 'springfield',
        resumeToken: 'not-a-token-anybody-was-given',
        lastSeq: 3,
      });
      expect((await socket.next<{ type: 'error'; code: string }>('error')).code).toBe(
        'session_expired',
      );
      const welcome = await socket.next<{ type: 'welcome'; chatId: string | null }>('welcome');
      expect(welcome.chatId).toBeNull();
    });
  });
}
