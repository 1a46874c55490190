import type { ResponderId, ResponderServerFrame } from '@refdesk/protocol';
import { recordEvent } from './events.ts';
import { queueEntry, sendToPatrons, sendToResponder } from './frames.ts';
import type { LiveChat } from './live-state.ts';
import type { RoomContext } from './room-context.ts';
import { createRoutingSnapshot, type RoutingSnapshot } from './routing-snapshot.ts';

export { onlineCandidates } from './routing-snapshot.ts';

const DEFAULT_PICKUP_MS = 60_000;

/**
 * Decides where a queued chat waits and arms its tier timer. `advance` is the timer running out.
 * Re-evaluating at the same tier keeps a running timer, so status changes never delay a roll-up.
 */
export function routeChat(
  ctx: RoomContext,
  chat: LiveChat,
  mode: 'stay' | 'advance',
  snapshot: RoutingSnapshot = createRoutingSnapshot(ctx),
): void {
  const routing = snapshot.routing(chat);
  if (!routing || chat.record.state !== 'queued') return;
  const decision = snapshot.decide(chat, routing, mode);
  if (decision.kind === 'unavailable') {
    if (chat.target) {
      untarget(ctx, chat, snapshot);
      return;
    }
    clearTierTimer(ctx, chat);
    if (!chat.toldOffline) {
      chat.toldOffline = true;
      const reason = routing.coverageOpen ? 'no_responders' : 'outside_hours';
      recordEvent(ctx, 'offline', chat.record.id, null, { reason });
      sendToPatrons(chat, { type: 'offline', reason });
    }
    return;
  }
  if (chat.toldOffline) {
    chat.toldOffline = false;
    chat.toldPosition = 0;
  }
  if (decision.tier === chat.record.tier && chat.tierTimer !== undefined && mode === 'stay') return;
  clearTierTimer(ctx, chat);
  if (decision.tier !== chat.record.tier) {
    recordEvent(ctx, 'rolled_up', chat.record.id, null, {
      from: chat.record.tier,
      to: decision.tier,
    });
    chat.record.tier = decision.tier;
    ctx.store.updateChat(chat.record);
  }
  if (decision.timerSeconds !== null) {
    chat.tierTimer = ctx.clock.setTimeout(() => {
      chat.tierTimer = undefined;
      if (chat.record.state !== 'queued') return;
      if (chat.target) untarget(ctx, chat);
      else routeChat(ctx, chat, 'advance');
      refreshOffers(ctx);
    }, decision.timerSeconds * 1000);
  }
}

/** A transfer's target could not or did not take the chat: back to the cooperative. */
function untarget(ctx: RoomContext, chat: LiveChat, snapshot?: RoutingSnapshot): void {
  chat.target = null;
  chat.record.tier = 'cooperative';
  ctx.store.updateChat(chat.record);
  clearTierTimer(ctx, chat);
  routeChat(ctx, chat, 'stay', snapshot);
}

export function clearTierTimer(ctx: RoomContext, chat: LiveChat): void {
  if (chat.tierTimer !== undefined) ctx.clock.clearTimeout(chat.tierTimer);
  chat.tierTimer = undefined;
}

/** Queued chats, longest-waiting first. */
export function queuedChats(ctx: RoomContext): LiveChat[] {
  return [...ctx.chats.values()]
    .filter((chat) => chat.record.state === 'queued')
    .sort(
      (a, b) =>
        a.record.waitingSince - b.record.waitingSince || a.record.createdAt - b.record.createdAt,
    );
}

/**
 * Re-routes every queued chat and brings every responder's offers up to date: new offers out,
 * stale ones withdrawn, patrons told their new place in line. Called after every change; re-arms
 * the room's scheduler, since the queue decides whether coverage hours matter.
 */
export function refreshOffers(ctx: RoomContext): void {
  const queue = queuedChats(ctx);
  const snapshot = createRoutingSnapshot(ctx);
  for (const chat of queue) routeChat(ctx, chat, 'stay', snapshot);
  // Places in line count live patrons only: one who left the page on purpose waits for nobody.
  let position = 0;
  for (const chat of queue) {
    const live = chat.record.patronLeftAt == null;
    if (live) position++;
    const routing = snapshot.routing(chat);
    if (!routing) continue;
    const plan = snapshot.offers(chat, routing);
    syncOffers(ctx, chat, plan.recipients);
    if (live) tellPosition(ctx, chat, position, plan.serving);
  }
  ctx.scheduler.rearm();
}

/** The recipient set each chat's offers were last brought in line with, and its offer set then. */
const synced = new WeakMap<
  LiveChat,
  { wanted: ReadonlySet<ResponderId>; offeredTo: Set<ResponderId> }
>();

/** Sends the offers a chat lacks and withdraws the stale ones; O(1) when nothing changed. */
function syncOffers(ctx: RoomContext, chat: LiveChat, wanted: ReadonlySet<ResponderId>): void {
  const last = synced.get(chat);
  if (last?.wanted === wanted && last.offeredTo === chat.offeredTo && chat.declinedBy.size === 0) {
    return;
  }
  const chatId = chat.record.id;
  const withdrawn: ResponderServerFrame = { type: 'offer_withdrawn', chatId, reason: 'moved' };
  for (const id of chat.offeredTo) if (!wanted.has(id)) sendToResponder(ctx, id, withdrawn);
  let offer: ResponderServerFrame | undefined;
  for (const id of wanted) {
    if (chat.offeredTo.has(id)) continue;
    recordEvent(ctx, 'offered', chatId, id, { tier: chat.record.tier });
    offer ??= { type: 'offer', offer: queueEntry(ctx, chat) };
    sendToResponder(ctx, id, offer);
  }
  chat.offeredTo = new Set(wanted);
  synced.set(chat, { wanted, offeredTo: chat.offeredTo });
}

function tellPosition(ctx: RoomContext, chat: LiveChat, position: number, serving: number): void {
  if (chat.toldOffline) return;
  if (chat.toldPosition === position && chat.toldTier === chat.record.tier) return;
  chat.toldPosition = position;
  chat.toldTier = chat.record.tier;
  const waits = ctx.recentWaitsMs;
  const typical = waits.length
    ? waits.reduce((a, b) => a + b, 0) / waits.length
    : DEFAULT_PICKUP_MS;
  const estimate = Math.round((typical * position) / Math.max(1, serving) / 1000);
  sendToPatrons(chat, {
    type: 'queued',
    chatId: chat.record.id,
    position,
    estimatedWaitSeconds: estimate,
    tier: chat.record.tier,
  });
}

/** Remembers how long a chat waited before a responder took it (last 20). */
export function notePickup(ctx: RoomContext, waitedMs: number): void {
  ctx.recentWaitsMs.push(waitedMs);
  if (ctx.recentWaitsMs.length > 20) ctx.recentWaitsMs.shift();
}
