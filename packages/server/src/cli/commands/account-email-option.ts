import type { OutgoingEmail } from '../../core/ports/index.ts';
import { createNodeMailer, readMailSettings } from '../../runtime/node/mailer.ts';
import { CliError } from '../cli-context.ts';

/** The `--send` option of the commands that make a single-use account link. */
export const SEND_OPTION = [
  '--send',
  'email the link through SMTP_URL as well as printing it',
] as const;

/**
 * Refuses `--send` before anything is created when no SMTP server is configured, rather than
 * pretending: without `--send` the operator gets the link to pass on.
 */
export function requireSmtp(): void {
  if (readMailSettings(process.env).smtpUrl) return;
  throw new CliError(
    '--send needs SMTP_URL (and MAIL_FROM) in the environment; without --send the link is printed for you to pass on.',
    2,
  );
}

/**
 * Sends an account email (invitation, password reset) from the command line through the SMTP
 * server the service itself uses. When sending fails the error carries the link, which exists
 * by then and is stored only as a hash.
 *
 * @example
 * requireSmtp();
 * await sendAccountEmail(invitationEmail({ to, library, inviter, roles, link }), link);
 */
export async function sendAccountEmail(email: OutgoingEmail, link: string): Promise<void> {
  const settings = readMailSettings(process.env);
  const quiet = { info: () => undefined, error: () => undefined };
  const mailer = createNodeMailer(settings, quiet);
  try {
    await mailer.send(email);
  } catch (failure) {
    throw new CliError(
      `The email to ${email.to} was not sent (${(failure as Error).message}). Pass on this link instead:\n${link}`,
    );
  } finally {
    mailer.close();
  }
}
