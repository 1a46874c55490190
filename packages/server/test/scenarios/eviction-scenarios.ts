import { describe, expect, it } from 'vitest';
import type { TestSocket } from '../support/socket-client.ts';
import type { RuntimeUnderTest, StartRuntime } from './runtime-under-test.ts';
import {
  LIBRARY_ORIGIN,
  type MessageFrame,
  messagesOf,
  type Patron,
  type ScenarioClient,
  settled,
  useScenarioClient,
} from './scenario-client.ts';

type Assigned = { type: 'chat_assigned'; chatId: string; transcript: { text: string }[] };

/** Ben at Shelbyville is helping a Springfield patron; three messages were acknowledged. */
async function chatInProgress(client: ScenarioClient) {
  const ben = await client.responder('ben@shelbyville.example');
  const patron = await client.patron('springfield', 'Is the makerspace open on Sunday?');
  await ben.next('offer');
  ben.send({ type: 'accept', chatId: patron.chatId });
  await patron.socket.next('assigned');
  ben.send({ type: 'send', chatId: patron.chatId, clientMessageId: 'b1', text: 'Yes, 1 to 5 pm.' });
  await ben.next('ack', (ack) => ack.clientMessageId === 'b1');
  patron.socket.send({ type: 'send', clientMessageId: 'p2', text: 'Do I need to book?' });
  await patron.socket.next('ack', (ack) => ack.clientMessageId === 'p2');
  const acknowledged = [
    'Is the makerspace open on Sunday?',
    'Yes, 1 to 5 pm.',
    'Do I need to book?',
  ];
  return { ben, patron, acknowledged };
}

function evictable(client: ScenarioClient): Required<RuntimeUnderTest> {
  const { runtime } = client;
  if (!runtime.evict) throw new Error('this runtime cannot evict its cooperatives');
  return runtime as Required<RuntimeUnderTest>;
}

async function resumePatron(client: ScenarioClient, patron: Patron): Promise<TestSocket> {
  const back = await client.socket('/ws/patron', { origin: LIBRARY_ORIGIN });
  back.send({
    type: 'hello',
    protocolVersion: 1,
    libraryId: 'springfield',
    resumeToken: patron.resumeToken,
    lastSeq: 0,
  });
  return back;
}

/** Waits until the room has set an idle responder away: then it has no timer pending. */
async function idle(responder: TestSocket): Promise<void> {
  await responder.next('status', (frame) => frame.reason === 'inactive');
}

/**
 * The cooperative's object leaves memory in the middle of a chat, as Cloudflare may evict or
 * hibernate a Durable Object at any time; nothing acknowledged is lost either way. An object
 * hibernates only with no timer pending, so `start` must give responders an idle time of a few
 * seconds: the room clears the last timer when it sets an idle responder away.
 *
 * @example
 * evictionScenarios(startCloudflareRuntime({ responderIdleMs: 3000 }));
 */
export function evictionScenarios(start: StartRuntime, options: { timeout?: number } = {}): void {
  describe('the cooperative evicted from memory in the middle of a chat', options, () => {
    const client = useScenarioClient(start);

    it('loses no acknowledged message when its sockets close too, and both sides resume', async () => {
      const { ben, patron, acknowledged } = await chatInProgress(client());
      await evictable(client()).evict('close');
      await Promise.all([ben.closed, patron.socket.closed]);

      const patronBack = await resumePatron(client(), patron);
      const welcome = await patronBack.next<{ type: 'welcome'; chatId: string; state: string }>(
        'welcome',
      );
      expect(welcome).toMatchObject({ chatId: patron.chatId, state: 'active' });
      await patronBack.next('assigned');
      const texts = messagesOf(patronBack).map((m) => m.text);
      for (const text of acknowledged) expect(texts.filter((t) => t === text)).toHaveLength(1);
      const seqs = messagesOf(patronBack).map((m) => m.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

      const benBack = await client().socket('/ws/responder', { cookie: ben.cookie });
      benBack.send({ type: 'hello', protocolVersion: 1 });
      const assigned = await benBack.next<Assigned>('chat_assigned');
      expect(assigned.chatId).toBe(patron.chatId);
      expect(assigned.transcript.map((m) => m.text)).toEqual(expect.arrayContaining(acknowledged));
      benBack.send({ type: 'send', chatId: patron.chatId, clientMessageId: 'b2', text: 'No.' });
      const after = await patronBack.next<MessageFrame>('message', (m) => m.text === 'No.');
      expect(after.seq).toBeGreaterThan(Math.max(...seqs));
    });

    it('keeps hibernated sockets talking both ways, without a new hello and without a gap in the sequence', async () => {
      const { ben, patron } = await chatInProgress(client());
      await idle(ben);
      const lastSeq = Math.max(...messagesOf(patron.socket).map((m) => m.seq));
      await evictable(client()).evict('hibernate');

      ben.send({ type: 'send', chatId: patron.chatId, clientMessageId: 'b2', text: 'No booking.' });
      const reply = await patron.socket.next<MessageFrame>(
        'message',
        (m) => m.text === 'No booking.',
      );
      expect(reply.seq).toBe(lastSeq + 1);
      patron.socket.send({ type: 'send', clientMessageId: 'p3', text: 'Great, thanks!' });
      await patron.socket.next('ack', (ack) => ack.clientMessageId === 'p3');
      const heard = await ben.next<{ type: 'message'; message: { text: string; seq: number } }>(
        'message',
        (frame) => (frame.message as { text: string }).text === 'Great, thanks!',
      );
      expect(heard.message.seq).toBe(lastSeq + 2);
      await Promise.all([settled(ben), settled(patron.socket)]);
      expect(ben.frames.filter((frame) => frame.type === 'welcome')).toHaveLength(1);
      expect(patron.socket.frames.filter((frame) => frame.type === 'welcome')).toHaveLength(1);
    });

    it('puts a librarian whose console hibernated back on duty: the next question reaches him', async () => {
      const ben = await client().responder('ben@shelbyville.example');
      await idle(ben);
      await evictable(client()).evict('hibernate');
      ben.send({ type: 'set_status', status: 'local' });
      await ben.next('status', (frame) => frame.reason === 'requested');
      const patron = await client().patron('shelbyville', 'Can I print from my phone?');
      const offer = await ben.next<{ type: 'offer'; offer: { chatId: string; tier: string } }>(
        'offer',
      );
      expect(offer.offer).toMatchObject({ chatId: patron.chatId, tier: 'local' });
    });

    it('lets a patron who waited through a hibernation be picked up, and talk', async () => {
      const patron = await client().patron('springfield', 'Anybody there?');
      await patron.socket.next('offline');
      await evictable(client()).evict('hibernate');
      const ben = await client().responder('ben@shelbyville.example');
      await ben.next(
        'offer',
        (frame) => (frame.offer as { chatId: string }).chatId === patron.chatId,
      );
      ben.send({ type: 'accept', chatId: patron.chatId });
      await patron.socket.next('assigned');
      patron.socket.send({ type: 'send', clientMessageId: 'p2', text: 'Hello Ben!' });
      await ben.next(
        'message',
        (frame) => (frame.message as { text: string }).text === 'Hello Ben!',
      );
    });
  });
}
