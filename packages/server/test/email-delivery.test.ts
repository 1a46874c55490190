import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeMailer, type NodeMailer, readMailSettings } from '../src/runtime/node/mailer.ts';
import { type RunningServer, startNodeServer } from '../src/runtime/node/server.ts';
import { plainPasswords } from './support/app-harness.ts';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.ts';
import { openSocket, signIn, type TestSocket } from './support/socket-client.ts';
import { quietLogger } from './support/test-server.ts';

const ORIGIN = 'http://localhost:5173';
let sink: SmtpSink;
let mailer: NodeMailer;
let server: RunningServer;
const sockets: TestSocket[] = [];

beforeEach(async () => {
  sink = await startSmtpSink();
  mailer = createNodeMailer(
    readMailSettings({ SMTP_URL: sink.url, MAIL_FROM: 'Refdesk <refdesk@localhost>' }),
    quietLogger,
  );
  server = await startNodeServer({
    port: 0,
    host: '127.0.0.1',
    dataPath: ':memory:',
    seed: true,
    logger: quietLogger,
    passwords: plainPasswords,
    mailer,
  });
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await server.close();
  mailer.close();
  await sink.close();
});

async function socket(path: string, options: { origin?: string; cookie?: string }) {
  const opened = await openSocket(`${server.url}${path}`, options);
  sockets.push(opened);
  return opened;
}

describe('email over a real SMTP server', () => {
  it('delivers a follow-up reply from the library, with the responder in Reply-To', async () => {
    const asked = await fetch(`${server.url}/api/libraries/springfield/offline-questions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({
        question: 'Do you have the 1911 city directory?',
        email: 'pat@example.org',
      }),
    });
    const { followUpId } = (await asked.json()) as { followUpId: string };
    const cora = await signIn(server.url, 'cora@springfield.example');
    const replied = await fetch(`${server.url}/api/follow-ups/${followUpId}/actions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: cora.cookie,
        'x-csrf-token': cora.csrfToken,
      },
      body: JSON.stringify({
        action: 'reply',
        subject: 'Your 1911 directory',
        text: 'Yes: shelf 3, Main Library.',
      }),
    });
    expect(replied.status).toBe(200);
    // The patron also gets the acknowledgement of their question (tested below): skip it.
    const mail = await sink.next(
      (m) =>
        m.envelopeTo.includes('pat@example.org') &&
        !m.headers.subject?.startsWith('We received your question'),
    );
    expect(mail.headers.subject).toBe('Your 1911 directory');
    expect(mail.headers.from).toMatch(/^"?Springfield Public Library"? <refdesk@localhost>$/);
    expect(mail.headers['reply-to']).toMatch(
      /^"?Springfield Public Library"? <cora@springfield\.example>$/,
    );
    expect(mail.text).toContain('Yes: shelf 3, Main Library.');
    expect(mail.text).toContain('> Do you have the 1911 city directory?');
  });

  it('delivers the transcript a patron asks for, without the responder’s internal notes', async () => {
    const ben = await socket('/ws/responder', {
      cookie: (await signIn(server.url, 'ben@shelbyville.example')).cookie,
    });
    ben.send({ type: 'hello', protocolVersion: 1 });
    await ben.next('welcome');
    ben.send({ type: 'set_status', status: 'cooperative' });
    await ben.next('status');
    const patron = await socket('/ws/patron', { origin: ORIGIN });
    patron.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
    await patron.next('welcome');
    patron.send({ type: 'ask', clientMessageId: 'q1', question: 'How do I renew a hotspot?' });
    const offer = await ben.next<{ type: 'offer'; offer: { chatId: string } }>('offer');
    const chatId = offer.offer.chatId;
    ben.send({ type: 'accept', chatId });
    await ben.next('chat_assigned');
    ben.send({
      type: 'note',
      chatId,
      clientMessageId: 'n1',
      text: 'Springfield hotspots cannot be renewed',
    });
    ben.send({
      type: 'send',
      chatId,
      clientMessageId: 'b1',
      text: 'Hotspots go back after 2 weeks.',
    });
    await patron.next<{ type: 'message'; text: string }>('message', (m) =>
      m.text.startsWith('Hotspots'),
    );
    patron.send({ type: 'request_transcript', email: 'pat@example.org' });
    await patron.next('received');
    const mail = await sink.next((m) => m.envelopeTo.includes('pat@example.org'));
    expect(mail.headers.subject).toBe('Your chat with Springfield Public Library');
    expect(mail.headers.from).toMatch(/^"?Springfield Public Library"? <refdesk@localhost>$/);
    expect(mail.text).toContain('You: How do I renew a hotspot?');
    expect(mail.text).toContain('Ben Brooks: Hotspots go back after 2 weeks.');
    expect(mail.text).not.toContain('cannot be renewed');
  });

  it('writes a Spanish patron’s transcript in Spanish, the service’s own lines included', async () => {
    const ben = await socket('/ws/responder', {
      cookie: (await signIn(server.url, 'ben@shelbyville.example')).cookie,
    });
    ben.send({ type: 'hello', protocolVersion: 1 });
    await ben.next('welcome');
    ben.send({ type: 'set_status', status: 'cooperative' });
    await ben.next('status');
    const patron = await socket('/ws/patron', { origin: ORIGIN });
    patron.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield', locale: 'es-MX' });
    await patron.next('welcome');
    patron.send({ type: 'ask', clientMessageId: 'q1', question: '¿Puedo renovar un libro?' });
    const offer = await ben.next<{ type: 'offer'; offer: { chatId: string } }>('offer');
    ben.send({ type: 'accept', chatId: offer.offer.chatId });
    const joined = await patron.next<{ type: 'message'; text: string }>('message', (m) =>
      m.text.includes('Ben Brooks'),
    );
    expect(joined.text).toBe('Ben Brooks (Shelbyville Public Library) se unió al chat.');
    patron.send({ type: 'request_transcript', email: 'pat@example.org' });
    await patron.next('received');
    const mail = await sink.next((m) => m.envelopeTo.includes('pat@example.org'));
    expect(mail.headers.subject).toBe('Su chat con Springfield Public Library');
    expect(mail.text).toMatch(/^Comenzó el \d+ de \w+ de 2026/m);
    expect(mail.text).toContain('Usted: ¿Puedo renovar un libro?');
    expect(mail.text).toContain(
      'Refdesk: Ben Brooks (Shelbyville Public Library) se unió al chat.',
    );
    expect(mail.text).toContain('Usted pidió esta transcripción en el chat de Springfield');
    expect(mail.text).not.toContain('joined the chat');
  });

  it('acknowledges an offline question to the patron, and digests it to the library staff', async () => {
    const asked = await fetch(`${server.url}/api/libraries/springfield/offline-questions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ question: 'Is the 1911 directory online?', email: 'kim@example.org' }),
    });
    expect(asked.status).toBe(201);
    const acknowledgement = await sink.next((m) => m.envelopeTo.includes('kim@example.org'));
    expect(acknowledgement.headers.subject).toBe(
      'We received your question to Springfield Public Library',
    );
    expect(acknowledgement.text).toMatch(/will answer you by \w+day, /);
    const digest = await sink.next((m) => m.envelopeTo.includes('cora@springfield.example'));
    expect(digest.headers.subject).toMatch(/^Springfield Public Library: \d+ follow-up/);
    expect(digest.text).toContain('Offline question: Is the 1911 directory online?');
  });
});
