import type { EndReason, Outcome, ResponderId, ResponderServerFrame } from '@refdesk/protocol';
import { updateCoveredChats } from './covered-chats.ts';
import { recordEvent } from './events.ts';
import { assignedFrame, chatAssignedFrame, sendToPatrons, sendToResponder } from './frames.ts';
import type { LiveChat } from './live-state.ts';
import { systemMessage } from './messages.ts';
import type { RoomContext } from './room-context.ts';
import { clearTierTimer, notePickup, refreshOffers } from './routing-engine.ts';

/** Gives a chat to a responder, tells every side, withdraws the other offers. */
export function assignChat(
  ctx: RoomContext,
  chat: LiveChat,
  responderId: ResponderId,
  how: 'accepted' | 'taken_back',
): void {
  const responder = ctx.directory.responder(responderId);
  const live = ctx.responders.get(responderId);
  if (!responder || !live) return;
  const record = chat.record;
  const previous = record.responderId;
  const now = ctx.clock.now();
  clearTierTimer(ctx, chat);
  if (how === 'accepted') {
    notePickup(ctx, now - record.waitingSince);
    // Answered once: a transferred or returned chat accepted again is not counted again.
    if (!record.practice && !chat.answered)
      ctx.metrics.count('refdesk_chats_answered_total', { library: record.libraryId });
  }
  chat.answered = true;
  record.state = 'active';
  record.responderId = responderId;
  record.assignedAt = now;
  ctx.store.transaction(() => {
    ctx.store.updateChat(record);
    // The answering library, kept with the event: reports outlive a responder moving library.
    const data = { libraryId: responder.libraryId, ...(previous ? { previous } : {}) };
    recordEvent(ctx, how, record.id, responderId, data);
  });
  if (previous && previous !== responderId) {
    ctx.responders.get(previous)?.chats.delete(record.id);
    sendToResponder(ctx, previous, {
      type: 'chat_released',
      chatId: record.id,
      reason: 'taken_back',
    });
  }
  live.chats.add(record.id);
  const taken: ResponderServerFrame = {
    type: 'offer_withdrawn',
    chatId: record.id,
    reason: 'accepted_elsewhere',
  };
  for (const other of chat.offeredTo) if (other !== responderId) sendToResponder(ctx, other, taken);
  chat.offeredTo = new Set();
  chat.target = null;
  sendToResponder(ctx, responderId, chatAssignedFrame(ctx, chat));
  announceAssignment(ctx, chat, responderId);
  updateCoveredChats(ctx, record.libraryId);
  refreshOffers(ctx);
}

function announceAssignment(ctx: RoomContext, chat: LiveChat, responderId: ResponderId): void {
  const responder = ctx.directory.responder(responderId);
  const library = responder && ctx.directory.library(responder.libraryId);
  if (responder && library) {
    systemMessage(ctx, chat, {
      code: 'joined',
      params: { name: responder.displayName, library: library.name },
    });
  }
  // One frame per patron socket: each gets the disclosure in its widget's language.
  for (const session of chat.patrons) {
    const assigned = assignedFrame(ctx, chat.record, session.locale);
    if (assigned) session.peer.send(assigned);
  }
}

/**
 * Takes a chat from its responder and puts it back in the queue: after a transfer (the caller sets
 * the target and tier), or when the responder's grace period ran out (back to the front).
 */
export function releaseChat(
  ctx: RoomContext,
  chat: LiveChat,
  reason: 'transferred' | 'grace_expired',
): void {
  const record = chat.record;
  const previous = record.responderId;
  if (previous) {
    ctx.responders.get(previous)?.chats.delete(record.id);
    sendToResponder(ctx, previous, { type: 'chat_released', chatId: record.id, reason });
  }
  record.state = 'queued';
  record.responderId = null;
  record.assignedAt = null;
  if (reason === 'grace_expired') record.waitingSince = record.createdAt;
  else record.waitingSince = ctx.clock.now();
  chat.declinedBy = new Set();
  chat.toldPosition = 0;
  ctx.store.transaction(() => {
    ctx.store.updateChat(record);
    const kind = reason === 'transferred' ? 'transferred' : 'returned_to_queue';
    recordEvent(ctx, kind, record.id, previous, { target: chat.target, tier: record.tier });
  });
  updateCoveredChats(ctx, record.libraryId);
}

/** Ends a chat. A chat the patron left stays with its responder until they record the outcome. */
export function endChat(
  ctx: RoomContext,
  chat: LiveChat,
  reason: EndReason,
  outcome: Outcome | null,
  actorId: ResponderId | null,
): void {
  const record = chat.record;
  const wasQueued = record.state === 'queued';
  if (wasQueued && !record.practice) {
    const name = reason === 'patron_left' ? 'abandoned' : 'missed';
    ctx.metrics.count(`refdesk_chats_${name}_total`, { library: record.libraryId });
  }
  clearTierTimer(ctx, chat);
  if (chat.patronGoneTimer !== undefined) ctx.clock.clearTimeout(chat.patronGoneTimer);
  chat.patronGoneTimer = undefined;
  if (record.state !== 'ended') {
    record.state = 'ended';
    record.endedAt = ctx.clock.now();
    record.endReason = reason;
  }
  if (outcome) record.outcome = outcome;
  ctx.store.transaction(() => {
    ctx.store.updateChat(record);
    recordEvent(ctx, 'ended', record.id, actorId, { reason, outcome });
  });
  sendToPatrons(chat, { type: 'ended', chatId: record.id, reason: record.endReason ?? reason });
  const left: ResponderServerFrame = {
    type: 'offer_withdrawn',
    chatId: record.id,
    reason: 'patron_left',
  };
  for (const id of chat.offeredTo) sendToResponder(ctx, id, left);
  chat.offeredTo = new Set();
  const keepForOutcome = !wasQueued && !outcome && record.responderId !== null;
  if (record.responderId) {
    if (keepForOutcome)
      sendToResponder(ctx, record.responderId, { type: 'patron_left', chatId: record.id });
    else {
      ctx.responders.get(record.responderId)?.chats.delete(record.id);
      const ended = {
        type: 'chat_ended' as const,
        chatId: record.id,
        reason: record.endReason ?? reason,
      };
      sendToResponder(ctx, record.responderId, outcome ? { ...ended, outcome } : ended);
    }
  }
  if (!keepForOutcome) ctx.chats.delete(record.id);
  updateCoveredChats(ctx, record.libraryId);
  refreshOffers(ctx);
}
