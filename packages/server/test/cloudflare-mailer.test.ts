// The Cloudflare mailer in Node, against a real local HTTP server (its folder is typed for Workers only).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashForLog } from '../src/core/logging/hash-for-log.ts';
import {
  createHttpMailer,
  type MailApiSettings,
  readMailApiSettings,
} from '../src/runtime/cloudflare/mailer.ts';
import { type MailApiSink, startMailApiSink } from './support/mail-api-sink.ts';

const logged: unknown[] = [];
const logger = { info: (...entry: unknown[]) => logged.push(entry), error: () => undefined };

describe('readMailApiSettings', () => {
  it('reads the API URL, its token and a sender with a display name', () => {
    expect(
      readMailApiSettings({
        REFDESK_MAIL_API_URL: 'https://relay.example/send',
        REFDESK_MAIL_API_TOKEN: ' s3cret ',
        REFDESK_MAIL_FROM: 'Ask Us <ask@coop.example>',
      }),
    ).toEqual({
      settings: {
        url: 'https://relay.example/send',
        token: 's3cret',
        fromAddress: 'ask@coop.example',
        fromName: 'Ask Us',
      },
    });
  });

  it('means "log only" when no API URL is set', () => {
    expect(readMailApiSettings({})).toEqual({ settings: undefined });
  });

  it('refuses plain http beyond this machine, a missing token and a bad sender, naming the variable', () => {
    const base = { REFDESK_MAIL_API_TOKEN: 't', REFDESK_MAIL_FROM: 'a@b.example' };
    const error = (env: object) => {
      const read = readMailApiSettings(env);
      return 'error' in read ? read.error : undefined;
    };
    expect(error({ ...base, REFDESK_MAIL_API_URL: 'http://relay.example/send' })).toMatch(
      /REFDESK_MAIL_API_URL/,
    );
    expect(error({ ...base, REFDESK_MAIL_API_URL: 'http://127.0.0.1:9/send' })).toBeUndefined();
    expect(
      error({ REFDESK_MAIL_API_URL: 'https://r.example', REFDESK_MAIL_FROM: 'a@b.example' }),
    ).toMatch(/REFDESK_MAIL_API_TOKEN/);
    expect(
      error({ ...base, REFDESK_MAIL_API_URL: 'https://r.example', REFDESK_MAIL_FROM: 'x' }),
    ).toMatch(/REFDESK_MAIL_FROM/);
  });
});

describe('the HTTP mail API mailer', () => {
  let sink: MailApiSink;
  let settings: MailApiSettings;
  beforeEach(async () => {
    sink = await startMailApiSink();
    settings = {
      url: sink.url,
      token: 's3cret',
      fromAddress: 'refdesk@coop.example',
      fromName: 'Refdesk',
    };
  });
  afterEach(() => sink.close());

  it('posts the message as JSON with the Bearer token, the library as the sender name', async () => {
    const mailer = createHttpMailer(settings, logger);
    expect(mailer.logOnly).toBeFalsy();
    await mailer.send({
      to: 'pat@example.org',
      subject: 'Your chat\r\nBcc: all@example.org',
      text: 'Hello Pat',
      replyTo: 'cora@springfield.example',
      fromName: 'Springfield "Public" Library',
    });
    expect(sink.received).toEqual([
      {
        authorization: 'Bearer s3cret',
        body: {
          from: '"Springfield Public Library" <refdesk@coop.example>',
          to: 'pat@example.org',
          subject: 'Your chat Bcc: all@example.org',
          text: 'Hello Pat',
          replyTo: 'cora@springfield.example',
        },
      },
    ]);
  });

  it('rejects when the API answers with an error, with its status', async () => {
    sink.answer(401);
    const mailer = createHttpMailer(settings, logger);
    await expect(mailer.send({ to: 'pat@example.org', subject: 's', text: 't' })).rejects.toThrow(
      /mail API answered 401/,
    );
  });

  it('only logs, without the text or the address, and says so, when no API is configured', async () => {
    const mailer = createHttpMailer(undefined, logger);
    expect(mailer.logOnly).toBe(true);
    await mailer.send({ to: 'pat@example.org', subject: 'Your chat', text: 'private words' });
    expect(JSON.stringify(logged)).toContain(hashForLog('pat@example.org'));
    expect(JSON.stringify(logged)).not.toContain('pat@example.org');
    expect(JSON.stringify(logged)).not.toContain('private words');
  });
});
