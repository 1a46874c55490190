import { createServer } from 'node:http';

/** One message the sink received: its JSON body and the Authorization header it came with. */
export interface ReceivedMail {
  authorization: string | undefined;
  body: { from: string; to: string; subject: string; text: string; replyTo?: string };
}

export interface MailApiSink {
  /** `http://127.0.0.1:<port>/send` */
  url: string;
  received: ReceivedMail[];
  /** The first message that matches, now or when it arrives. */
  next(match?: (mail: ReceivedMail) => boolean): Promise<ReceivedMail>;
  /** The status the sink answers with from now on (default 202). */
  answer(status: number): void;
  close(): Promise<void>;
}

/**
 * A tiny HTTP mail API on 127.0.0.1 that keeps what is POSTed to it, standing in for a mail relay
 * in tests of the Cloudflare mailer.
 *
 * @example
 * const sink = await startMailApiSink();
 * const mail = await sink.next((m) => m.body.to === 'pat@example.org');
 */
export async function startMailApiSink(): Promise<MailApiSink> {
  const received: ReceivedMail[] = [];
  const waiters: { match: (mail: ReceivedMail) => boolean; resolve(mail: ReceivedMail): void }[] =
    [];
  let status = 202;
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/send') {
        response.writeHead(404).end();
        return;
      }
      const mail: ReceivedMail = {
        authorization: request.headers.authorization,
        body: JSON.parse(text) as ReceivedMail['body'],
      };
      received.push(mail);
      for (const waiter of waiters.filter((w) => w.match(mail))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(mail);
      }
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(status < 300 ? '{"queued":true}' : '{"error":"refused by the test"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/send`,
    received,
    next(match = () => true) {
      const found = received.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    answer: (next) => {
      status = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
