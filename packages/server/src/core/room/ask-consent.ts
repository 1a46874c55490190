import { consentAnswer, consentQuestion } from '../follow-ups/patron-consent.ts';
import type { Responder } from '../model.ts';
import type { LiveChat } from './live-state.ts';
import { systemMessage } from './messages.ts';
import type { RoomContext } from './room-context.ts';

/**
 * The responder asks the patron, in the chat and in the patron's language, whether their email
 * may go with a referral outside the cooperative. Asking again reopens the question.
 *
 * @example
 * case 'ask_consent': return askConsent(ctx, responder, chat);
 */
export function askConsent(
  ctx: RoomContext,
  responder: Responder,
  chat: LiveChat,
): { code: 'invalid_state'; message: string } | undefined {
  if (chat.record.state !== 'active') {
    return { code: 'invalid_state', message: 'The patron has left this chat.' };
  }
  chat.consent = { askedAt: ctx.clock.now(), granted: null, answeredAt: null };
  systemMessage(ctx, chat, consentQuestion(responder));
  return undefined;
}

/**
 * A patron's message that answers the open consent question records the answer and confirms it
 * in the chat; any other message changes nothing.
 *
 * @example
 * takeConsentAnswer(ctx, chat, frame.text);
 */
export function takeConsentAnswer(ctx: RoomContext, chat: LiveChat, text: string): void {
  const answer = consentAnswer(chat, chat.consent, text, ctx.clock.now());
  if (!answer) return;
  chat.consent = answer.consent;
  systemMessage(ctx, chat, answer.confirmation);
}
