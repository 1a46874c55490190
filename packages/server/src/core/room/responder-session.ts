import type { ResponderId, ResponderStatus } from '@refdesk/protocol';
import { PROTOCOL_VERSION } from '@refdesk/protocol';
import type { Responder } from '../model.ts';
import { releaseChat } from './assignment.ts';
import { coveredChatsFrame } from './covered-chats.ts';
import { chatAssignedFrame, libraryRef, queueEntry, sendToResponder } from './frames.ts';
import type { LiveResponder, ResponderPeer } from './live-state.ts';
import type { RoomContext } from './room-context.ts';
import { queuedChats, refreshOffers } from './routing-engine.ts';
import { recordStatusEvent } from './status-events.ts';

/** The room's record of a responder, created on first sight with their stored status. */
export function liveResponder(ctx: RoomContext, id: ResponderId): LiveResponder {
  let live = ctx.responders.get(id);
  if (!live) {
    live = {
      id,
      status: ctx.store.responderStatus(id) ?? 'away',
      peers: new Set(),
      chats: new Set(),
      graceTimer: undefined,
      idleTimer: undefined,
    };
    ctx.responders.set(id, live);
  }
  return live;
}

/** A responder's socket opened: welcome, current offers, the chats they hold, covered chats. */
export function openResponderSession(
  ctx: RoomContext,
  peer: ResponderPeer,
  responder: Responder,
): void {
  const live = liveResponder(ctx, responder.id);
  live.profile = responder;
  if (live.graceTimer !== undefined) ctx.clock.clearTimeout(live.graceTimer);
  live.graceTimer = undefined;
  if (live.peers.size === 0) recordStatusEvent(ctx, live, live.status);
  live.peers.add(peer);
  peer.send({
    type: 'welcome',
    protocolVersion: PROTOCOL_VERSION,
    responder: {
      id: responder.id,
      displayName: responder.displayName,
      email: responder.email,
      library: libraryRef(ctx, responder.libraryId),
      roles: responder.roles,
    },
    status: live.status,
  });
  const offers = queuedChats(ctx)
    .filter((chat) => chat.offeredTo.has(responder.id))
    .map((chat) => queueEntry(ctx, chat));
  peer.send({ type: 'queue', offers });
  for (const chatId of live.chats) {
    const chat = ctx.chats.get(chatId);
    if (chat) peer.send(chatAssignedFrame(ctx, chat));
  }
  peer.send(coveredChatsFrame(ctx, responder.libraryId));
  touchResponder(ctx, live);
  refreshOffers(ctx);
}

/** Sets and stores a responder's status, tells all their sockets, and re-routes. */
export function setResponderStatus(
  ctx: RoomContext,
  live: LiveResponder,
  status: ResponderStatus,
  reason: 'requested' | 'inactive',
): void {
  live.status = status;
  ctx.store.setResponderStatus(live.id, status, ctx.clock.now());
  recordStatusEvent(ctx, live, status);
  sendToResponder(ctx, live.id, { type: 'status', status, reason });
  refreshOffers(ctx);
}

/** Any frame is a heartbeat: a responder silent for too long goes away by themselves. */
export function touchResponder(ctx: RoomContext, live: LiveResponder): void {
  if (live.idleTimer !== undefined) ctx.clock.clearTimeout(live.idleTimer);
  live.idleTimer = ctx.clock.setTimeout(() => {
    live.idleTimer = undefined;
    if (live.status !== 'away') setResponderStatus(ctx, live, 'away', 'inactive');
  }, ctx.config.responderIdleMs);
}

/** A responder's socket closed. With no socket left they keep their chats for the grace period. */
export function closeResponderSession(
  ctx: RoomContext,
  peer: ResponderPeer,
  id: ResponderId,
): void {
  const live = ctx.responders.get(id);
  if (!live) return;
  live.peers.delete(peer);
  if (live.peers.size > 0) return;
  recordStatusEvent(ctx, live, 'offline');
  if (live.idleTimer !== undefined) ctx.clock.clearTimeout(live.idleTimer);
  live.idleTimer = undefined;
  armGraceTimer(ctx, live);
  refreshOffers(ctx);
}

/** After the grace period, a disconnected responder's chats return to the front of the queue. */
export function armGraceTimer(ctx: RoomContext, live: LiveResponder): void {
  if (live.chats.size === 0 || live.graceTimer !== undefined) return;
  live.graceTimer = ctx.clock.setTimeout(() => {
    live.graceTimer = undefined;
    if (live.peers.size > 0) return;
    for (const chatId of [...live.chats]) {
      const chat = ctx.chats.get(chatId);
      if (chat && chat.record.state === 'active') releaseChat(ctx, chat, 'grace_expired');
      else {
        // Ended by the patron and never given an outcome: nothing is left to hold.
        live.chats.delete(chatId);
        ctx.chats.delete(chatId);
      }
    }
    refreshOffers(ctx);
  }, ctx.config.responderGraceMs);
}
