import type { ChatId } from '@refdesk/protocol';
import {
  type AnonymousWriter,
  retryText,
  transcriptCharges,
  writeCharges,
} from '../budgets/abuse-budgets.ts';
import type { BudgetRefusal } from '../budgets/sliding-window-budget.ts';
import type { PatronSession } from './live-state.ts';
import type { RoomContext } from './room-context.ts';

/** What a patron hears when a budget is spent: the code the widget knows, and when to retry. */
export interface BudgetRefusalFrame {
  code: 'limit_reached';
  message: string;
}

/**
 * Spends one anonymous write (a new chat, an offline question) of `writer`; a refusal is logged
 * with the reason, library and address, never the text.
 *
 * @example
 * const refusal = spendWrite(ctx, { libraryId, clientAddress }, 'ask');
 */
export function spendWrite(
  ctx: RoomContext,
  writer: AnonymousWriter,
  what: 'ask' | 'offline_question',
): BudgetRefusal | undefined {
  const refusal = ctx.budgets.spend(writeCharges(writer));
  if (refusal) logRefusal(ctx, what, writer, refusal);
  return refusal;
}

/**
 * Spends one transcript email asked for by `session`, to `destination`.
 *
 * @example
 * const refusal = spendTranscript(ctx, session, chatId, 'pat@example.org');
 */
export function spendTranscript(
  ctx: RoomContext,
  session: PatronSession,
  chatId: ChatId,
  destination: string,
): BudgetRefusal | undefined {
  const writer = { libraryId: session.libraryId, clientAddress: session.clientAddress };
  const refusal = ctx.budgets.spend(
    transcriptCharges(writer, { sessionKey: session.budgetKey, chatId, destination }),
  );
  if (refusal) logRefusal(ctx, 'request_transcript', writer, refusal);
  return refusal;
}

/**
 * The error a patron gets for a spent budget.
 *
 * @example
 * session.peer.send({ type: 'error', ref: 'ask', ...refusalFrame('New chats', refusal) });
 */
export function refusalFrame(what: string, refusal: BudgetRefusal): BudgetRefusalFrame {
  return {
    code: 'limit_reached',
    message: `${what}: the limit from this connection or library is reached for now. Try again ${retryText(refusal.retryAfterMs)}.`,
  };
}

function logRefusal(
  ctx: RoomContext,
  what: string,
  writer: AnonymousWriter,
  refusal: BudgetRefusal,
): void {
  ctx.logger.info('anonymous request refused: budget spent', {
    what,
    budget: refusal.budget,
    library: writer.libraryId,
    address: writer.clientAddress,
    retryAfterSeconds: Math.ceil(refusal.retryAfterMs / 1000),
  });
}
