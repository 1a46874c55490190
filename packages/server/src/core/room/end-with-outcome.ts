import type { End, LibraryId } from '@refdesk/protocol';
import { newFollowUp } from '../follow-ups/new-follow-up.ts';
import { recordChatFollowUp } from '../follow-ups/record-referral.ts';
import type { Responder } from '../model.ts';
import { endChat } from './assignment.ts';
import type { LiveChat } from './live-state.ts';
import type { RoomContext } from './room-context.ts';

/**
 * Ends a chat with the responder's outcome. Follow-up outcomes and referrals become follow-ups:
 * for the home library, for the responder's own library (claimed by them), or for the library
 * referred to. An outside referral is kept on the home library's follow-up with the address.
 */
export function endWithOutcome(
  ctx: RoomContext,
  responder: Responder,
  chat: LiveChat,
  frame: End,
): { code: 'not_found'; message: string } | undefined {
  const record = chat.record;
  if ('referral' in frame && frame.referral.kind === 'library') {
    const target = ctx.directory.library(frame.referral.libraryId);
    if (target?.cooperativeId !== ctx.cooperative.id) {
      return { code: 'not_found', message: 'No such library in this cooperative.' };
    }
  }
  if ('followUp' in frame) {
    const followUp = frame.followUp;
    let libraryId: LibraryId = record.libraryId;
    let question = record.question;
    if (frame.outcome === 'follow_up_by_me') libraryId = responder.libraryId;
    if ('referral' in frame) {
      if (frame.referral.kind === 'library') libraryId = frame.referral.libraryId;
      else question = `${question}\n\nReferred to ${frame.referral.email}.`;
    }
    if (followUp.note)
      question = `${question}\n\nNote from ${responder.displayName}: ${followUp.note}`;
    const created = newFollowUp(ctx, {
      libraryId,
      source: frame.outcome === 'referred' ? 'referral' : 'chat',
      chatId: record.id,
      question,
      patronName: record.patronName,
      contactEmail: followUp.contactEmail,
      deadline: followUp.deadline,
      createdBy: responder.id,
      claimedBy: frame.outcome === 'follow_up_by_me' ? responder.id : null,
    });
    ctx.store.insertFollowUp(created);
    recordChatFollowUp(ctx, responder, chat, created, frame);
  }
  endChat(ctx, chat, record.endReason ?? 'responder_ended', frame.outcome, responder.id);
  return undefined;
}
