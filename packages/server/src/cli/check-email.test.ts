import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from '../../test/support/smtp-sink.ts';
import { checkEmail } from './check-email.ts';

let sink: SmtpSink | undefined;
afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

describe('doctor email check', () => {
  it('says email is only logged when SMTP_URL is unset, and names a malformed SMTP_URL', async () => {
    expect(await checkEmail({}, false)).toMatchObject([{ status: 'note' }]);
    expect(await checkEmail({ SMTP_URL: 'mail.example.org' }, false)).toMatchObject([
      { status: 'problem', message: expect.stringContaining('smtp://') },
    ]);
  });

  it('with --check-smtp, passes a server that answers and fails one that does not', async () => {
    sink = await startSmtpSink();
    expect(await checkEmail({ SMTP_URL: sink.url }, true)).toMatchObject([{ status: 'ok' }]);
    const port = await closedPort();
    const [finding] = await checkEmail({ SMTP_URL: `smtp://127.0.0.1:${port}` }, true);
    expect(finding).toMatchObject({
      status: 'problem',
      message: expect.stringContaining('not reachable'),
    });
  });
});
