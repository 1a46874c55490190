// Findings 6 and 7 of security issue #19 against the Node runtime (the same scenarios run against
// Cloudflare in test/scenarios-cloudflare.test.ts), and what only Node's injectable clock and
// logger can show: a socket ends with its session's expiry, and refusals are logged with a reason.
import { afterEach, describe, expect, it } from 'vitest';
import type { LoggerInput } from '../../src/core/ports/index.ts';
import { SESSION_HOURS } from '../../src/http/session-auth.ts';
import { systemClock } from '../../src/runtime/node/platform.ts';
import type { RunningServer } from '../../src/runtime/node/server.ts';
import type { StartRuntime } from '../scenarios/runtime-under-test.ts';
import { openSocket, signIn } from '../support/socket-client.ts';
import { startTestServer } from '../support/test-server.ts';
import { responderSocketAttacks } from './socket-scenarios.ts';

const startNodeRuntime: StartRuntime = async () => {
  const server = await startTestServer();
  return { url: server.url, headers: {}, close: () => server.close() };
};

responderSocketAttacks(startNodeRuntime, { timeout: 20_000 });

describe('security: the responder socket on Node', { timeout: 20_000 }, () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('finding 6: logs each cross-origin refusal with its reason and origin', async () => {
    const logged: { message: string; data: Record<string, unknown> }[] = [];
    const logger: LoggerInput = {
      info: (message, data) => logged.push({ message, data: data ?? {} }),
      error: () => undefined,
    };
    server = await startTestServer(':memory:', { logger });
    const { cookie } = await signIn(server.url, 'ana@springfield.example');
    const hijack = openSocket(`${server.url}/ws/responder`, {
      cookie,
      origin: 'https://evil.example',
    });
    await expect(hijack).rejects.toThrow(/403/);
    expect(logged).toContainEqual({
      message: 'responder socket refused',
      data: expect.objectContaining({
        reason: 'cross_origin',
        origin: 'https://evil.example',
        expected: server.url,
        signedIn: true,
      }),
    });
  });

  it('finding 7: a socket ends with its session: past the expiry it is closed, not fed', async () => {
    let shift = 0;
    const clock = { ...systemClock, now: () => systemClock.now() + shift };
    server = await startTestServer(':memory:', { clock });
    const { cookie } = await signIn(server.url, 'ana@springfield.example');
    const ana = await openSocket(`${server.url}/ws/responder`, { cookie });
    ana.send({ type: 'hello', protocolVersion: 1 });
    await ana.next('welcome');
    ana.send({ type: 'set_status', status: 'local' });
    await ana.next('status');
    shift = SESSION_HOURS * 3600_000 + 1000;
    // A patron asks: the offer would be the first frame after expiry; the socket closes instead.
    const patron = await openSocket(`${server.url}/ws/patron`, { origin: 'http://localhost:5173' });
    patron.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
    await patron.next('welcome');
    patron.send({ type: 'ask', clientMessageId: 'q1', question: 'Is my card still valid?' });
    expect(await ana.closed).toMatchObject({ code: 4001 });
    expect(ana.frames.filter((frame) => frame.type === 'offer')).toEqual([]);
    patron.close();
  });

  it('finding 7: an expired session gets no answer to its next frame but the close', async () => {
    let shift = 0;
    const clock = { ...systemClock, now: () => systemClock.now() + shift };
    server = await startTestServer(':memory:', { clock });
    const { cookie } = await signIn(server.url, 'ana@springfield.example');
    const ana = await openSocket(`${server.url}/ws/responder`, { cookie });
    ana.send({ type: 'hello', protocolVersion: 1 });
    await ana.next('welcome');
    shift = SESSION_HOURS * 3600_000 + 1000;
    ana.send({ type: 'ping' });
    expect(await ana.closed).toMatchObject({ code: 4001 });
    expect(ana.frames.filter((frame) => frame.type === 'pong')).toEqual([]);
  });
});
