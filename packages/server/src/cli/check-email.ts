import nodemailer from 'nodemailer';
import { readMailSettings } from '../runtime/node/mailer.ts';
import type { Env, Finding } from './doctor-checks.ts';

/** SMTP_URL and MAIL_FROM; with `connect`, an SMTP handshake (and login) with the server. */
export async function checkEmail(env: Env, connect: boolean): Promise<Finding[]> {
  let smtpUrl: string | undefined;
  try {
    smtpUrl = readMailSettings(env).smtpUrl;
  } catch (error) {
    return [
      {
        area: 'email',
        status: 'problem',
        message: (error as Error).message,
        fix: 'SMTP_URL=smtp://user:password@host:587, MAIL_FROM="Refdesk <refdesk@example.org>"',
      },
    ];
  }
  if (!smtpUrl) {
    return [
      {
        area: 'email',
        status: 'note',
        message:
          'SMTP_URL is not set: transcripts and follow-up replies are written to the log, not sent',
        fix: 'set SMTP_URL=smtp://user:password@host:587',
      },
    ];
  }
  const host = new URL(smtpUrl).host;
  if (!connect) {
    return [
      {
        area: 'email',
        status: 'ok',
        message: `email goes out through ${host} (not contacted; --check-smtp connects)`,
      },
    ];
  }
  const transport = nodemailer.createTransport(smtpUrl);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      transport.verify(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer within 15 s')), 15_000);
      }),
    ]);
    return [
      {
        area: 'email',
        status: 'ok',
        message: `the SMTP server ${host} answered${new URL(smtpUrl).username ? ' and accepted the login' : ''}`,
      },
    ];
  } catch (error) {
    return [
      {
        area: 'email',
        status: 'problem',
        message: `the SMTP server ${host} is not reachable: ${(error as Error).message}`,
        fix: 'check SMTP_URL (host, port, user, password) and the firewall',
      },
    ];
  } finally {
    clearTimeout(timer);
    transport.close();
  }
}
