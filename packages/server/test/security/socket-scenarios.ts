import { describe, expect, it } from 'vitest';
import type { StartRuntime } from '../scenarios/runtime-under-test.ts';
import { type Frame, settled, useScenarioClient } from '../scenarios/scenario-client.ts';

type Offer = { type: 'offer'; offer: { chatId: string } };

/**
 * The attacks on `/ws/responder` of security issue #19, over real sockets, on every runtime:
 * cross-site WebSocket hijacking (finding 6) and sockets that outlived sign-out (finding 7).
 *
 * @example
 * responderSocketAttacks(startNodeRuntime);
 */
export function responderSocketAttacks(
  start: StartRuntime,
  options: { timeout?: number } = {},
): void {
  describe('security: the responder socket', options, () => {
    const client = useScenarioClient(start);

    it('finding 6: refuses a signed-in librarian socket opened by a page on another origin', async () => {
      const { cookie } = await client().signIn('ana@springfield.example');
      // What a page on https://evil.example makes the librarian's browser send: her cookie.
      const hijack = client().socket('/ws/responder', { cookie, origin: 'https://evil.example' });
      await expect(hijack).rejects.toThrow(/403/);
      const nullOrigin = client().socket('/ws/responder', { cookie, origin: 'null' });
      await expect(nullOrigin).rejects.toThrow(/403/);
      // The console on the site itself still connects.
      const own = await client().socket('/ws/responder', {
        cookie,
        origin: new URL(client().runtime.url).origin,
      });
      own.send({ type: 'hello', protocolVersion: 1 });
      await own.next('welcome');
    });

    it('finding 7: signing out closes the sockets opened with the session, before any offer', async () => {
      const ana = await client().responder('ana@springfield.example', 'local');
      const { csrfToken } = await (
        await client().fetch('/api/me', { headers: { cookie: ana.cookie } })
      ).json();
      const out = await client().fetch('/api/session', {
        method: 'DELETE',
        headers: { cookie: ana.cookie, 'x-csrf-token': csrfToken },
      });
      expect(out.status).toBe(204);
      expect(await ana.closed).toMatchObject({ code: 4001 });
      expect(ana.frames.at(-1)).toMatchObject({ type: 'error', code: 'unauthorized' });
      // A patron asks at Ana's library: her old socket gets nothing more.
      const before = ana.frames.length;
      await client().patron('springfield', 'What is my PIN? My email is pat@example.org');
      expect(ana.frames.slice(before)).toEqual([]);
      expect(ana.frames.filter((frame: Frame) => frame.type === 'offer')).toEqual([]);
    });

    it('finding 7: signing out on one computer makes the other re-check its own session', async () => {
      const desk = await client().responder('ana@springfield.example', 'local');
      const laptop = await client().signIn('ana@springfield.example');
      const out = await client().fetch('/api/session', {
        method: 'DELETE',
        headers: { cookie: laptop.cookie, 'x-csrf-token': laptop.csrfToken },
      });
      expect(out.status).toBe(204);
      // The desk's session still holds: it is told to reconnect, and may.
      expect(await desk.closed).toMatchObject({ code: 4011 });
      const again = await client().socket('/ws/responder', { cookie: desk.cookie });
      again.send({ type: 'hello', protocolVersion: 1 });
      await again.next('welcome');
      again.send({ type: 'set_status', status: 'local' });
      await again.next('status');
      const patron = await client().patron('springfield', 'Are you open on Sunday?');
      await again.next<Offer>('offer', (o) => o.offer.chatId === patron.chatId);
      // The signed-out laptop cannot open one.
      const refused = await client().socket('/ws/responder', { cookie: laptop.cookie });
      refused.send({ type: 'hello', protocolVersion: 1 });
      expect((await refused.next<Frame & { code: string }>('error')).code).toBe('unauthorized');
      expect(await refused.closed).toMatchObject({ code: 4001 });
      await settled(again);
    });
  });
}
