import type { ResponderServerFrame } from '@refdesk/protocol';
import { endChat } from './assignment.ts';
import { queueEntry, sendToResponder } from './frames.ts';
import type { LiveChat, PatronSession } from './live-state.ts';
import type { RoomContext } from './room-context.ts';
import type { BoundarySource } from './room-scheduler.ts';
import { refreshOffers } from './routing-engine.ts';

/**
 * Whether the patron of a chat is still there: a chat whose patron left the page on purpose is a
 * ghost, counted in nobody's place in line nor wait estimate.
 */
export const patronIsLive = (chat: LiveChat): boolean => chat.record.patronLeftAt == null;

/**
 * A patron's page said it is going away for good (`departing`: the tab closed, another site):
 * once every tab of the chat has said so, a queued chat is marked as left, its offers show since
 * when, and the other patrons move up. The chat leaves the queue after the grace period
 * ({@link createDepartedPatrons}) unless the patron comes back ({@link patronCameBack}).
 *
 * @example
 * case 'departing': return notePatronDeparting(ctx, session, chat);
 */
export function notePatronDeparting(
  ctx: RoomContext,
  session: PatronSession,
  chat: LiveChat | undefined,
): void {
  session.departing = true;
  if (!chat || chat.record.state !== 'queued' || !patronIsLive(chat)) return;
  for (const other of chat.patrons) if (!other.departing) return;
  chat.record.patronLeftAt = ctx.clock.now();
  ctx.store.updateChat(chat.record);
  resendOffers(ctx, chat);
  refreshOffers(ctx);
}

/**
 * A patron (re)attached to a chat: if it was marked as left, it is live again, in its place in line.
 *
 * @example
 * patronCameBack(ctx, chat);
 */
export function patronCameBack(ctx: RoomContext, chat: LiveChat): void {
  if (patronIsLive(chat)) return;
  chat.record.patronLeftAt = null;
  ctx.store.updateChat(chat.record);
  resendOffers(ctx, chat);
  refreshOffers(ctx);
}

/** Responders holding an offer of the chat get it again, with (or without) `patronLeftAt`. */
function resendOffers(ctx: RoomContext, chat: LiveChat): void {
  if (chat.offeredTo.size === 0) return;
  const offer: ResponderServerFrame = { type: 'offer', offer: queueEntry(ctx, chat) };
  for (const id of chat.offeredTo) sendToResponder(ctx, id, offer);
}

/**
 * Left chats as a scheduler source: a queued chat whose patron left on purpose, with no socket
 * open, leaves the queue (ended, `patron_left`) `patronLeftGraceMs` after the patron left.
 *
 * @example
 * ctx.scheduler.register(createDepartedPatrons(ctx));
 */
export function createDepartedPatrons(ctx: RoomContext): BoundarySource {
  const grace = ctx.config.patronLeftGraceMs;
  const ghosts = () =>
    [...ctx.chats.values()].filter(
      (chat) => chat.record.state === 'queued' && !patronIsLive(chat) && chat.patrons.size === 0,
    );
  return {
    next() {
      let next: number | undefined;
      for (const chat of ghosts()) {
        const at = (chat.record.patronLeftAt ?? 0) + grace;
        if (next === undefined || at < next) next = at;
      }
      return next;
    },
    due(now) {
      for (const chat of ghosts()) {
        if ((chat.record.patronLeftAt ?? 0) + grace <= now)
          endChat(ctx, chat, 'patron_left', null, null);
      }
    },
  };
}
