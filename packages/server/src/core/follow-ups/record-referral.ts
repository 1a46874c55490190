import type { End, LibraryId } from '@refdesk/protocol';
import type { FollowUpRecord, Responder } from '../model.ts';
import type { LiveChat } from '../room/live-state.ts';
import type { RoomContext } from '../room/room-context.ts';
import { referOutside } from './refer-outside.ts';

/**
 * What a chat's end adds to the follow-up it made: the patron's language and their consent (when
 * the responder asked), a member referral waiting for the receiving library's answer, or the
 * referral email to an outside library, with the patron's email only if they agreed.
 *
 * @example
 * recordChatFollowUp(ctx, responder, chat, created, frame);
 */
export function recordChatFollowUp(
  ctx: RoomContext,
  responder: Responder,
  chat: LiveChat,
  created: FollowUpRecord,
  frame: End,
): void {
  const consent = chat.consent?.granted ?? null;
  ctx.followUpReferrals?.recordPatron({
    followUpId: created.id,
    locale: patronLocale(chat),
    consent,
    consentAt: consent === null ? null : (chat.consent?.answeredAt ?? null),
  });
  if (!('referral' in frame)) return;
  if (frame.referral.kind === 'library') {
    ctx.followUpReferrals?.saveMemberReferral({
      followUpId: created.id,
      fromLibraryId: chat.record.libraryId as LibraryId,
      toLibraryId: frame.referral.libraryId,
      referredBy: responder.id,
      referredAt: created.createdAt,
      state: 'pending',
      reason: null,
      decidedBy: null,
      decidedAt: null,
    });
  } else {
    referOutside(ctx, responder, chat.record, created, frame.referral.email, consent === true);
  }
}

/** The first patron tab's widget language, if it said. */
export function patronLocale(chat: Pick<LiveChat, 'patrons'>): string | null {
  for (const session of chat.patrons) if (session.locale) return session.locale;
  return null;
}
