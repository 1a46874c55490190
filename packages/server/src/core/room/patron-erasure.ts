import type { ResumeToken } from '@refdesk/protocol';
import { endChat } from './assignment.ts';
import type { PatronSession } from './live-state.ts';
import type { RoomContext } from './room-context.ts';

/** Why a patron's request to delete a chat was refused, for the caller's `error` frame. */
export interface ErasureRefusal {
  code: 'not_found' | 'invalid_state';
  message: string;
}

/**
 * The patron's own "Delete this chat": erases the chat whose resume token they present (its
 * messages, question, name, email, page, address and browser hash, survey comment and the
 * follow-ups made from it), ending it first if it is still going on. The token is the only
 * authority, and it must be a chat of the library whose widget asks. The chat's row and events
 * stay, so the reports do not change; the library's audit log records that an erasure happened,
 * with no content. Answers `received` (`erase_chat`).
 *
 * @example
 * const refusal = eraseOwnChat(ctx, session, frame.resumeToken);
 */
export function eraseOwnChat(
  ctx: RoomContext,
  session: PatronSession,
  token: ResumeToken,
): ErasureRefusal | undefined {
  const { privacy } = ctx;
  if (!privacy) {
    return { code: 'invalid_state', message: 'This chat service cannot erase chats.' };
  }
  const stored = ctx.store.chatByResumeTokenHash(ctx.hashToken(token));
  if (
    !stored ||
    stored.cooperativeId !== ctx.cooperative.id ||
    stored.libraryId !== session.libraryId
  ) {
    return { code: 'not_found', message: 'There is no such chat to delete.' };
  }
  const live = ctx.chats.get(stored.id);
  if (live && live.record.state !== 'ended') endChat(ctx, live, 'patron_left', null, null);
  const at = ctx.clock.now();
  const { messages, followUps } = privacy.transaction(() => ({
    messages: privacy.removeTranscript(stored.id, at),
    followUps: privacy.eraseChatFollowUps(stored.id, at),
  }));
  if (live) {
    // The room writes its record back (an outcome still to come): it must not bring them back.
    Object.assign(live.record, {
      question: '',
      patronName: null,
      patronEmail: null,
      pageUrl: null,
    });
  }
  ctx.audit?.appendAudit({
    id: ctx.ids.id('audit'),
    at,
    cooperativeId: ctx.cooperative.id,
    libraryId: stored.libraryId,
    actorId: null,
    actorName: 'A patron',
    action: 'chat_erased_by_patron',
    subjectId: null,
    subjectEmail: '',
    detail: `chat ${stored.id}: ${messages} messages and ${followUps} follow-ups erased`,
  });
  session.peer.send({ type: 'received', what: 'erase_chat' });
  return undefined;
}
