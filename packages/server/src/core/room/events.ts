import type { ChatId, ResponderId } from '@refdesk/protocol';
import type { ChatEventKind } from '../model.ts';
import type { RoomContext } from './room-context.ts';

/** Stores one state change as an event, so reports and audits can be derived later. */
export function recordEvent(
  ctx: RoomContext,
  kind: ChatEventKind,
  chatId: ChatId | null,
  actorId: ResponderId | null,
  data: Record<string, unknown> = {},
): void {
  ctx.store.appendEvent({
    cooperativeId: ctx.cooperative.id,
    chatId,
    kind,
    actorId,
    data,
    at: ctx.clock.now(),
  });
}
