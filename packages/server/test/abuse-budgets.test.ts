import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ABUSE_LIMITS } from '../src/core/budgets/abuse-budgets.ts';
import type { NodeServerOptions, RunningServer } from '../src/runtime/node/server.ts';
import { plainPasswords } from './support/app-harness.ts';
import { createRecordingMailer, type RecordingMailer } from './support/recording-mailer.ts';
import { openSocket, signIn, type TestSocket } from './support/socket-client.ts';
import { startTestServer } from './support/test-server.ts';

// An attacker drives the running server as any page could: real sockets, real HTTP.
const ORIGIN = 'http://localhost';
const HELLO = { type: 'hello', protocolVersion: 1, libraryId: 'springfield' };

let server: RunningServer;
let mailer: RecordingMailer;
let logged: { message: string; data: Record<string, unknown> }[];
const sockets: TestSocket[] = [];

async function start(options: Partial<NodeServerOptions> = {}): Promise<void> {
  mailer = createRecordingMailer();
  logged = [];
  const logger = {
    info: (message: string, data: Record<string, unknown> = {}) => logged.push({ message, data }),
    error: () => undefined,
  };
  // Frame-rate limits are another test's subject: here the attacker is patient enough.
  server = await startTestServer(':memory:', {
    mailer,
    logger,
    passwords: plainPasswords,
    socketRateScale: 100,
    ...options,
  });
}

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await server.close();
});

async function patron(headers: Record<string, string> = {}): Promise<TestSocket> {
  const socket = await openSocket(`${server.url}/ws/patron`, { origin: ORIGIN, headers });
  sockets.push(socket);
  socket.send(HELLO);
  await socket.next('welcome');
  return socket;
}

type Answer = { type: string } & Record<string, unknown>;

/** Asks, and waits for the server's answer to it: the ack, or a refusal. */
async function ask(socket: TestSocket, id: string): Promise<Answer> {
  socket.send({ type: 'ask', clientMessageId: id, question: `Visit https://spam.example/${id}` });
  return socket.next<Answer>(['ack', 'error'], (f) => f.clientMessageId === id);
}

/** Asks for a transcript and waits for the answer: received, or a refusal. */
async function requestTranscript(socket: TestSocket, email: string): Promise<Answer> {
  socket.send({ type: 'request_transcript', email });
  return socket.next<Answer>(
    ['received', 'error'],
    (f) => f.what === 'request_transcript' || f.ref === 'request_transcript',
  );
}

const offlineQuestion = (headers: Record<string, string> = {}, n = 0) =>
  fetch(`${server.url}/api/libraries/springfield/offline-questions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: JSON.stringify({ question: `Spam ${n} https://spam.example`, email: 'x@example.org' }),
  });

async function storedOfflineQuestions(): Promise<number> {
  const cora = await signIn(server.url, 'cora@springfield.example');
  const response = await fetch(`${server.url}/api/libraries/springfield/follow-ups`, {
    headers: { cookie: cora.cookie },
  });
  const { followUps } = (await response.json()) as { followUps: { source: string }[] };
  return followUps.filter((followUp) => followUp.source === 'offline_question').length;
}

// Dozens of round trips each: slow on a loaded machine, never waiting on a timer.
describe('the transcript email of an anonymous patron', { timeout: 30_000 }, () => {
  it('cannot be turned into a mail relay: ask, three transcripts, leave, five times over sends three emails', async () => {
    await start();
    const socket = await patron();
    const answers: Answer[] = [];
    for (let round = 0; round < 5; round++) {
      expect((await ask(socket, `q${round}`)).type).toBe('ack');
      for (let n = 0; n < 3; n++)
        answers.push(await requestTranscript(socket, 'victim@example.org'));
      socket.send({ type: 'leave' });
      await socket.next('ended');
    }
    expect(mailer.sent.filter((email) => email.to === 'victim@example.org')).toHaveLength(3);
    const refused = answers.filter((answer) => answer.type === 'error');
    expect(refused).toHaveLength(12);
    for (const answer of refused) {
      expect(answer).toMatchObject({ code: 'limit_reached', ref: 'request_transcript' });
      expect(answer.message).toMatch(/Try again in \d+ minutes/);
    }
    expect(logged).toContainEqual({
      message: 'anonymous request refused: budget spent',
      data: expect.objectContaining({
        what: 'request_transcript',
        budget: 'emailsPerSession',
        library: 'springfield',
        address: '127.0.0.1',
      }),
    });
  });

  it('is limited per address across fresh sockets, and per destination across addresses', async () => {
    await start({ proxy: { trustProxy: 'loopback' } });
    const perAddress = DEFAULT_ABUSE_LIMITS.emailsPerAddress.limit;
    let sent = 0;
    for (let n = 0; sent < perAddress + 3 && n < perAddress + 3; n++) {
      const socket = await patron();
      await ask(socket, 'q');
      const answer = await requestTranscript(socket, `target${n}@example.org`);
      if (answer.type === 'received') sent++;
      else expect(answer).toMatchObject({ code: 'limit_reached' });
    }
    expect(sent).toBe(perAddress);

    const perDestination = DEFAULT_ABUSE_LIMITS.emailsPerDestination.limit;
    for (let n = 0; n < perDestination + 2; n++) {
      const socket = await patron({ 'x-forwarded-for': `198.51.100.${n + 1}` });
      await ask(socket, 'q');
      await requestTranscript(socket, n % 2 ? 'VICTIM@example.org' : 'victim@example.org');
    }
    const victim = mailer.sent.filter((e) => e.to.toLowerCase() === 'victim@example.org');
    expect(victim).toHaveLength(perDestination);
  });

  it('carries no patron-controlled text in its subject', async () => {
    await start();
    const socket = await patron();
    socket.send({
      type: 'ask',
      clientMessageId: 'q',
      question: 'WIN A PRIZE https://spam.example',
      name: 'Prize Department',
    });
    await socket.next('ack');
    await requestTranscript(socket, 'pat@example.org');
    const email = await mailer.waitFor((e) => e.to === 'pat@example.org');
    expect(email.subject).toBe('Your chat with Springfield Public Library');
    expect(email.fromName).toBe('Springfield Public Library');
  });
});

describe('anonymous writes', { timeout: 30_000 }, () => {
  it('refuses new chats from one socket beyond the per-address budget, and stores none of them', async () => {
    await start();
    const socket = await patron();
    const limit = DEFAULT_ABUSE_LIMITS.writesPerAddress.limit;
    const answers: Answer[] = [];
    for (let n = 0; n < limit + 5; n++) {
      answers.push(await ask(socket, `q${n}`));
      socket.send({ type: 'leave' });
    }
    expect(answers.filter((answer) => answer.type === 'ack')).toHaveLength(limit);
    const refused = answers.slice(limit);
    for (const answer of refused)
      expect(answer).toMatchObject({ code: 'limit_reached', ref: 'ask' });
    expect(logged.filter((line) => line.data.what === 'ask')).toHaveLength(5);
    for (const line of logged) expect(JSON.stringify(line)).not.toContain('spam.example');
  });

  it('answers offline questions beyond the per-address budget with 429 rate_limited and Retry-After, storing none', async () => {
    await start();
    const limit = DEFAULT_ABUSE_LIMITS.writesPerAddress.limit;
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let n = 0; n < limit + 5; n++) {
      const response = await offlineQuestion({}, n);
      statuses.push(response.status);
      if (response.status === 429) refused ??= response;
      else await response.body?.cancel();
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(limit);
    expect(refused?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(500);
    expect(refused?.headers.get('access-control-expose-headers')).toBe('Retry-After');
    expect(await refused?.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(await storedOfflineQuestions()).toBe(limit);
    expect(logged).toContainEqual({
      message: 'anonymous request refused: budget spent',
      data: expect.objectContaining({ what: 'offline_question', library: 'springfield' }),
    });
  });

  it('shares a configurable per-library budget between sockets and HTTP from many addresses', async () => {
    await start({
      proxy: { trustProxy: 'loopback' },
      room: { budgets: { writesPerLibrary: { limit: 4, windowMs: 3_600_000 } } },
    });
    const from = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}` });
    for (let n = 1; n <= 2; n++) expect((await offlineQuestion(from(n), n)).status).toBe(201);
    for (let n = 3; n <= 4; n++) expect((await ask(await patron(from(n)), 'q')).type).toBe('ack');
    expect((await offlineQuestion(from(5), 5)).status).toBe(429);
    expect(await ask(await patron(from(6)), 'q')).toMatchObject({ code: 'limit_reached' });
    expect(logged.at(-1)?.data).toMatchObject({
      budget: 'writesPerLibrary',
      address: '203.0.113.6',
    });
  });

  it('refuses a JSON route a text/plain body with 415, the simple request a foreign page can send', async () => {
    await start();
    const response = await fetch(`${server.url}/api/libraries/springfield/offline-questions`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: ORIGIN },
      body: JSON.stringify({ question: 'Plain?', email: 'x@example.org' }),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    expect(await storedOfflineQuestions()).toBe(0);
  });
});
