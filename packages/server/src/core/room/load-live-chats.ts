import { type LiveChat, newLiveChat } from './live-state.ts';
import { armPatronGoneTimer } from './patron-session.ts';
import { liveResponder } from './responder-session.ts';
import type { RoomContext } from './room-context.ts';

/**
 * Loads the queued and active chats of the cooperative from storage into the room's memory, each
 * waiting for its patron to come back, and gives active chats back to their responders. The first
 * step of every (re)start: after a crash, a deploy, an eviction or a hibernation.
 *
 * @example
 * loadLiveChats(ctx, (chat) => endChat(ctx, chat, 'expired', null, null));
 */
export function loadLiveChats(ctx: RoomContext, onPatronGone: (chat: LiveChat) => void): void {
  for (const record of ctx.store.liveChats(ctx.cooperative.id)) {
    const chat = newLiveChat(record);
    ctx.chats.set(record.id, chat);
    armPatronGoneTimer(ctx, chat, onPatronGone);
    if (record.state === 'active' && record.responderId) {
      liveResponder(ctx, record.responderId).chats.add(record.id);
    }
  }
}
