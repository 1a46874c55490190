import { describe, expect, it } from 'vitest';
import { hashForLog } from '../../core/logging/hash-for-log.ts';
import { createNodeMailer, readMailSettings } from './mailer.ts';

describe('readMailSettings', () => {
  it('reads the SMTP URL and a sender with a display name', () => {
    expect(
      readMailSettings({
        SMTP_URL: 'smtp://u:p@mail.example:587',
        MAIL_FROM: 'Ask Us <ask@coop.example>',
      }),
    ).toEqual({
      smtpUrl: 'smtp://u:p@mail.example:587',
      fromAddress: 'ask@coop.example',
      fromName: 'Ask Us',
    });
  });

  it('falls back to logging and a local sender when nothing is set', () => {
    expect(readMailSettings({})).toEqual({
      smtpUrl: undefined,
      fromAddress: 'refdesk@localhost',
      fromName: 'Refdesk',
    });
  });

  it('refuses a URL that is not SMTP and a sender that is not an address, naming the variable', () => {
    expect(() => readMailSettings({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL/);
    expect(() => readMailSettings({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM/);
  });
});

describe('createNodeMailer without SMTP_URL', () => {
  it('says so at startup and logs each message instead of sending it, without its text or address', async () => {
    const lines: [string, unknown][] = [];
    const mailer = createNodeMailer(readMailSettings({}), {
      info: (message, data) => lines.push([message, data]),
      error: () => undefined,
    });
    expect(mailer.mode).toBe('log');
    expect(lines[0]).toEqual([
      'mail.log_only',
      { reason: expect.stringMatching(/SMTP_URL is not set/) },
    ]);
    await mailer.send({ to: 'pat@example.org', subject: 'Hi', text: 'Hello' });
    expect(lines[1]).toEqual([
      'mail.not_sent',
      { to: hashForLog('pat@example.org'), subject: 'Hi', chars: 5 },
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/Hello|pat@example/);
  });
});
