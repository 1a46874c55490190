import type {
  Ask,
  ChatId,
  ClientMessageId,
  OfflineQuestion,
  PatronClientFrame,
} from '@refdesk/protocol';
import { assertNever, PROTOCOL_VERSION } from '@refdesk/protocol';
import { newFollowUp } from '../follow-ups/new-follow-up.ts';
import type { ChatRecord } from '../model.ts';
import { recordSurveyAnswers } from '../quality/record-survey-answers.ts';
import { offlineComplaint } from '../quality/survey-answers.ts';
import { takeConsentAnswer } from './ask-consent.ts';
import { endChat } from './assignment.ts';
import { recordEvent } from './events.ts';
import { patronMessageFrame, sendToResponder } from './frames.ts';
import { type LiveChat, newLiveChat, type PatronSession } from './live-state.ts';
import { appendMessage, broadcastMessage } from './messages.ts';
import { isSessionBlocked, keptAddress, widgetInfoFor } from './patron-blocks.ts';
import { notePatronDeparting } from './patron-departure.ts';
import { eraseOwnChat } from './patron-erasure.ts';
import { widgetInfo } from './patron-session.ts';
import type { RoomContext } from './room-context.ts';
import { refreshOffers } from './routing-engine.ts';
import { refusalFrame, spendTranscript, spendWrite } from './spend-budget.ts';

type Refusal = {
  code: 'invalid_state' | 'validation' | 'not_found' | 'limit_reached';
  message: string;
  clientMessageId?: ClientMessageId;
};

/**
 * Applies one decoded frame from a patron. Returns a refusal for the caller to send as an
 * `error` frame; the socket stays open.
 */
export function handlePatronFrame(
  ctx: RoomContext,
  session: PatronSession,
  frame: Exclude<PatronClientFrame, { type: 'hello' }>,
): Refusal | undefined {
  const chat = session.chatId ? ctx.chats.get(session.chatId) : undefined;
  switch (frame.type) {
    case 'ask':
      return ask(ctx, session, chat, frame);
    case 'send': {
      if (!chat || chat.record.state === 'ended') return noOpenChat();
      acceptPatronMessage(ctx, session, chat, frame.clientMessageId, frame.text);
      takeConsentAnswer(ctx, chat, frame.text);
      return undefined;
    }
    case 'typing':
      if (chat?.record.responderId) {
        sendToResponder(ctx, chat.record.responderId, {
          type: 'typing',
          chatId: chat.record.id,
          active: frame.active,
        });
      }
      return undefined;
    case 'read':
      return undefined;
    case 'leave':
      if (chat && chat.record.state !== 'ended') endChat(ctx, chat, 'patron_left', null, null);
      return undefined;
    case 'departing':
      notePatronDeparting(ctx, session, chat);
      return undefined;
    case 'request_transcript': {
      if (!session.chatId) return noOpenChat();
      if (!ctx.notifier.canEmail) return noEmail();
      const refusal = spendTranscript(ctx, session, session.chatId, frame.email);
      if (refusal) return refusalFrame('Transcript emails', refusal);
      recordEvent(ctx, 'transcript_requested', session.chatId, null);
      ctx.notifier.transcriptRequested(session.chatId, frame.email, session.locale);
      session.peer.send({ type: 'received', what: 'request_transcript' });
      return undefined;
    }
    case 'survey':
      if (!session.chatId) return noOpenChat();
      if (
        ctx.feedback.insertSurvey(
          session.chatId,
          frame.rating,
          frame.comment ?? null,
          ctx.clock.now(),
        ) &&
        frame.answers
      ) {
        recordSurveyAnswers(ctx, session.libraryId, session.chatId, frame.answers);
      }
      recordEvent(ctx, 'survey', session.chatId, null, { rating: frame.rating });
      session.peer.send({ type: 'received', what: 'survey' });
      return undefined;
    case 'offline_question':
      return leaveQuestion(ctx, session, chat, frame);
    case 'ping':
      session.peer.send({ type: 'pong' });
      return undefined;
    case 'erase_chat':
      return eraseOwnChat(ctx, session, frame.resumeToken);
    default:
      return assertNever(frame);
  }
}

function noEmail(): Refusal {
  return {
    code: 'invalid_state',
    message: 'This chat service cannot send email, so it cannot email a transcript.',
  };
}

function noOpenChat(): Refusal {
  return { code: 'invalid_state', message: 'There is no open chat: ask a question first.' };
}

function ask(
  ctx: RoomContext,
  session: PatronSession,
  open: LiveChat | undefined,
  frame: Ask,
): Refusal | undefined {
  if (open && open.record.state !== 'ended') {
    return { code: 'invalid_state', message: 'A chat is already open: send messages to it.' };
  }
  const library = ctx.directory.library(session.libraryId);
  if (!library) return { code: 'not_found', message: 'Unknown library.' };
  if (library.settings.nameField === 'required' && !frame.name)
    return { code: 'validation', message: 'name: required by this library' };
  if (library.settings.emailField === 'required' && !frame.email)
    return { code: 'validation', message: 'email: required by this library' };
  // A blocked patron hears what anyone hears when nobody is free: the offline form, nothing more.
  if (isSessionBlocked(ctx, session)) {
    session.peer.send({ type: 'offline', reason: 'no_responders' });
    return undefined;
  }
  const writer = { libraryId: library.id, clientAddress: session.clientAddress };
  const refusal = spendWrite(ctx, writer, 'ask');
  // The message id lets the widget mark the question not sent instead of retrying it.
  if (refusal)
    return { ...refusalFrame('New chats', refusal), clientMessageId: frame.clientMessageId };
  if (session.chatId) {
    // The previous chat of this session has ended: the new chat gets a token of its own, and
    // this socket stops hearing about the old one.
    open?.patrons.delete(session);
    session.resumeToken = ctx.ids.secret() as PatronSession['resumeToken'];
  }
  const now = ctx.clock.now();
  const record: ChatRecord = {
    id: ctx.ids.id('chat') as ChatId,
    cooperativeId: ctx.cooperative.id,
    libraryId: library.id,
    state: 'queued',
    tier: 'local',
    practice: session.practice,
    question: frame.question,
    patronName: library.settings.nameField === 'off' ? null : (frame.name ?? null),
    patronEmail: library.settings.emailField === 'off' ? null : (frame.email ?? null),
    pageUrl: session.pageUrl,
    resumeTokenHash: ctx.hashToken(session.resumeToken),
    createdAt: now,
    waitingSince: now,
    responderId: null,
    assignedAt: null,
    endedAt: null,
    endReason: null,
    outcome: null,
    lastSeq: 0,
    patronSeenAt: now,
  };
  const chat = newLiveChat(record, [session]);
  ctx.store.transaction(() => {
    ctx.store.insertChat(record);
    const address = keptAddress(ctx, library.id, session.clientAddress);
    if (session.keys?.browserHash || address)
      ctx.blocks?.tagChat(record.id, session.keys?.browserHash ?? null, address);
    recordEvent(ctx, 'queued', record.id, null, {
      practice: record.practice,
      libraryId: record.libraryId,
    });
  });
  ctx.chats.set(record.id, chat);
  if (!record.practice)
    ctx.metrics.count('refdesk_chats_started_total', { library: record.libraryId });
  const wasNew = session.chatId === null;
  session.chatId = record.id;
  if (!wasNew) announceNewChat(ctx, session, record.id);
  acceptPatronMessage(ctx, session, chat, frame.clientMessageId, frame.question);
  refreshOffers(ctx);
  return undefined;
}

/** A second chat in one session: the client learns its new chat id and resume token. */
function announceNewChat(ctx: RoomContext, session: PatronSession, chatId: ChatId): void {
  const library = ctx.directory.library(session.libraryId);
  if (!library) return;
  session.peer.send({
    type: 'welcome',
    protocolVersion: PROTOCOL_VERSION,
    chatId,
    resumeToken: session.resumeToken,
    state: 'queued',
    library: widgetInfoFor(ctx, session, widgetInfo(ctx, library, session.locale)),
  });
}

function leaveQuestion(
  ctx: RoomContext,
  session: PatronSession,
  chat: LiveChat | undefined,
  frame: OfflineQuestion,
): Refusal | undefined {
  const writer = { libraryId: session.libraryId, clientAddress: session.clientAddress };
  const refusal = spendWrite(ctx, writer, 'offline_question');
  if (refusal) return refusalFrame('Questions', refusal);
  const followUp = newFollowUp(ctx, {
    libraryId: session.libraryId,
    source: 'offline_question',
    chatId: chat?.record.id ?? session.chatId,
    question: frame.question,
    patronName: frame.name ?? null,
    contactEmail: frame.email,
    deadline: frame.deadline ?? null,
    createdBy: null,
  });
  ctx.store.insertFollowUp(followUp);
  ctx.followUpReferrals?.recordPatron({
    followUpId: followUp.id,
    locale: session.locale ?? null,
    consent: null,
    consentAt: null,
  });
  if (chat && chat.record.state === 'queued') endChat(ctx, chat, 'patron_left', null, null);
  if (frame.complaint && followUp.chatId && ctx.quality) {
    ctx.quality.insertCase(
      offlineComplaint({
        id: ctx.ids.id('qc'),
        cooperativeId: ctx.cooperative.id,
        chatId: followUp.chatId,
        question: frame.question,
        now: ctx.clock.now(),
      }),
    );
  }
  session.peer.send({ type: 'received', what: 'offline_question', followUpId: followUp.id });
  return undefined;
}

/** Stores a patron's message, acknowledges it to the sending socket, and tells everyone else. */
function acceptPatronMessage(
  ctx: RoomContext,
  session: PatronSession,
  chat: LiveChat,
  clientMessageId: ClientMessageId,
  text: string,
): void {
  const { message, duplicate } = appendMessage(ctx, chat, {
    authorRole: 'patron',
    authorId: null,
    displayName: chat.record.patronName ?? 'Patron',
    text,
    internal: false,
    clientMessageId,
  });
  session.peer.send({ type: 'ack', clientMessageId, seq: message.seq, messageId: message.id });
  // A retry whose first echo was lost gets the stored message again; nobody else hears it twice.
  if (duplicate) session.peer.send(patronMessageFrame(message, session.locale));
  else broadcastMessage(ctx, chat, message);
}
