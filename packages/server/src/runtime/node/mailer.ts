import nodemailer from 'nodemailer';
import * as v from 'valibot';
import { hashForLog } from '../../core/logging/hash-for-log.ts';
import { toLogger } from '../../core/logging/to-logger.ts';
import { headerText } from '../../core/notify/header-text.ts';
import type { LoggerInput, Mailer } from '../../core/ports/index.ts';

/** Mail settings from the environment: `SMTP_URL` (e.g. smtp://user:pass@host:587) and `MAIL_FROM`. */
export interface MailSettings {
  /** Unset: messages are logged instead of sent. */
  smtpUrl: string | undefined;
  /** The sender address; a display name in `MAIL_FROM` ("Refdesk <refdesk@x>") is the default name. */
  fromAddress: string;
  fromName: string;
}

/** A mailer that owns a connection pool: close it on shutdown. */
export interface NodeMailer extends Mailer {
  readonly mode: 'smtp' | 'log';
  close(): void;
}

const MailEnvSchema = v.object({
  SMTP_URL: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.regex(/^(smtps?:\/\/\S+)?$/, 'must be an smtp:// or smtps:// URL'),
    ),
  ),
  MAIL_FROM: v.optional(v.pipe(v.string(), v.trim())),
});
// Looser than v.email: local test servers use addresses such as refdesk@localhost.
const AddressSchema = v.pipe(v.string(), v.regex(/^[^\s@<>"]+@[^\s@<>"]+$/));

/**
 * Reads and checks the mail settings; a malformed value throws at startup, naming the variable.
 *
 * @example
 * const settings = readMailSettings(process.env);
 */
export function readMailSettings(env: Record<string, string | undefined>): MailSettings {
  const parsed = v.safeParse(MailEnvSchema, { SMTP_URL: env.SMTP_URL, MAIL_FROM: env.MAIL_FROM });
  if (!parsed.success) throw new Error(`Mail settings: ${v.summarize(parsed.issues)}`);
  const from = parsed.output.MAIL_FROM || 'Refdesk <refdesk@localhost>';
  const named = /^(.*)<([^<>]+)>$/.exec(from);
  const fromAddress = (named?.[2] ?? from).trim();
  if (!v.is(AddressSchema, fromAddress)) {
    throw new Error(
      `Mail settings: MAIL_FROM must be an address or "Name <address>", got "${from}"`,
    );
  }
  return {
    smtpUrl: parsed.output.SMTP_URL || undefined,
    fromAddress,
    fromName: headerText(named?.[1]?.replace(/^"|"$/g, '') ?? '') || 'Refdesk',
  };
}

/**
 * Email over SMTP with nodemailer, or, without `SMTP_URL`, a log line per message (said once at
 * startup, so nobody waits for mail that never leaves).
 *
 * @example
 * const mailer = createNodeMailer(readMailSettings(process.env), logger);
 * await mailer.send({ to: 'pat@example.org', subject: 'Your question', text: 'Hello' });
 */
export function createNodeMailer(settings: MailSettings, input: LoggerInput): NodeMailer {
  const logger = toLogger(input);
  if (!settings.smtpUrl) {
    logger.warn('mail.log_only', { reason: 'SMTP_URL is not set: emails are not sent' });
    return {
      mode: 'log',
      logOnly: true,
      // Never the text (a transcript is the patron's conversation) nor the address itself.
      async send(message) {
        logger.info('mail.not_sent', {
          to: hashForLog(message.to),
          subject: message.subject,
          chars: message.text.length,
        });
      },
      close: () => undefined,
    };
  }
  const transport = nodemailer.createTransport(settings.smtpUrl);
  const server = new URL(settings.smtpUrl);
  logger.info('mail.smtp', {
    host: server.hostname,
    port: server.port || 'default',
  });
  return {
    mode: 'smtp',
    async send(message) {
      const name = headerText(message.fromName ?? '') || settings.fromName;
      await transport.sendMail({
        from: { name, address: settings.fromAddress },
        to: message.to,
        subject: headerText(message.subject),
        text: message.text,
        ...(message.replyTo ? { replyTo: { name, address: message.replyTo } } : {}),
      });
    },
    close: () => transport.close(),
  };
}

/**
 * The mailer a test injected, or one configured by the environment; `close` closes only a mailer
 * made here.
 *
 * @example
 * const mail = mailerOrDefault(options.mailer, logger);
 * createApp({ ...deps, mailer: mail.mailer });
 */
export function mailerOrDefault(
  injected: Mailer | undefined,
  logger: LoggerInput,
  env: Record<string, string | undefined> = process.env,
): { mailer: Mailer; close(): void } {
  if (injected) return { mailer: injected, close: () => undefined };
  const own = createNodeMailer(readMailSettings(env), logger);
  return { mailer: own, close: () => own.close() };
}
