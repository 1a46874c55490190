import {
  assertNever,
  type ChatId,
  type ResponderClientFrame,
  type ResponderServerFrame,
} from '@refdesk/protocol';
import type { Responder } from '../model.ts';
import { canReadTranscript } from '../permissions.ts';
import { askConsent } from './ask-consent.ts';
import { assignChat, releaseChat } from './assignment.ts';
import { endWithOutcome } from './end-with-outcome.ts';
import { recordEvent } from './events.ts';
import { sendToPatrons, sendToResponder } from './frames.ts';
import type { LiveChat, LiveResponder } from './live-state.ts';
import { appendMessage, broadcastMessage, systemMessage } from './messages.ts';
import { setResponderStatus, touchResponder } from './responder-session.ts';
import type { RoomContext } from './room-context.ts';
import { clearTierTimer, refreshOffers, routeChat } from './routing-engine.ts';

export type Refusal = {
  code: 'invalid_state' | 'not_found' | 'forbidden' | 'already_taken' | 'validation';
  message: string;
};
type Frame = Exclude<ResponderClientFrame, { type: 'hello' }>;

/** Applies one decoded frame from a responder; a refusal goes back as an `error` frame. */
export function handleResponderFrame(
  ctx: RoomContext,
  responder: Responder,
  live: LiveResponder,
  frame: Frame,
  reply: (frame: ResponderServerFrame) => void,
): Refusal | undefined {
  touchResponder(ctx, live);
  switch (frame.type) {
    case 'ping':
      reply({ type: 'pong' });
      return undefined;
    case 'set_status':
      setResponderStatus(ctx, live, frame.status, 'requested');
      return undefined;
    case 'accept':
      return accept(ctx, responder, live, frame.chatId);
    case 'decline':
      return decline(ctx, responder, frame.chatId);
    case 'take_back':
      return takeBack(ctx, responder, live, frame.chatId);
    case 'send':
    case 'note':
    case 'typing':
    case 'transfer':
    case 'end':
    case 'forward_to_quality':
    case 'ask_consent':
      return handleHeldChatFrame(ctx, responder, frame, reply);
    default:
      return assertNever(frame);
  }
}

function accept(
  ctx: RoomContext,
  responder: Responder,
  live: LiveResponder,
  chatId: ChatId,
): Refusal | undefined {
  const chat = ctx.chats.get(chatId);
  if (!chat) return { code: 'not_found', message: 'That chat is no longer waiting.' };
  if (chat.record.state !== 'queued')
    return { code: 'already_taken', message: 'Another librarian took this chat.' };
  if (!chat.offeredTo.has(responder.id))
    return { code: 'forbidden', message: 'This chat was not offered to you.' };
  if (live.chats.size >= responder.maxChats) return atCapacity(responder);
  assignChat(ctx, chat, responder.id, 'accepted');
  return undefined;
}

function decline(ctx: RoomContext, responder: Responder, chatId: ChatId): Refusal | undefined {
  const chat = ctx.chats.get(chatId);
  if (!chat?.offeredTo.has(responder.id)) return { code: 'not_found', message: 'No such offer.' };
  chat.offeredTo.delete(responder.id);
  chat.declinedBy.add(responder.id);
  recordEvent(ctx, 'declined', chatId, responder.id);
  sendToResponder(ctx, responder.id, { type: 'offer_withdrawn', chatId, reason: 'moved' });
  if (chat.offeredTo.size === 0 && chat.tierTimer !== undefined) {
    // Everyone offered at this tier said no: roll up now rather than when the timer runs out.
    clearTierTimer(ctx, chat);
    routeChat(ctx, chat, 'advance');
  }
  refreshOffers(ctx);
  return undefined;
}

function takeBack(
  ctx: RoomContext,
  responder: Responder,
  live: LiveResponder,
  chatId: ChatId,
): Refusal | undefined {
  const chat = ctx.chats.get(chatId);
  if (chat?.record.state !== 'active') {
    return { code: 'not_found', message: 'That chat is not active.' };
  }
  if (chat.record.libraryId !== responder.libraryId) {
    return { code: 'forbidden', message: "Only the patron's home library can take a chat back." };
  }
  const holder = chat.record.responderId
    ? ctx.directory.responder(chat.record.responderId)
    : undefined;
  if (holder?.libraryId === responder.libraryId) {
    return { code: 'invalid_state', message: 'Your library already has this chat.' };
  }
  if (live.chats.size >= responder.maxChats) return atCapacity(responder);
  systemMessage(ctx, chat, { code: 'taking_over', params: { name: responder.displayName } });
  assignChat(ctx, chat, responder.id, 'taken_back');
  return undefined;
}

type HeldFrame = Extract<
  Frame,
  { type: 'send' | 'note' | 'typing' | 'transfer' | 'end' | 'forward_to_quality' | 'ask_consent' }
>;

function handleHeldChatFrame(
  ctx: RoomContext,
  responder: Responder,
  frame: HeldFrame,
  reply: Parameters<typeof handleResponderFrame>[4],
): Refusal | undefined {
  if (frame.type === 'forward_to_quality')
    return forwardToQuality(ctx, responder, frame.chatId, frame.comment);
  const chat = ctx.chats.get(frame.chatId);
  if (!chat || chat.record.responderId !== responder.id) {
    return { code: 'forbidden', message: 'You are not helping with that chat.' };
  }
  switch (frame.type) {
    case 'send':
    case 'note': {
      if (frame.type === 'send' && chat.record.state !== 'active') {
        return { code: 'invalid_state', message: 'The patron has left this chat.' };
      }
      const { message, duplicate } = appendMessage(ctx, chat, {
        authorRole: 'responder',
        authorId: responder.id,
        displayName: responder.displayName,
        text: frame.text,
        internal: frame.type === 'note',
        clientMessageId: frame.clientMessageId,
      });
      reply({
        type: 'ack',
        chatId: chat.record.id,
        clientMessageId: frame.clientMessageId,
        seq: message.seq,
        messageId: message.id,
      });
      if (!duplicate) broadcastMessage(ctx, chat, message);
      return undefined;
    }
    case 'typing':
      sendToPatrons(chat, { type: 'typing', active: frame.active });
      return undefined;
    case 'transfer':
      return transfer(ctx, responder, chat, frame);
    case 'end':
      return endWithOutcome(ctx, responder, chat, frame);
    case 'ask_consent':
      return askConsent(ctx, responder, chat);
    default:
      return assertNever(frame);
  }
}

function transfer(
  ctx: RoomContext,
  responder: Responder,
  chat: LiveChat,
  frame: Extract<Frame, { type: 'transfer' }>,
): Refusal | undefined {
  if (chat.record.state !== 'active')
    return { code: 'invalid_state', message: 'Only an active chat can be transferred.' };
  const to = frame.to;
  let label: string | undefined;
  if (to.kind === 'responder') {
    const target = ctx.directory.responder(to.responderId);
    const library = target && ctx.directory.library(target.libraryId);
    if (!target || library?.cooperativeId !== ctx.cooperative.id || target.id === responder.id) {
      return { code: 'not_found', message: 'No such librarian in this cooperative.' };
    }
    chat.target = { kind: 'responder', responderId: target.id };
    label = target.displayName;
  } else if (to.kind === 'library') {
    const library = ctx.directory.library(to.libraryId);
    if (library?.cooperativeId !== ctx.cooperative.id)
      return { code: 'not_found', message: 'No such library in this cooperative.' };
    chat.target = { kind: 'library', libraryId: library.id };
    label = library.name;
  } else {
    chat.target = null;
    chat.record.tier = 'cooperative';
  }
  if (frame.note) {
    const note = appendMessage(ctx, chat, {
      authorRole: 'responder',
      authorId: responder.id,
      displayName: responder.displayName,
      text: frame.note,
      internal: true,
      clientMessageId: null,
    });
    broadcastMessage(ctx, chat, note.message);
  }
  const name = responder.displayName;
  systemMessage(
    ctx,
    chat,
    label === undefined
      ? { code: 'transferring_cooperative', params: { name } }
      : { code: 'transferring', params: { name, to: label } },
  );
  releaseChat(ctx, chat, 'transferred');
  routeChat(ctx, chat, 'stay');
  refreshOffers(ctx);
  return undefined;
}

function forwardToQuality(
  ctx: RoomContext,
  responder: Responder,
  chatId: ChatId,
  comment: string,
): Refusal | undefined {
  const record = ctx.chats.get(chatId)?.record ?? ctx.store.chat(chatId);
  const home = ctx.directory.library(responder.libraryId);
  // Whoever may read the transcript may forward it: the responder, the patron's home library,
  // coordinators and reviewers (the HTTP route adds a label; this frame forwards as FYI).
  if (!record || !home || !canReadTranscript(responder, home, record)) {
    return { code: 'forbidden', message: 'You can forward only chats you may read.' };
  }
  ctx.feedback.insertQualityForward(chatId, responder.id, comment, ctx.clock.now());
  recordEvent(ctx, 'forwarded_to_quality', chatId, responder.id);
  return undefined;
}

function atCapacity(responder: Responder): Refusal {
  return { code: 'invalid_state', message: `You already have ${responder.maxChats} chats open.` };
}
