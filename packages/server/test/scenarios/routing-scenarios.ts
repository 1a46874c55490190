import { describe, expect, it } from 'vitest';
import type { StartRuntime } from './runtime-under-test.ts';
import { type MessageFrame, settled, useScenarioClient } from './scenario-client.ts';

type Offer = { type: 'offer'; offer: { chatId: string; tier: string; library: { id: string } } };
type ErrorFrame = { type: 'error'; code: string; ref?: string };

/**
 * The routing cascade and the accept race over real sockets.
 *
 * @example
 * routingScenarios(startNodeRuntime);
 */
export function routingScenarios(start: StartRuntime, options: { timeout?: number } = {}): void {
  describe('routing over real sockets', options, () => {
    const client = useScenarioClient(start);

    describe('a Springfield patron over real sockets', () => {
      it('reaches Ben at Shelbyville when no Springfield librarian is online, and they talk', async () => {
        const ben = await client().responder('ben@shelbyville.example');
        const patron = await client().patron(
          'springfield',
          'How do I get into the genealogy database?',
        );
        const offer = await ben.next<Offer>('offer', (o) => o.offer.chatId === patron.chatId);
        expect(offer.offer.library.id).toBe('springfield');
        expect(offer.offer.tier).not.toBe('local');
        ben.send({ type: 'accept', chatId: patron.chatId });
        await ben.next('chat_assigned');
        const assigned = await patron.socket.next<{
          type: 'assigned';
          libraryName: string;
          disclosure: string;
        }>('assigned');
        expect(assigned.libraryName).toBe('Shelbyville Public Library');
        expect(assigned.disclosure).toContain('on behalf of Springfield Public Library');
        ben.send({
          type: 'send',
          chatId: patron.chatId,
          clientMessageId: 'b1',
          text: 'Use your card number and PIN.',
        });
        const reply = await patron.socket.next<MessageFrame>(
          'message',
          (m) => m.text === 'Use your card number and PIN.',
        );
        expect(reply.chatId).toBe(patron.chatId);
      });

      it('goes to Ana at Springfield first when she is online', async () => {
        const ana = await client().responder('ana@springfield.example');
        const ben = await client().responder('ben@shelbyville.example');
        const patron = await client().patron('springfield', 'Can I renew online?');
        const offer = await ana.next<Offer>('offer');
        expect(offer.offer).toMatchObject({ chatId: patron.chatId, tier: 'local' });
        await settled(ben);
        expect(ben.frames.filter((frame) => frame.type === 'offer')).toHaveLength(0);
      });
    });

    describe('librarians racing to accept one chat', () => {
      it('gives the chat to exactly one of them and tells the others it was taken', async () => {
        const racers = await Promise.all([
          client().responder('ana@springfield.example'),
          client().responder('cora@springfield.example'),
        ]);
        const patron = await client().patron('springfield', 'Is the makerspace open on Sunday?');
        await Promise.all(racers.map((racer) => racer.next<Offer>('offer')));
        for (const racer of racers) racer.send({ type: 'accept', chatId: patron.chatId });
        const assigned = await patron.socket.next<{ type: 'assigned'; responderName: string }>(
          'assigned',
        );
        const winner = assigned.responderName === 'Ana Alvarez' ? racers[0] : racers[1];
        const loser = winner === racers[0] ? racers[1] : racers[0];
        if (!winner || !loser) throw new Error('two racers expected');
        await winner.next('chat_assigned');
        expect((await loser.next<ErrorFrame>('error')).code).toBe('already_taken');
        await loser.next('offer_withdrawn', (frame) => frame.reason === 'accepted_elsewhere');
        await Promise.all([settled(loser), settled(patron.socket)]);
        expect(loser.frames.filter((frame) => frame.type === 'chat_assigned')).toHaveLength(0);
        expect(patron.socket.frames.filter((frame) => frame.type === 'assigned')).toHaveLength(1);
      });
    });
  });
}
