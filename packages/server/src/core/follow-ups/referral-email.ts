import type { ReferralEmailStatus } from '@refdesk/protocol';
import type {
  ChatRecord,
  Cooperative,
  FollowUpRecord,
  Library,
  Millis,
  Responder,
} from '../model.ts';
import { headerText } from '../notify/header-text.ts';
import type { Directory, Logger, Mailer, OutgoingEmail } from '../ports/index.ts';

/** A referral email to a non-member library as recorded on the home library's follow-up. */
export interface ReferralEmailRecord {
  followUpId: FollowUpRecord['id'];
  to: string;
  /** Whether the patron agreed to have their email passed on: only then is it in the email. */
  patronConsent: boolean;
  status: ReferralEmailStatus;
  at: Millis;
  error: string | null;
}

/**
 * The referral to an outside library: the patron's question, who referred it for which library,
 * and the patron's email only with their consent; from the cooperative (its name on the
 * runtime's address), with replies going to the home library (an admin of it, else the referring
 * responder).
 *
 * @example
 * const email = referralEmail({ cooperative, home, responder, chat, to, patronEmail, replyTo });
 */
export function referralEmail(input: {
  cooperative: Cooperative;
  home: Library;
  responder: Pick<Responder, 'displayName'>;
  chat: Pick<ChatRecord, 'question'>;
  to: string;
  /** Null without the patron's consent. */
  patronEmail: string | null;
  replyTo: string;
}): OutgoingEmail {
  const { cooperative, home, chat } = input;
  const firstLine = chat.question.split('\n')[0] ?? '';
  return {
    to: input.to,
    subject: headerText(`Referral from ${home.name}: ${firstLine}`),
    text: [
      `${input.responder.displayName} of ${cooperative.name} refers this question from a patron of ${home.name} to you:`,
      '',
      ...chat.question.split('\n').map((line) => `> ${line}`),
      '',
      input.patronEmail
        ? `The patron agreed that you may answer them directly at ${input.patronEmail}.`
        : `The patron did not share their email: reply to this message and ${home.name} will pass your answer on.`,
      '',
      `${cooperative.name}, on behalf of ${home.name}`,
    ].join('\n'),
    replyTo: input.replyTo,
    fromName: headerText(cooperative.name),
  };
}

/** Where replies to a referral go: an admin of the home library, else the referring responder. */
export function referralReplyTo(directory: Directory, home: Library, responder: Responder): string {
  const admin = directory
    .respondersOf(home.id)
    .find((entry) => entry.roles.includes('library_admin'));
  return admin?.email ?? responder.email;
}

/**
 * Sends a referral email and records its delivery: pending at once, then sent or failed (with
 * the transport's error) when the mail server answers.
 *
 * @example
 * sendReferral({ mailer, logger, record: (r) => store.recordReferralEmail(r), now }, followUp.id, email, false);
 */
export function sendReferral(
  deps: {
    mailer: Mailer;
    logger: Pick<Logger, 'info' | 'error'>;
    record(referral: ReferralEmailRecord): void;
    now(): Millis;
  },
  followUpId: FollowUpRecord['id'],
  email: OutgoingEmail,
  patronConsent: boolean,
): void {
  const base = { followUpId, to: email.to, patronConsent };
  if (deps.mailer.logOnly) {
    deps.record({
      ...base,
      status: 'failed',
      at: deps.now(),
      error: 'No mail transport is set up.',
    });
    return;
  }
  deps.record({ ...base, status: 'pending', at: deps.now(), error: null });
  deps.mailer.send(email).then(
    () => {
      deps.record({ ...base, status: 'sent', at: deps.now(), error: null });
      deps.logger.info('referral email sent', { followUp: followUpId });
    },
    (error: unknown) => {
      deps.record({
        ...base,
        status: 'failed',
        at: deps.now(),
        error: String(error).slice(0, 500),
      });
      deps.logger.error('referral email not sent', { followUp: followUpId, error: String(error) });
    },
  );
}
