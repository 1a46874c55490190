import type { ChatRecord, FollowUpRecord, Responder } from '../model.ts';
import type { RoomContext } from '../room/room-context.ts';
import { referralEmail, referralReplyTo, sendReferral } from './referral-email.ts';

/**
 * A referral by email to a library outside the cooperative: the email goes out at once and its
 * delivery is recorded on the home library's follow-up. The patron's email is passed on only
 * with their consent (asked in the chat, see `patron-consent.ts`); without it the outside library
 * answers through the home library (the email's Reply-To).
 *
 * @example
 * referOutside(ctx, responder, chat.record, followUp, 'ask@state-archive.example', false);
 */
export function referOutside(
  ctx: RoomContext,
  responder: Responder,
  chat: ChatRecord,
  followUp: FollowUpRecord,
  to: string,
  consent: boolean,
): void {
  const home = ctx.directory.library(chat.libraryId);
  if (!home) return;
  const email = referralEmail({
    cooperative: ctx.cooperative,
    home,
    responder,
    chat,
    to,
    patronEmail: consent ? followUp.contactEmail : null,
    replyTo: referralReplyTo(ctx.directory, home, responder),
  });
  sendReferral(
    {
      mailer: ctx.mailer,
      logger: ctx.logger,
      record: (referral) => ctx.followUpDuties.recordReferralEmail(referral),
      now: () => ctx.clock.now(),
    },
    followUp.id,
    email,
    consent,
  );
}
