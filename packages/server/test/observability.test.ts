import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_CONNECTION_LIMITS } from '../src/realtime/connection-limiter.ts';
import { parsePrometheusText, sampleValue } from './support/prometheus-text.ts';
import { type ServerProcess, startServerProcess } from './support/server-process.ts';
import { openSocket, signIn, type TestSocket } from './support/socket-client.ts';

type LogLine = Record<string, unknown> & { level: string; time: string; event: string };

const LIBRARY_SITE = 'http://localhost';
const METRICS_TOKEN = 'metrics-secret-for-tests';

describe('logs and metrics of the real server process', { timeout: 30_000 }, () => {
  let dir: string;
  let server: ServerProcess;
  /** Every line the process wrote, parsed: each one must be JSON. */
  const log = (): LogLine[] => server.stdout.map((line) => JSON.parse(line) as LogLine);
  const linesOf = (requestId: string) => log().filter((line) => line.requestId === requestId);
  const refusalsOf = (requestId: string) =>
    linesOf(requestId).filter((line) => line.event.endsWith('.refused'));
  /** The process writes its log synchronously; a request's line is there once a later one is. */
  const flushed = async () => {
    const marker = `flush-${Math.random()}`;
    await fetch(`${server.url}/api/me`, { headers: { 'x-request-id': marker } });
    for (let i = 0; i < 100 && linesOf(marker).length < 2; i++) await new Promise(setImmediate);
  };
  const scrape = async (headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/metrics`, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(await response.text());
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'refdesk-observability-'));
    server = await startServerProcess(join(dir, 'refdesk.db'), {
      REFDESK_METRICS_TOKEN: METRICS_TOKEN,
      LOG_LEVEL: 'info',
    });
  }, 30_000);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes only JSON lines, with level, time and event, starting with server.started', () => {
    const lines = log();
    expect(lines[0]).toMatchObject({ level: 'warn', event: 'mail.log_only' });
    expect(lines.find((line) => line.event === 'server.started')).toMatchObject({
      level: 'info',
      url: server.url,
      metricsToken: true,
    });
    for (const line of lines) expect(Date.parse(line.time)).not.toBeNaN();
  });

  it('gives every request an id, honours a well-formed one and answers it in X-Request-Id', async () => {
    const given = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const forged = await fetch(`${server.url}/healthz`, {
      headers: { 'x-request-id': 'bad id"}\u00e9' },
    });
    expect(forged.headers.get('x-request-id')).toMatch(/^req_[\w-]+$/);
  });

  it('logs each HTTP refusal once, as one JSON line with its code and reason', async () => {
    const ask = (path: string, requestId: string, init: RequestInit = {}) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), 'x-request-id': requestId },
      });
    const wrong = await ask('/api/session', 'refuse-password', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ana@springfield.example', password: 'wrong-horse' }),
    });
    expect(wrong.status).toBe(401);
    expect((await ask('/api/me', 'refuse-auth')).status).toBe(401);
    const { cookie } = await signIn(server.url, 'ana@springfield.example');
    const csrf = await ask('/api/session', 'refuse-csrf', {
      method: 'DELETE',
      headers: { cookie },
    });
    expect(csrf.status).toBe(403);
    const cors = await ask('/api/libraries/springfield/widget', 'refuse-origin', {
      headers: { origin: 'https://evil.example' },
    });
    expect(cors.status).toBe(403);
    const remote = await ask('/metrics', 'refuse-metrics', {
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    expect(remote.status).toBe(401);
    await flushed();

    const expected: [string, Record<string, unknown>][] = [
      ['refuse-password', { code: 'unauthorized', reason: 'wrong_password', status: 401 }],
      ['refuse-auth', { code: 'unauthorized', reason: 'no_session', path: '/api/me' }],
      ['refuse-csrf', { level: 'warn', code: 'csrf', reason: 'csrf_token', status: 403 }],
      [
        'refuse-origin',
        { code: 'origin_not_allowed', reason: 'widget_origin', origin: 'https://evil.example' },
      ],
      ['refuse-metrics', { code: 'unauthorized', reason: 'metrics_no_token', path: '/metrics' }],
    ];
    for (const [requestId, fields] of expected) {
      expect(refusalsOf(requestId), requestId).toEqual([
        expect.objectContaining({ event: 'http.refused', ...fields }),
      ]);
      // ...and the request itself, once.
      expect(linesOf(requestId).filter((line) => line.event === 'http.request')).toHaveLength(1);
    }
    expect(server.stdout.join('\n')).not.toMatch(/wrong-horse|refdesk-demo/);
  });

  it('logs each socket refusal once: origin, protocol version, bad, oversized and too many frames, no session', async () => {
    const socket = (requestId: string, origin = LIBRARY_SITE) =>
      openSocket(`${server.url}/ws/patron`, { origin, headers: { 'x-request-id': requestId } });
    const hello = { type: 'hello', protocolVersion: 1, libraryId: 'springfield' };

    const evil = await socket('ws-origin', 'https://evil.example');
    evil.send(hello);
    expect((await evil.closed).code).toBe(4003);
    const old = await socket('ws-version');
    old.send({ ...hello, protocolVersion: 99 });
    expect((await old.closed).code).toBe(4000);
    const huge = await socket('ws-huge');
    huge.send('x'.repeat(140_000));
    expect((await huge.closed).code).toBe(4009);
    const garbled = await socket('ws-bad');
    garbled.send('not json');
    await garbled.next('error');
    const flood = await socket('ws-flood');
    for (let i = 0; i < 40; i++) flood.send({ type: 'ping' });
    await flood.next('error', (frame) => frame.code === 'rate_limited');
    const anonymous = await openSocket(`${server.url}/ws/responder`, {
      headers: { 'x-request-id': 'ws-anonymous' },
    });
    expect((await anonymous.closed).code).toBe(4001);
    garbled.close();
    flood.close();
    await flushed();

    const one = (requestId: string, fields: Record<string, unknown>) =>
      expect(refusalsOf(requestId), requestId).toEqual([
        expect.objectContaining({ event: 'socket.refused', ...fields }),
      ]);
    one('ws-origin', {
      socket: 'patron',
      code: 'origin_not_allowed',
      reason: 'origin',
      origin: 'https://evil.example',
      libraryId: 'springfield',
      close: 4003,
    });
    one('ws-version', { code: 'protocol_version', clientVersion: 99, close: 4000 });
    one('ws-huge', { level: 'warn', code: 'frame_too_large', close: 4009 });
    one('ws-bad', { code: 'bad_frame' });
    one('ws-anonymous', {
      socket: 'responder',
      code: 'unauthorized',
      reason: 'no_session',
      close: 4001,
    });
    // One line per refused frame, as many as the client was told.
    const told = flood.frames.filter((frame) => frame.code === 'rate_limited').length;
    expect(told).toBeGreaterThan(0);
    expect(refusalsOf('ws-flood')).toEqual(
      Array.from({ length: told }, () =>
        expect.objectContaining({ code: 'rate_limited', reason: 'frame_rate' }),
      ),
    );
  });

  it('logs each connection refused by the per-address limit (4008) once, with its reason', async () => {
    // All at once: twice the burst an address may open before its bucket refills.
    const sockets = Array.from({ length: DEFAULT_CONNECTION_LIMITS.burst * 2 }, (_, i) => {
      const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/ws/patron`, {
        origin: LIBRARY_SITE,
        localAddress: '127.0.0.9',
        headers: { 'x-request-id': `door-${i}` },
      });
      ws.on('error', () => undefined);
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      const settled = new Promise((resolve) => {
        ws.once('open', resolve);
        ws.once('close', resolve);
      });
      return { ws, closed, settled, requestId: `door-${i}` };
    });
    await Promise.all(sockets.map((socket) => socket.settled));
    // A refused socket is closed by the server right after it opens.
    const refused = await Promise.race([
      Promise.any(
        sockets.map((socket) =>
          socket.closed.then((code) => (code === 4008 ? socket : Promise.reject())),
        ),
      ),
      new Promise<undefined>((resolve) => setTimeout(resolve, 5_000)),
    ]);
    expect(refused).toBeDefined();
    for (const socket of sockets) socket.ws.close();
    const codes = await Promise.all(sockets.map((socket) => socket.closed));
    const refusedIds = sockets
      .filter((_, i) => codes[i] === 4008)
      .map((socket) => socket.requestId);
    await flushed();
    const lines = log().filter(
      (line) => line.event === 'socket.refused' && String(line.requestId).startsWith('door-'),
    );
    expect(lines.map((line) => line.requestId).sort()).toEqual(refusedIds.sort());
    for (const line of lines) {
      expect(line).toMatchObject({
        level: 'warn',
        code: 'rate_limited',
        reason: 'too_fast',
        address: '127.0.0.9',
        close: 4008,
      });
    }
  });

  it('serves /metrics mid-chat with queue, answers, responders, sockets and ack latency; never logs what patrons write', async () => {
    const secrets = {
      question: 'Zebra-question about the quince archive',
      message: 'Zebra-message: my card number is 12345',
      reply: 'Zebra-reply from the librarian',
      email: 'zebra.patron@example.org',
    };
    const before = await scrape();
    const started = sampleValue(before, 'refdesk_chats_started_total', { library: 'springfield' });
    const answered = sampleValue(before, 'refdesk_chats_answered_total', {
      library: 'springfield',
    });
    const acks = sampleValue(before, 'refdesk_ack_latency_seconds_count');

    const { cookie, csrfToken } = await signIn(server.url, 'ben@shelbyville.example');
    const ben = await openSocket(`${server.url}/ws/responder`, { cookie });
    ben.send({ type: 'hello', protocolVersion: 1 });
    await ben.next('welcome');
    ben.send({ type: 'set_status', status: 'cooperative' });
    await ben.next('status');
    ben.send({ type: 'set_status', status: 'away' });
    await ben.next('status');

    const patron: TestSocket = await openSocket(`${server.url}/ws/patron`, {
      origin: LIBRARY_SITE,
    });
    patron.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
    const welcome = await patron.next<{ type: 'welcome'; resumeToken: string }>('welcome');
    patron.send({
      type: 'ask',
      clientMessageId: 'q1',
      question: secrets.question,
      email: secrets.email,
    });
    await patron.next('ack');

    const waiting = await scrape();
    expect(sampleValue(waiting, 'refdesk_queue_length', { library: 'springfield' })).toBe(1);
    expect(
      sampleValue(waiting, 'refdesk_queue_oldest_wait_seconds', { library: 'springfield' }),
    ).toBeGreaterThanOrEqual(0);
    expect(sampleValue(waiting, 'refdesk_chats_started_total', { library: 'springfield' })).toBe(
      started + 1,
    );
    expect(
      sampleValue(waiting, 'refdesk_responders_online', { library: 'shelbyville', status: 'away' }),
    ).toBe(1);
    expect(sampleValue(waiting, 'refdesk_sockets_open', { kind: 'patron' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(sampleValue(waiting, 'refdesk_sockets_open', { kind: 'responder' })).toBe(1);

    ben.send({ type: 'set_status', status: 'cooperative' });
    const { offer } = await ben.next<{ type: 'offer'; offer: { chatId: string } }>('offer');
    ben.send({ type: 'accept', chatId: offer.chatId });
    await patron.next('assigned');
    patron.send({ type: 'send', clientMessageId: 'p2', text: secrets.message });
    await patron.next('ack', (ack) => ack.clientMessageId === 'p2');
    ben.send({ type: 'send', chatId: offer.chatId, clientMessageId: 'b1', text: secrets.reply });
    await patron.next('message', (frame) => frame.text === secrets.reply);
    // No mail transport here (SMTP_URL unset): the request is refused, and says why.
    patron.send({ type: 'request_transcript', email: secrets.email });
    await patron.next('error', (error) => error.ref === 'request_transcript');

    const answering = await scrape({ authorization: `Bearer ${METRICS_TOKEN}` });
    expect(sampleValue(answering, 'refdesk_queue_length', { library: 'springfield' })).toBe(0);
    expect(sampleValue(answering, 'refdesk_chats_answered_total', { library: 'springfield' })).toBe(
      answered + 1,
    );
    expect(
      sampleValue(answering, 'refdesk_responders_online', {
        library: 'shelbyville',
        status: 'cooperative',
      }),
    ).toBe(1);
    expect(sampleValue(answering, 'refdesk_ack_latency_seconds_count')).toBeGreaterThanOrEqual(
      acks + 2,
    );
    expect(answering.get('nodejs_eventloop_lag_seconds')?.type).toBe('gauge');
    expect(
      sampleValue(answering, 'refdesk_sign_in_refusals_total', { reason: 'wrong_password' }),
    ).toBeGreaterThanOrEqual(1);

    patron.send({ type: 'leave' });
    await patron.next('ended');
    patron.close();
    ben.close();
    await flushed();
    const text = server.stdout.join('\n');
    for (const secret of [
      ...Object.values(secrets),
      welcome.resumeToken,
      csrfToken,
      cookie.split('=')[1] ?? cookie,
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
