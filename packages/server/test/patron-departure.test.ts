// A patron who closes the tab, over real sockets on the Node runtime: the librarian's offer says
// the patron left, the patron behind moves up, and the chat leaves the queue after the grace.
import { describe, expect, it } from 'vitest';
import type { StartRuntime } from './scenarios/runtime-under-test.ts';
import { type Frame, useScenarioClient } from './scenarios/scenario-client.ts';
import { startTestServer } from './support/test-server.ts';

const GRACE_MS = 1_500;

const startWithShortGrace: StartRuntime = async () => {
  const server = await startTestServer(':memory:', { room: { patronLeftGraceMs: GRACE_MS } });
  return { url: server.url, headers: {}, close: () => server.close() };
};

type OfferFrame = { type: 'offer'; offer: { chatId: string; patronLeftAt?: number } };

describe('a patron who leaves the page on purpose (real server)', () => {
  const client = useScenarioClient(startWithShortGrace);

  it('is shown as left in the offer, stops counting in the line, and leaves the queue after the grace', async () => {
    const ben = await client().responder('ben@shelbyville.example');
    const ghost = await client().patron('springfield', 'Do you have the 1911 directory?');
    await ben.next<OfferFrame>('offer', (f) => f.offer.chatId === ghost.chatId);
    const behind = await client().patron('springfield', 'When do you open on Sunday?');
    await behind.socket.next('queued', (f: Frame) => f.position === 2);

    ghost.socket.send({ type: 'departing' });
    ghost.socket.close();
    const left = await ben.next<OfferFrame>(
      'offer',
      (f) => f.offer.chatId === ghost.chatId && f.offer.patronLeftAt !== undefined,
    );
    expect(left.offer.patronLeftAt).toBeLessThanOrEqual(Date.now());
    await behind.socket.next('queued', (f: Frame) => f.position === 1);

    const withdrawn = await ben.next(
      'offer_withdrawn',
      (f: Frame) => f.chatId === ghost.chatId && f.reason === 'patron_left',
    );
    expect(withdrawn).toBeTruthy();
    expect(Date.now() - (left.offer.patronLeftAt ?? 0)).toBeGreaterThanOrEqual(GRACE_MS - 50);
  });
});
