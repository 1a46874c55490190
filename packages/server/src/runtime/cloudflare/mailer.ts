import * as v from 'valibot';
import { hashForLog } from '../../core/logging/hash-for-log.ts';
import { headerText } from '../../core/notify/header-text.ts';
import type { LoggerInput, Mailer } from '../../core/ports/index.ts';

/** The mail variables a cooperative's object reads (wrangler.jsonc `vars` and `wrangler secret`). */
export interface MailEnv {
  /** An HTTP endpoint that accepts `{ from, to, subject, text, replyTo? }` as JSON; unset: log only. */
  REFDESK_MAIL_API_URL?: string;
  /** Sent as `Authorization: Bearer <token>`; set it with `wrangler secret put`. */
  REFDESK_MAIL_API_TOKEN?: string;
  /** The sender, `refdesk@ask.example.org` or `Refdesk <refdesk@ask.example.org>`. */
  REFDESK_MAIL_FROM?: string;
}

/** Checked mail settings: where to post, with which token, and the sender. */
export interface MailApiSettings {
  url: string;
  token: string;
  fromAddress: string;
  fromName: string;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;
const AddressSchema = v.pipe(v.string(), v.regex(/^[^\s@<>"]+@[^\s@<>"]+$/));

function apiUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    // The token travels with every message: plain http only to a relay on this machine.
    if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname)))
      return url.href;
  } catch {
    // Not a URL.
  }
  return undefined;
}

/**
 * Reads the mail variables: undefined settings when no API is configured (emails are only
 * logged), an error naming the variable when one is malformed.
 *
 * @example
 * readMailApiSettings({ REFDESK_MAIL_API_URL: 'https://relay.example/send', REFDESK_MAIL_API_TOKEN: 's3cret', REFDESK_MAIL_FROM: 'refdesk@ask.example.org' });
 */
export function readMailApiSettings(
  env: MailEnv,
): { settings: MailApiSettings | undefined } | { error: string } {
  const text = env.REFDESK_MAIL_API_URL?.trim();
  if (!text) return { settings: undefined };
  const url = apiUrl(text);
  if (!url) {
    return {
      error: 'REFDESK_MAIL_API_URL must be an https:// URL (http:// only for localhost)',
    };
  }
  const token = env.REFDESK_MAIL_API_TOKEN?.trim();
  if (!token) return { error: 'REFDESK_MAIL_API_TOKEN must be set when REFDESK_MAIL_API_URL is' };
  const from = env.REFDESK_MAIL_FROM?.trim() ?? '';
  const named = /^(.*)<([^<>]+)>$/.exec(from);
  const fromAddress = (named?.[2] ?? from).trim();
  if (!v.is(AddressSchema, fromAddress)) {
    return {
      error: `REFDESK_MAIL_FROM must be an address or "Name <address>", got "${from}"`,
    };
  }
  const fromName = headerText(named?.[1]?.replace(/^\s*"|"\s*$/g, '') ?? '') || 'Refdesk';
  return { settings: { url, token, fromAddress, fromName } };
}

/**
 * Email for the Worker: each message is POSTed as JSON to an HTTP mail API (a small relay, or a
 * provider's API behind one) with a Bearer token; without settings it logs that a message was not
 * sent, without its text, and says `logOnly` so the widget does not offer transcripts.
 *
 * The body is `{ from, to, subject, text, replyTo? }`: `from` is `"Library name" <address>`,
 * `to` and `replyTo` bare addresses. Any 2xx answer is success; anything else rejects.
 *
 * @example
 * const mailer = createHttpMailer(settings, logger);
 * await mailer.send({ to: 'pat@example.org', subject: 'Your chat', text: 'Hello' });
 */
export function createHttpMailer(
  settings: MailApiSettings | undefined,
  logger: LoggerInput,
  fetcher: typeof fetch = fetch,
): Mailer {
  if (!settings) {
    return {
      logOnly: true,
      async send(message) {
        // Workers logs are kept by the platform, and a transcript is the patron's conversation.
        logger.info('mail.not_sent', {
          reason: 'no_transport',
          to: hashForLog(message.to),
          subject: message.subject,
          chars: message.text.length,
        });
      },
    };
  }
  return {
    async send(message) {
      const name = headerText(message.fromName ?? '') || settings.fromName;
      const body = {
        from: `"${name.replace(/["\\]/g, '')}" <${settings.fromAddress}>`,
        to: message.to,
        subject: headerText(message.subject),
        text: message.text,
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
      };
      const response = await fetcher(settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${settings.token}`,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) {
        const answer = (await response.text().catch(() => '')).slice(0, 200);
        throw new Error(`mail API answered ${response.status}: ${answer}`);
      }
      await response.body?.cancel();
    },
  };
}
