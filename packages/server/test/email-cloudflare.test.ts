// Email on the Cloudflare runtime: the Worker under `wrangler dev` (offline) sends a transcript
// through the HTTP mail API (REFDESK_MAIL_API_URL), here a tiny HTTP server on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailApiSink, startMailApiSink } from './support/mail-api-sink.ts';
import { openSocket, signIn, type TestSocket } from './support/socket-client.ts';
import { startWranglerProcess, type WranglerProcess } from './support/wrangler-process.ts';

const ORIGIN = 'http://localhost:5173';
const headers = { 'x-refdesk-test-cooperative': 'mail-1' };
let wrangler: WranglerProcess | undefined;
let sink: MailApiSink;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  sink = await startMailApiSink();
  wrangler = await startWranglerProcess({
    script: 'test/workerd/refdesk-test-worker.ts',
    vars: {
      REFDESK_DEMO: '1',
      REFDESK_MAIL_API_URL: sink.url,
      REFDESK_MAIL_API_TOKEN: 'test-token',
      REFDESK_MAIL_FROM: 'Refdesk <refdesk@ask.example.org>',
    },
    compatibilityFlags: ['unsafe_module'],
  });
}, 120_000);
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await wrangler?.stop();
  await sink?.close();
});

async function socket(path: string, options: { origin?: string; cookie?: string }) {
  if (!wrangler) throw new Error('wrangler dev did not start');
  const opened = await openSocket(`${wrangler.url}${path}`, { ...options, headers });
  sockets.push(opened);
  return opened;
}

describe('email on Cloudflare through the HTTP mail API', { timeout: 30_000 }, () => {
  it('offers the transcript and sends it through the mail API, without internal notes', async () => {
    const url = wrangler?.url ?? '';
    const { cookie } = await signIn(url, 'ben@shelbyville.example', 'refdesk-demo', headers);
    const ben = await socket('/ws/responder', { cookie });
    ben.send({ type: 'hello', protocolVersion: 1 });
    await ben.next('welcome');
    ben.send({ type: 'set_status', status: 'cooperative' });
    await ben.next('status');
    const patron = await socket('/ws/patron', { origin: ORIGIN });
    patron.send({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
    const welcome = await patron.next<{ type: 'welcome'; library: { transcriptEmail: boolean } }>(
      'welcome',
    );
    expect(welcome.library.transcriptEmail).toBe(true);
    patron.send({ type: 'ask', clientMessageId: 'q1', question: 'How do I renew a hotspot?' });
    const offer = await ben.next<{ type: 'offer'; offer: { chatId: string } }>('offer');
    const chatId = offer.offer.chatId;
    ben.send({ type: 'accept', chatId });
    await ben.next('chat_assigned');
    ben.send({ type: 'note', chatId, clientMessageId: 'n1', text: 'hotspots cannot be renewed' });
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
    const mail = await sink.next((m) => m.body.to === 'pat@example.org');
    expect(mail.authorization).toBe('Bearer test-token');
    expect(mail.body.from).toBe('"Springfield Public Library" <refdesk@ask.example.org>');
    expect(mail.body.subject).toBe('Your chat with Springfield Public Library');
    expect(mail.body.text).toContain('You: How do I renew a hotspot?');
    expect(mail.body.text).toContain('Ben Brooks: Hotspots go back after 2 weeks.');
    expect(mail.body.text).not.toContain('cannot be renewed');
  });
});
